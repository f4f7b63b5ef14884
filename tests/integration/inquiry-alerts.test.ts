/**
 * An overdue inquiry flagged the moment its due day ends (issue 15, SR-11), over real socket.io:
 * the demo office in this process with its clock in the test's hand. Katarzyna takes a question on
 * Friday and forwards it to Tomasz; at midnight after Wednesday (the 3rd working day) both their
 * screens hear `inquiry:overdue`, and the head of another department does not. The console page
 * shows it (e2e/inquiries.spec.ts covers the register's pages).
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { App } from '../../src/lib/server/app';
import type { Principal } from '../../src/lib/server/auth/guard';
import type { InquiryAlertDto } from '../../src/lib/shared/inquiry';
import { next, type TestSocket } from '../support/sockets';
import { realtimeApp, type RealtimeApp } from '../support/realtime-app';

let live: RealtimeApp;
let app: App;
let now: number;

beforeEach(async () => {
	now = Date.parse('2026-11-27T09:00:00Z'); // Friday 10:00 in Warsaw
	live = await realtimeApp({ seed: 'demo', clock: () => now, inquiryAlertsEveryMs: 20 });
	app = live.app;
});

afterEach(() => live.close());

/** A demo clerk's signed-in socket, and the principal their session gives. */
async function signedIn(login: string): Promise<{ socket: TestSocket; principal: Principal }> {
	const { principal, token } = await live.session(login);
	return { socket: await live.socketOf(token), principal };
}

it('flags an overdue inquiry to its receiver and its answerer the moment the due day ends', async () => {
	const kasia = await signedIn('urzednik');
	const tomasz = await signedIn('urzednik2');
	const head = await signedIn('kierownik'); // head of a department the inquiry does not concern
	const heard: InquiryAlertDto[] = [];
	head.socket.on('inquiry:overdue', (a) => heard.push(a));

	const inquiry = app.inquiries.record(kasia.principal, 1, {
		channel: 'phone',
		question: 'Czy akt urodzenia wydacie w języku angielskim?',
		phone: '32 123 45 67',
		clientName: '',
		salutation: '',
		serviceId: null,
		departmentId: null
	});
	app.inquiries.forward(kasia.principal, inquiry.id, {
		staffId: tomasz.principal.staff!.id,
		departmentId: null
	});
	expect(inquiry.dueDay).toBe('2026-12-02');

	const toKasia = next(kasia.socket, 'inquiry:overdue', (a) => a.id === inquiry.id);
	const toTomasz = next(tomasz.socket, 'inquiry:overdue', (a) => a.id === inquiry.id);
	// (The exact instant, 23:59:59 not yet and 00:00 overdue, is tested in inquiries.test.ts.)
	now = Date.parse('2026-12-02T23:00:00Z'); // Thursday 00:00 in Warsaw
	const [a, b] = await Promise.all([toKasia, toTomasz]);
	expect(a).toEqual({ id: inquiry.id, dueDay: '2026-12-02' });
	expect(b).toEqual(a);

	// One emit to the rooms of exactly these people: not the head of another department. (No
	// round trip on the head's socket to prove it: the jump of the test's clock ended the
	// sessions, so the server would now sign the socket out.)
	expect(
		app.inquiries.alertRecipients(app.inquiries.get(kasia.principal, inquiry.id)).sort()
	).toEqual([kasia.principal.staff!.id, tomasz.principal.staff!.id].sort());
	expect(heard).toEqual([]);
});
