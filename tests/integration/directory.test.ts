/**
 * The staff directory (issue 15, SR-15/16/19) over the real app and database, with real
 * socket.io clients: the demo office in this process, its clock in the test's hand. Who may set
 * whose presence (self, a manager for their departments, an admin for all), the audit log,
 * planned absences, the substitute chain and the heads of unit, the window hold, refusals that
 * change nothing, and `directory:presence` reaching every signed-in screen at once.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/lib/server/app';
import { AccessDenied } from '../../src/lib/server/auth/access-denied';
import type { Principal } from '../../src/lib/server/auth/guard';
import { DomainError } from '../../src/lib/server/queue';
import type { DirectoryEntryDto, PresenceChangeDto } from '../../src/lib/shared/directory';
import { next } from '../support/sockets';
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

const session = (login: string) => live.session(login);
const socketOf = (token: string) => live.socketOf(token);
const idOf = (p: Principal) => p.staff!.id;
const entryOf = (reader: Principal, id: number): DirectoryEntryDto =>
	app.directory.entries(reader, 'pl').find((e) => e.id === id)!;
/** The directory's audit entries, oldest first (the log lists the newest first). */
const auditOf = () =>
	app.audit
		.list({ actionPrefixes: ['directory.'] })
		.map((e) => [e.action, e.subject, e.actorId])
		.reverse();

describe('who sets whose presence', () => {
	it('lets a clerk set their own, and refuses them another clerk’s, changing nothing', async () => {
		const kasia = (await session('urzednik')).principal;
		const tomasz = (await session('urzednik2')).principal;
		app.directory.setPresence(kasia, idOf(kasia), {
			staffId: idOf(kasia),
			presence: 'remote',
			until: null
		});
		expect(entryOf(tomasz, idOf(kasia)).presence).toBe('remote');
		expect(entryOf(kasia, idOf(kasia)).mayEdit).toBe(true);
		expect(entryOf(kasia, idOf(tomasz)).mayEdit).toBe(false);

		expect(() =>
			app.directory.setPresence(kasia, idOf(tomasz), {
				staffId: idOf(tomasz),
				presence: 'absent',
				until: null
			})
		).toThrow(AccessDenied);
		expect(entryOf(kasia, idOf(tomasz)).presence).toBe('in_office');
		expect(auditOf()).toEqual([['directory.presence', `staff:${idOf(kasia)}`, idOf(kasia)]]);
	});

	it('lets a manager set it for people of their departments only, and an admin for anyone', async () => {
		const head = (await session('kierownik')).principal; // manager of U
		const admin = (await session('admin')).principal;
		const kasia = (await session('urzednik')).principal; // U and I
		const tomasz = (await session('urzednik2')).principal; // P and W
		app.directory.setPresence(head, idOf(kasia), {
			staffId: idOf(kasia),
			presence: 'out_of_room',
			until: null
		});
		expect(entryOf(admin, idOf(kasia)).presence).toBe('out_of_room');
		expect(() =>
			app.directory.setPresence(head, idOf(tomasz), {
				staffId: idOf(tomasz),
				presence: 'remote',
				until: null
			})
		).toThrow(AccessDenied);
		app.directory.setPresence(admin, idOf(tomasz), {
			staffId: idOf(tomasz),
			presence: 'remote',
			until: null
		});
		expect(entryOf(head, idOf(tomasz)).presence).toBe('remote');
		expect(auditOf()).toEqual([
			['directory.presence', `staff:${idOf(kasia)}`, idOf(head)],
			['directory.presence', `staff:${idOf(tomasz)}`, idOf(admin)]
		]);
	});

	it('refuses an absence ending in the past and an unknown person, changing nothing', async () => {
		const kasia = (await session('urzednik')).principal;
		const refusal = (f: () => unknown) => {
			try {
				f();
			} catch (err) {
				return err instanceof DomainError ? err.code : String(err);
			}
			return 'accepted';
		};
		expect(
			refusal(() =>
				app.directory.setPresence(kasia, idOf(kasia), {
					staffId: idOf(kasia),
					presence: 'absent',
					until: '2026-12-02'
				})
			)
		).toBe('invalid_input');
		expect(
			refusal(() =>
				app.directory.planAbsence(kasia, idOf(kasia), {
					staffId: idOf(kasia),
					from: '2026-11-20',
					to: '2026-11-30'
				})
			)
		).toBe('invalid_input');
		expect(
			refusal(() =>
				app.directory.setPresence(kasia, 999_999, {
					staffId: 999_999,
					presence: 'remote',
					until: null
				})
			)
		).toBe('not_found');
		expect(refusal(() => app.directory.cancelAbsence(kasia, 999_999))).toBe('not_found');
		expect(entryOf(kasia, idOf(kasia)).presence).toBe('in_office');
		expect(auditOf()).toEqual([]);
	});
});

