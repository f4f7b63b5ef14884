/**
 * Summoning a specialist (issue 15, SR-02/SR-07) over the real app and database, with real
 * socket.io clients: two clerks' screens (summon, accept, the summoner sees who comes, arrived),
 * an absent clerk's summons reaching their substitute, "any clerk of the department" (the first
 * to accept takes it, the others' banners close), a refusal, expiry, and refusals that change
 * nothing (another's summons, a window not one's own, bad payloads).
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/lib/server/app';
import { mayOperateWindow, type Principal } from '../../src/lib/server/auth/guard';
import { windowDepartmentIds } from '../../src/lib/server/auth/scope';
import { SUMMONS_ANSWER_MS } from '../../src/lib/server/queue/summons';
import { SUMMONS_NOTE_KEPT_MS } from '../../src/lib/server/desk/summons';
import type { SummonsBoardDto, SummonsDto } from '../../src/lib/shared/summons';
import { next, request, type TestSocket } from '../support/sockets';
import { realtimeApp, type RealtimeApp } from '../support/realtime-app';

let live: RealtimeApp;
let app: App;
let now: number;

beforeEach(async () => {
	now = Date.parse('2026-12-03T09:00:00Z'); // Thursday 10:00 in Warsaw
	live = await realtimeApp({ seed: 'demo', clock: () => now });
	app = live.app;
});

afterEach(() => live.close());

interface Person {
	principal: Principal;
	id: number;
	socket: TestSocket;
}

async function signIn(login: string): Promise<Person> {
	const { principal, token } = await live.session(login);
	return { principal, id: principal.staff!.id, socket: await live.socketOf(token) };
}

/** A window this person may operate, held by their console (as the console does on opening). */
async function windowOf(p: Person): Promise<number> {
	const location = app.views.locations()[0]!;
	const window = app.views
		.windowsOf(location.id)
		.find(
			(w) =>
				!app.holds.current(w.id) && mayOperateWindow(p.principal, windowDepartmentIds(app, w.id))
		)!;
	const held = await request(p.socket, 'window:hold', { windowId: window.id });
	expect('data' in held).toBe(true);
	return window.id;
}

const ok = <T>(answer: { data: T } | { error: { code: string } }): T => {
	if ('error' in answer) throw new Error(`refused: ${answer.error.code}`);
	return answer.data;
};
const codeOf = (answer: { data: unknown } | { error: { code: string } }) =>
	'error' in answer ? answer.error.code : 'ok';
const send = (p: Person, payload: unknown) =>
	request<SummonsDto>(p.socket, 'summons:send', payload);
/** A named summons from a person's window, with no matter and no note. */
const summon = (from: Person, windowId: number, to: Person) =>
	send(from, { windowId, staffId: to.id, departmentId: null, serviceId: null, note: '' });
const step = (
	p: Person,
	event: 'summons:accept' | 'summons:arrived' | 'summons:cancel',
	id: number
) => request<SummonsDto>(p.socket, event, { summonsId: id });
const auditOf = () =>
	app.audit
		.list({ actionPrefixes: ['summons.'] })
		.map((e) => [e.action, e.actorId])
		.reverse();
const countRows = () =>
	app.db
		.prepare('SELECT (SELECT count(*) FROM summons) + (SELECT count(*) FROM summons_recipients) n')
		.get();

describe('two clerks: summon, accept, arrive', () => {
	it('reaches the summoned screen, and the summoner sees who is coming and when they arrive', async () => {
		const kasia = await signIn('urzednik');
		const tomasz = await signIn('urzednik2');
		const windowId = await windowOf(kasia);

		const heard = next(tomasz.socket, 'summons:update');
		const sent = ok(
			await send(kasia, {
				windowId,
				staffId: tomasz.id,
				departmentId: null,
				serviceId: null,
				note: 'Klientka pyta o zaległość podatkową'
			})
		);
		expect(sent.state).toBe('sent');
		const banner = await heard;
		expect(banner).toMatchObject({
			id: sent.id,
			state: 'sent',
			summoner: { staffId: kasia.id, name: 'Katarzyna Kowalczyk' },
			window: { id: windowId },
			note: 'Klientka pyta o zaległość podatkową',
			recipients: [{ staffId: tomasz.id, declined: false }]
		});
		const board = ok(await request<SummonsBoardDto>(tomasz.socket, 'summons:join', {}));
		expect(board.received.map((s) => s.id)).toEqual([sent.id]);

		now += 12_000;
		const coming = next(kasia.socket, 'summons:update', (s) => s.state === 'accepted');
		ok(await step(tomasz, 'summons:accept', sent.id));
		expect(await coming).toMatchObject({
			acceptedBy: { staffId: tomasz.id, name: 'Tomasz Zieliński' },
			acceptedAt: sent.sentAt + 12_000
		});

		now += 90_000;
		const there = next(tomasz.socket, 'summons:update', (s) => s.state === 'arrived');
		ok(await step(kasia, 'summons:arrived', sent.id));
		expect((await there).arrivedAt).toBe(sent.sentAt + 102_000);
		expect(auditOf()).toEqual([
			['summons.send', kasia.id],
			['summons.accept', tomasz.id],
			['summons.arrive', kasia.id]
		]);
	});

	it('sends the summons of an absent clerk to their substitute', async () => {
		const head = await signIn('kierownik');
		const kasia = await signIn('urzednik'); // substitute: Tomasz
		const tomasz = await signIn('urzednik2');
		app.directory.setPresence(kasia.principal, kasia.id, {
			staffId: kasia.id,
			presence: 'absent',
			until: null
		});
		const windowId = await windowOf(head);
		const heard = next(tomasz.socket, 'summons:update');
		const sent = ok(await summon(head, windowId, kasia));
		expect(sent.recipients.map((r) => r.staffId)).toEqual([tomasz.id]);
		expect((await heard).id).toBe(sent.id);
	});
});

