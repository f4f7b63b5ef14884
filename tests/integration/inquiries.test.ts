/**
 * The inquiry register on a real SQLite file (issue 15, Annex 2, SR-10..13): a question taken at
 * the window, forwarded to the competent clerk, called back and closed, each step audited without
 * the client's data; who sees which list; an overdue inquiry found the moment its due day ends,
 * across a holiday; the phone and name erased 30 days after closing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/lib/server/app';
import type { Principal, StaffRole } from '../../src/lib/server/auth/guard';
import { AccessDenied } from '../../src/lib/server/auth/access-denied';
import { INQUIRY_PERSONAL_KEPT_DAYS } from '../../src/lib/server/desk/inquiries';
import type { InquiryIntake } from '../../src/lib/server/forms/inquiry-forms';
import { DomainError } from '../../src/lib/server/queue';
import { idsOf, testApp, type TestApp } from '../support/test-app';
import {
	departmentA,
	kancelaria,
	MIN,
	testOffice,
	WEEKDAYS_0730_1530
} from '../support/test-office';

let testbed: TestApp | null = null;
let app: App;
let now: number;
let location: number;
let deptA: number;
let deptK: number;

afterEach(() => {
	testbed?.close();
	testbed = null;
});

function start(at: string) {
	now = Date.parse(at);
	testbed = testApp({
		seed: testOffice({
			location: { week: WEEKDAYS_0730_1530 },
			departments: [departmentA(), kancelaria()],
			windows: { '1': ['A1'], '2': ['SK'] }
		}),
		clock: () => now
	});
	app = testbed.app;
	const ids = idsOf(app);
	location = ids.location;
	deptA = ids.department('A');
	deptK = ids.department('K');
}

/** A staff account and the principal its session would give. */
function person(login: string, role: StaffRole, departmentIds: number[]): Principal {
	const id = app.accounts.staff.insert(
		{
			login,
			firstName: login,
			lastName: 'Testowa',
			position: '',
			role,
			departmentIds,
			substituteId: null,
			active: true
		},
		'not-a-hash',
		now
	);
	return {
		roles: [role],
		label: login,
		staff: { id, role, departmentIds, sessionId: login }
	};
}

const intake = (more: Partial<InquiryIntake> = {}): InquiryIntake => ({
	channel: 'phone',
	question: 'Czy mogę złożyć wniosek o dowód osobisty dla dziecka bez jego obecności?',
	phone: '+48 600 100 200',
	clientName: 'Zofia Żółć',
	salutation: 'Pani',
	serviceId: null,
	departmentId: null,
	...more
});

const auditOf = () =>
	app.db
		.prepare(
			"SELECT action, subject, detail_json AS detail FROM audit_log WHERE action LIKE 'inquiry.%' ORDER BY id"
		)
		.all() as { action: string; subject: string; detail: string }[];