describe('absences and whom to contact instead', () => {
	it('makes a planned absence count on its days and names the substitute, then the head', async () => {
		const kasia = (await session('urzednik')).principal; // substitute: Tomasz
		const tomasz = (await session('urzednik2')).principal;
		const head = (await session('kierownik')).principal;
		const planned = app.directory.planAbsence(kasia, idOf(kasia), {
			staffId: idOf(kasia),
			from: '2026-12-04',
			to: '2026-12-08'
		});
		expect(entryOf(head, idOf(kasia)).presence).toBe('in_office'); // tomorrow, not today
		now = Date.parse('2026-12-04T08:00:00Z');
		expect(entryOf(head, idOf(kasia))).toMatchObject({
			presence: 'absent',
			absentUntil: '2026-12-08',
			contactInstead: [{ id: idOf(tomasz), name: 'Tomasz Zieliński' }]
		});
		// The substitute is away too: the head of her unit (a manager of U), not of other units.
		app.directory.setPresence(tomasz, idOf(tomasz), {
			staffId: idOf(tomasz),
			presence: 'absent',
			until: null
		});
		expect(entryOf(tomasz, idOf(kasia)).contactInstead).toEqual([
			{ id: idOf(head), name: 'Piotr Wiśniewski' }
		]);
		// Tomasz has no substitute and no head of P or W: no one to name.
		expect(entryOf(head, idOf(tomasz)).contactInstead).toEqual([]);

		expect(app.directory.plannedAbsences(head).map((a) => a.id)).toEqual([planned]);
		expect(app.directory.plannedAbsences(tomasz)).toEqual([]); // not his to see or cancel
		expect(() => app.directory.cancelAbsence(tomasz, planned)).toThrow(AccessDenied);
		app.directory.cancelAbsence(head, planned);
		expect(entryOf(head, idOf(kasia)).presence).toBe('in_office');
		expect(auditOf().map((a) => a[0])).toEqual([
			'directory.absence',
			'directory.presence',
			'directory.absence_cancel'
		]);
	});

	it('shows a clerk whose console holds a window as at the window', async () => {
		const kasia = (await session('urzednik')).principal;
		app.directory.setPresence(kasia, idOf(kasia), {
			staffId: idOf(kasia),
			presence: 'remote',
			until: null
		});
		app.holds.take(1, app.holds.claimantOf(kasia)!, false);
		expect(entryOf(kasia, idOf(kasia)).presence).toBe('at_window');
	});

	it('keeps extension and room with the account, audited once per change', async () => {
		const admin = (await session('admin')).principal;
		const kasia = (await session('urzednik')).principal;
		app.directory.setContact(admin, idOf(kasia), '214', '12');
		app.directory.setContact(admin, idOf(kasia), '214', '12');
		expect(entryOf(kasia, idOf(kasia))).toMatchObject({ extension: '214', room: '12' });
		expect(auditOf()).toEqual([['directory.contact', `staff:${idOf(kasia)}`, idOf(admin)]]);
	});
});

it('sends a presence change to every signed-in staff screen at once', async () => {
	const kasia = await session('urzednik');
	const tomasz = await session('urzednik2');
	const head = await session('kierownik');
	const [toTomasz, toHead] = [await socketOf(tomasz.token), await socketOf(head.token)];
	const heard = [
		next(toTomasz, 'directory:presence', (c) => c.staffId === idOf(kasia.principal)),
		next(toHead, 'directory:presence', (c) => c.staffId === idOf(kasia.principal))
	];
	app.directory.setPresence(kasia.principal, idOf(kasia.principal), {
		staffId: idOf(kasia.principal),
		presence: 'absent',
		until: '2026-12-05'
	});
	const expected: PresenceChangeDto = {
		staffId: idOf(kasia.principal),
		presence: 'absent',
		absentUntil: '2026-12-05'
	};
	expect(await Promise.all(heard)).toEqual([expected, expected]);
});

it('tells every directory the moment a console takes a window: its clerk is at a window', async () => {
	const kasia = await session('urzednik');
	const head = await session('kierownik');
	const toHead = await socketOf(head.token);
	const heard = next(toHead, 'directory:presence', (c) => c.staffId === idOf(kasia.principal));
	app.desk.hold({ windowId: 1 }, kasia.principal);
	expect(await heard).toEqual({
		staffId: idOf(kasia.principal),
		presence: 'at_window',
		absentUntil: null
	});
});

it('shows what was set apart from the presence a planned absence makes', async () => {
	const kasia = (await session('urzednik')).principal;
	app.directory.setPresence(kasia, idOf(kasia), {
		staffId: idOf(kasia),
		presence: 'remote',
		until: null
	});
	app.directory.planAbsence(kasia, idOf(kasia), {
		staffId: idOf(kasia),
		from: '2026-12-03',
		to: '2026-12-03'
	});
	expect(entryOf(kasia, idOf(kasia))).toMatchObject({
		presence: 'absent',
		absentUntil: '2026-12-03',
		set: 'remote',
		setUntil: null
	});
});