describe('any clerk of a department', () => {
	it('goes to the present people of the department; the first to accept takes it', async () => {
		const kasia = await signIn('urzednik');
		const head = await signIn('kierownik');
		const admin = await signIn('admin');
		const windowId = await windowOf(kasia);
		const department = head.principal.staff!.departmentIds[0]!;
		const sent = ok(
			await send(kasia, {
				windowId,
				staffId: null,
				departmentId: department,
				serviceId: null,
				note: 'x'
			})
		);
		expect(sent.recipients.map((r) => r.staffId).sort()).toEqual([head.id, admin.id].sort());

		// The admin's banner closes when the head accepts: their screen hears it.
		const closed = next(admin.socket, 'summons:update', (s) => s.state === 'accepted');
		ok(await step(head, 'summons:accept', sent.id));
		expect((await closed).acceptedBy?.staffId).toBe(head.id);
		expect(codeOf(await step(admin, 'summons:accept', sent.id))).toBe('summons_closed');
	});
});

describe('nobody comes', () => {
	it('is declined once the one summoned refuses, with the reason, for the summoner to see', async () => {
		const kasia = await signIn('urzednik');
		const tomasz = await signIn('urzednik2');
		const windowId = await windowOf(kasia);
		const sent = ok(await summon(kasia, windowId, tomasz));
		const seen = next(kasia.socket, 'summons:update', (s) => s.state === 'declined');
		ok(
			await request(tomasz.socket, 'summons:decline', {
				summonsId: sent.id,
				reason: 'Mam klienta przy stanowisku'
			})
		);
		expect((await seen).recipients[0]).toMatchObject({
			declined: true,
			reason: 'Mam klienta przy stanowisku'
		});
	});

	it('expires unanswered after its time, and the summoner hears it', async () => {
		const kasia = await signIn('urzednik');
		const tomasz = await signIn('urzednik2');
		const windowId = await windowOf(kasia);
		const sent = ok(await summon(kasia, windowId, tomasz));
		now += SUMMONS_ANSWER_MS - 1;
		expect(app.summons.expireDue()).toBe(0);
		now += 1;
		const seen = next(kasia.socket, 'summons:update', (s) => s.state === 'expired');
		expect(app.summons.expireDue()).toBe(1);
		expect((await seen).id).toBe(sent.id);
		expect(codeOf(await step(tomasz, 'summons:accept', sent.id))).toBe('summons_closed');
	});
});

describe('refusals change nothing', () => {
	it('refuses another’s summons, a window not one’s own and bad payloads', async () => {
		const kasia = await signIn('urzednik');
		const tomasz = await signIn('urzednik2');
		const head = await signIn('kierownik');
		const windowId = await windowOf(kasia);
		const sent = ok(await summon(kasia, windowId, tomasz));
		const before = JSON.stringify([countRows(), app.summons.board(kasia.principal), auditOf()]);

		// Not sent to the head, not the head's to mark or cancel.
		expect(codeOf(await step(head, 'summons:accept', sent.id))).toBe('not_found');
		expect(codeOf(await step(head, 'summons:arrived', sent.id))).toBe('not_found');
		expect(codeOf(await step(tomasz, 'summons:cancel', sent.id))).toBe('not_found');
		expect(codeOf(await step(kasia, 'summons:accept', 999_999))).toBe('not_found');
		// The head's window is held by nobody, but it is Kasia's console that holds hers.
		const headWindow = await windowOf(head);
		const valid = { staffId: tomasz.id, departmentId: null, serviceId: null, note: '' };
		expect(codeOf(await send(kasia, { ...valid, windowId: headWindow }))).toBe('window_held');
		// A window of another department than Tomasz's: not his to summon to.
		const foreign = app.views
			.windowsOf(app.views.locations()[0]!.id)
			.find((w) => !mayOperateWindow(tomasz.principal, windowDepartmentIds(app, w.id)))!;
		expect(codeOf(await send(tomasz, { ...valid, windowId: foreign.id, staffId: kasia.id }))).toBe(
			'forbidden'
		);
		for (const bad of [
			{ ...valid, windowId, staffId: kasia.id }, // oneself
			{ ...valid, windowId, departmentId: 1 }, // both a person and a department
			{ ...valid, windowId, staffId: null }, // neither
			{ ...valid, windowId, note: 'x'.repeat(201) },
			{ ...valid, windowId, extra: true },
			{ ...valid, windowId: 'one' },
			null
		]) {
			expect(['invalid_input', 'bad_request']).toContain(codeOf(await send(kasia, bad)));
		}
		expect(codeOf(await send(kasia, { ...valid, windowId, staffId: 999_999 }))).toBe('not_found');
		expect(
			codeOf(await request(tomasz.socket, 'summons:decline', { summonsId: sent.id, reason: '' }))
		).toBe('bad_request');
		expect(JSON.stringify([countRows(), app.summons.board(kasia.principal), auditOf()])).toBe(
			before
		);
	});
});

