import { describe, expect, it } from 'vitest';
import {
	DomainError,
	requireHolder,
	takeHold,
	type WindowHold
} from '../../../src/lib/server/queue';

const kasia = { staffId: 1, name: 'Katarzyna Kowalczyk', sessionId: 's1' };
const tomasz = { staffId: 2, name: 'Tomasz Zieliński', sessionId: 's2' };
const held: WindowHold = { windowId: 7, ...kasia, since: 1_000 };

const codeOf = (fn: () => unknown) => {
	try {
		fn();
	} catch (err) {
		return err instanceof DomainError ? `${err.code} ${JSON.stringify(err.params)}` : 'other';
	}
	return 'ok';
};

describe('one clerk per window', () => {
	it('lets the holder (or anyone at a free window) act, and refuses others by name', () => {
		expect(codeOf(() => requireHolder(null, 2))).toBe('ok');
		expect(codeOf(() => requireHolder(held, 1))).toBe('ok');
		expect(codeOf(() => requireHolder(held, 2))).toBe('window_held {"name":"Katarzyna Kowalczyk"}');
	});

	it('gives a free window to the clerk who opens it', () => {
		expect(takeHold(null, 7, tomasz, false, 5_000)).toEqual({
			kind: 'taken',
			hold: { windowId: 7, ...tomasz, since: 5_000 }
		});
	});

	it('keeps the holder’s own hold, moving it to the session they opened it from now', () => {
		expect(takeHold(held, 7, kasia, false, 5_000)).toEqual({ kind: 'kept', hold: held });
		expect(takeHold(held, 7, { ...kasia, sessionId: 's3' }, false, 5_000)).toEqual({
			kind: 'taken',
			hold: { ...held, sessionId: 's3' }
		});
	});

	it('takes another clerk’s window only when confirmed, naming whom it was taken from', () => {
		expect(codeOf(() => takeHold(held, 7, tomasz, false, 5_000))).toBe(
			'window_held {"name":"Katarzyna Kowalczyk"}'
		);
		expect(takeHold(held, 7, tomasz, true, 5_000)).toEqual({
			kind: 'taken_over',
			hold: { windowId: 7, ...tomasz, since: 5_000 },
			from: held
		});
	});
});
