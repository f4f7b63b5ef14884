import { describe, expect, it } from 'vitest';
import { reprintMessage } from '$lib/client/printing';
import type { ReprintOutcome } from '$lib/client/console-live.svelte';
import { translator } from '$lib/i18n';
import type { ConsoleTicketDto } from '$lib/shared/dto';
import type { PrintOutcomeDto } from '$lib/shared/printing';

const t = translator('pl');
const printed = (print: Partial<PrintOutcomeDto>): ReprintOutcome => ({
	data: {
		ticket: {} as ConsoleTicketDto,
		kiosk: 'Parter',
		print: { ok: true, status: 'printed', printer: 'placeholder', message: null, ...print }
	}
});

describe('reprintMessage: what the console says after a reprint', () => {
	it('names the kiosk where the ticket came out', () => {
		expect(reprintMessage(t, 'A007', printed({}))).toEqual({
			status: 'Bilet A007 wydrukowano ponownie w biletomacie „Parter”.'
		});
	});

	it('says why the paper did not come out', () => {
		const outcome = printed({ ok: false, status: 'paper_out', message: 'x' });
		expect(reprintMessage(t, 'A007', outcome)).toEqual({
			error: 'Nie wydrukowano biletu A007: brak papieru.'
		});
	});

	it("passes on the server's refusal and tells apart no connection from no answer", () => {
		const refused: ReprintOutcome = { error: { code: 'not_found', message: 'Nie ma biletu.' } };
		expect(reprintMessage(t, 'A007', refused)).toEqual({ error: 'Nie ma biletu.' });
		expect(reprintMessage(t, 'A007', { failure: 'offline' })).toEqual({
			error: t('clerk.offline')
		});
		expect(reprintMessage(t, 'A007', { failure: 'timeout' })).toEqual({
			error: t('clerk.timeout')
		});
		expect(t('clerk.offline')).not.toEqual(t('clerk.timeout'));
	});
});