describe('statistics per department', () => {
	it('counts summons and gives the median times to accept and to arrive, and the refusals', async () => {
		const kasia = await signIn('urzednik');
		const tomasz = await signIn('urzednik2');
		const windowId = await windowOf(kasia);
		const again = async () => ok(await summon(kasia, windowId, tomasz));
		const first = await again();
		now += 20_000;
		ok(await step(tomasz, 'summons:accept', first.id));
		now += 100_000;
		ok(await step(tomasz, 'summons:arrived', first.id));
		const second = await again();
		now += 40_000;
		ok(await step(tomasz, 'summons:accept', second.id));
		now += 200_000;
		ok(await step(kasia, 'summons:arrived', second.id));
		const third = await again();
		ok(await request(tomasz.socket, 'summons:decline', { summonsId: third.id, reason: 'urlop' }));

		const range = {
			locationId: app.views.locations()[0]!.id,
			from: Date.parse('2026-12-02T23:00:00Z'),
			to: Date.parse('2026-12-03T23:00:00Z'),
			timeZone: 'Europe/Warsaw'
		};
		const report = app.summons.report(range);
		expect(report.total).toMatchObject({
			count: 3,
			medianAcceptSeconds: 30, // 20 s and 40 s
			medianArriveSeconds: 180, // 120 s and 240 s from sending
			declined: 1,
			unanswered: 0,
			cancelled: 0
		});
		expect(report.byDepartment.map((l) => l.departmentId)).toEqual([first.department.id]);
		// A manager of another department sees none of it.
		expect(app.summons.report({ ...range, departmentIds: [999] }).total.count).toBe(0);
	});
});

describe('the note', () => {
	it('refuses a client’s PESEL, phone or e-mail in the note, and keeps nothing', async () => {
		const kasia = await signIn('urzednik');
		const tomasz = await signIn('urzednik2');
		const windowId = await windowOf(kasia);
		const before = app.summons.board(kasia.principal).sent.length;
		for (const [note, reason] of [
			['Pani z PESEL 44051401359 pyta o zasiłek', 'pesel'],
			['oddzwonić 601 234 567', 'phone'],
			['klient jan.kowalski@example.pl', 'email']
		] as const) {
			const answer = await send(kasia, {
				windowId,
				staffId: tomasz.id,
				departmentId: null,
				serviceId: null,
				note
			});
			expect(answer, note).toMatchObject({ error: { code: 'invalid_input' } });
			expect(JSON.stringify(answer)).toContain(reason);
		}
		expect(app.summons.board(kasia.principal).sent.length).toBe(before);
	});

	it('is blanked a day after sending by the retention job; the times stay', async () => {
		const kasia = await signIn('urzednik');
		const tomasz = await signIn('urzednik2');
		const windowId = await windowOf(kasia);
		const sent = ok(
			await send(kasia, {
				windowId,
				staffId: tomasz.id,
				departmentId: null,
				serviceId: null,
				note: 'Osoba na wózku, sprawa meldunkowa'
			})
		);
		const noteOf = () => {
			const db = new Database(live.testbed.databasePath, { readonly: true });
			try {
				return db.prepare('SELECT note, sent_at FROM summons WHERE id = ?').get(sent.id);
			} finally {
				db.close();
			}
		};
		expect(app.summons.forgetNotes()).toBe(0);
		expect(noteOf()).toEqual({ note: 'Osoba na wózku, sprawa meldunkowa', sent_at: now });
		now += SUMMONS_NOTE_KEPT_MS + 1;
		expect(app.summons.forgetNotes()).toBe(1);
		expect(noteOf()).toEqual({ note: '', sent_at: sent.sentAt });
	});
});