describe('the inquiry register', () => {
	it('intake → forwarded → answered → closed, audited without the client data', () => {
		start('2026-11-27T09:00:00Z'); // Friday 10:00 in Warsaw
		const front = person('front', 'clerk', [deptK]);
		const expert = person('expert', 'clerk', [deptA]);
		const taken = app.inquiries.record(front, location, intake());
		expect(taken).toMatchObject({
			state: 'received',
			channel: 'phone',
			dueDay: '2026-12-02', // Friday + 3 working days = Wednesday
			receivedBy: front.staff!.id,
			receivedAt: now,
			overdue: false,
			mayAct: true
		});

		now += 5 * MIN;
		const forwarded = app.inquiries.forward(front, taken.id, {
			staffId: expert.staff!.id,
			departmentId: null
		});
		expect(forwarded).toMatchObject({
			state: 'forwarded',
			forwardedToStaff: expert.staff!.id,
			forwardedAt: now,
			departmentId: deptA, // the expert's department, since the intake named none
			mayAct: false // the receiver keeps sight of it, not the pen (SR-13)
		});
		expect(app.inquiries.get(front, taken.id).question).toContain('dowód osobisty');
		expect(() => app.inquiries.answer(front, taken.id, '2026-11-27')).toThrow(AccessDenied);

		now = Date.parse('2026-11-30T12:00:00Z'); // Monday
		const answered = app.inquiries.answer(expert, taken.id, '2026-11-30');
		expect(answered).toMatchObject({
			state: 'answered',
			informedOn: '2026-11-30',
			answeredBy: expert.staff!.id
		});
		expect(app.inquiries.close(expert, taken.id).state).toBe('closed');

		const audit = auditOf();
		expect(audit.map((a) => a.action)).toEqual([
			'inquiry.create',
			'inquiry.forward',
			'inquiry.answer',
			'inquiry.close'
		]);
		expect(new Set(audit.map((a) => a.subject))).toEqual(new Set([`inquiry:${taken.id}`]));
		const written = JSON.stringify(audit);
		for (const secret of ['600 100 200', 'Żółć', 'dowód']) expect(written).not.toContain(secret);
	});

	it('refuses steps out of order and a call-back date before the intake or in the future', () => {
		start('2026-11-27T09:00:00Z');
		const front = person('front', 'clerk', [deptK]);
		const taken = app.inquiries.record(front, location, intake());
		const refused = (fn: () => unknown) => {
			try {
				fn();
			} catch (err) {
				return err instanceof DomainError ? err.code : String(err);
			}
			return 'accepted';
		};
		expect(refused(() => app.inquiries.close(front, taken.id))).toBe('invalid_state');
		expect(refused(() => app.inquiries.answer(front, taken.id, '2026-11-26'))).toBe(
			'invalid_input'
		);
		expect(refused(() => app.inquiries.answer(front, taken.id, '2026-11-28'))).toBe(
			'invalid_input'
		);
		expect(refused(() => app.inquiries.get(front, 9999))).toBe('not_found');
		expect(
			refused(() => app.inquiries.forward(front, taken.id, { staffId: 9999, departmentId: null }))
		).toBe('not_found');
		expect(app.inquiries.get(front, taken.id).state).toBe('received');
		expect(auditOf()).toHaveLength(1);
		// Answered on the spot by the receiver: no forwarding needed.
		expect(app.inquiries.answer(front, taken.id, '2026-11-27').state).toBe('answered');
		expect(refused(() => app.inquiries.answer(front, taken.id, '2026-11-27'))).toBe(
			'invalid_state'
		);
	});

	it("each list shows what its reader may see; another department's clerk sees nothing", () => {
		start('2026-11-27T09:00:00Z');
		const front = person('front', 'clerk', [deptK]);
		const clerkA = person('clerkA', 'clerk', [deptA]);
		const headA = person('headA', 'manager', [deptA]);
		const headK = person('headK', 'manager', [deptK]);
		const toDepartment = app.inquiries.record(front, location, intake({ question: 'Pierwsze' }));
		app.inquiries.forward(front, toDepartment.id, { staffId: null, departmentId: deptA });
		const kept = app.inquiries.record(front, location, intake({ question: 'Drugie' }));

		const questions = (p: Principal, list: Parameters<App['inquiries']['list']>[1]) =>
			app.inquiries.list(p, list).map((i) => i.question);
		expect(questions(front, 'mine').sort()).toEqual(['Drugie', 'Pierwsze']);
		expect(questions(clerkA, 'forwarded')).toEqual(['Pierwsze']);
		expect(questions(clerkA, 'mine')).toEqual([]);
		expect(questions(headA, 'department')).toEqual(['Pierwsze']);
		expect(questions(headK, 'department')).toEqual([]);
		expect(() => app.inquiries.get(headK, toDepartment.id)).toThrow(DomainError);
		expect(app.inquiries.get(headA, toDepartment.id).mayAct).toBe(true);
		expect(() => app.inquiries.get(clerkA, kept.id)).toThrow(DomainError);
	});

	it('an inquiry becomes overdue when its due day ends, counted across a holiday', () => {
		start('2026-11-10T09:00:00Z'); // Tuesday; Wednesday 11 November is a holiday
		const front = person('front', 'clerk', [deptK]);
		const head = person('head', 'manager', [deptK]);
		const taken = app.inquiries.record(front, location, intake({ departmentId: deptK }));
		expect(taken.dueDay).toBe('2026-11-16'); // Thu, Fri, Mon
		const started = now;

		now = Date.parse('2026-11-16T22:59:59Z'); // Monday 23:59:59 in Warsaw
		expect(app.inquiries.becameOverdue(started)).toEqual([]);
		expect(app.inquiries.list(head, 'overdue')).toEqual([]);

		now = Date.parse('2026-11-16T23:00:00Z');
		expect(app.inquiries.becameOverdue(started).map((i) => i.id)).toEqual([taken.id]);
		expect(app.inquiries.becameOverdue(now).map((i) => i.id)).toEqual([]); // flagged once
		expect(app.inquiries.list(head, 'overdue').map((i) => [i.id, i.overdue])).toEqual([
			[taken.id, true]
		]);
		expect(app.inquiries.list(person('other', 'manager', [deptA]), 'overdue')).toEqual([]);
	});

	it(`erases the phone and name ${INQUIRY_PERSONAL_KEPT_DAYS} days after closing, keeping times`, () => {
		start('2026-11-23T09:00:00Z');
		const front = person('front', 'clerk', [deptK]);
		const closedOne = app.inquiries.record(front, location, intake());
		const openOne = app.inquiries.record(front, location, intake({ clientName: 'Jan Nowak' }));
		app.inquiries.answer(front, closedOne.id, '2026-11-23');
		app.inquiries.close(front, closedOne.id);
		const closedAt = now;

		now = closedAt + INQUIRY_PERSONAL_KEPT_DAYS * 86_400_000 - 1;
		expect(app.inquiries.erasePersonalData()).toBe(0);
		now = closedAt + INQUIRY_PERSONAL_KEPT_DAYS * 86_400_000;
		expect(app.inquiries.erasePersonalData()).toBe(1);
		expect(app.inquiries.erasePersonalData()).toBe(0);

		const erased = app.inquiries.get(front, closedOne.id);
		expect(erased).toMatchObject({ phone: null, clientName: null, salutation: null });
		expect(erased.erasedAt).toBe(now);
		expect(erased.receivedAt).toBe(closedOne.receivedAt);
		expect(erased.question).toBe(closedOne.question);
		expect(app.inquiries.get(front, openOne.id).clientName).toBe('Jan Nowak');
	});
});
