/**
 * Summoning a specialist to the front desk (issue 15, SR-02/SR-07): what the consoles and the
 * directory exchange over the socket, and the requests' schemas (parsed before any rule runs).
 */
import { z } from 'zod';

export const SUMMONS_STATES = [
	'sent',
	'accepted',
	'arrived',
	'declined',
	'cancelled',
	'expired'
] as const;
export type SummonsState = (typeof SUMMONS_STATES)[number];

/** A note is a line or two for a colleague, not the client's file. */
export const SUMMONS_NOTE_MAX = 200;
export const DECLINE_REASON_MAX = 120;

/** One person a summons went to, and their refusal if they refused. */
export interface SummonsRecipientDto {
	staffId: number;
	name: string;
	declined: boolean;
	reason: string | null;
}

/** A summons as the summoning clerk and the summoned see it (no client data but the note). */
export interface SummonsDto {
	id: number;
	state: SummonsState;
	summoner: { staffId: number; name: string };
	window: { id: number; label: string; room: string };
	/** Null: "any clerk of the department". */
	targetStaffId: number | null;
	/** Staff screens speak Polish or English. */
	department: { id: number; name: { pl: string; en: string } };
	/** The matter of the client at the window, when known (prefills an inquiry instead). */
	serviceId: number | null;
	note: string;
	recipients: SummonsRecipientDto[];
	acceptedBy: { staffId: number; name: string } | null;
	sentAt: number;
	acceptedAt: number | null;
	arrivedAt: number | null;
	endedAt: number | null;
}

/** `summons:join`: what is open for me: summons I sent and summons waiting for my answer. */
export interface SummonsBoardDto {
	sent: SummonsDto[];
	received: SummonsDto[];
}

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const text = (max: number) => z.string().trim().max(max);

export const joinSummonsRequest = z.strictObject({});

export const sendSummonsRequest = z.strictObject({
	windowId: id,
	/** A named person, or null with a department: "any clerk of department X". */
	staffId: id.nullable(),
	departmentId: id.nullable(),
	serviceId: id.nullable(),
	note: text(SUMMONS_NOTE_MAX)
});
export type SendSummonsRequest = z.infer<typeof sendSummonsRequest>;

export const summonsRequest = z.strictObject({ summonsId: id });
export type SummonsRequest = z.infer<typeof summonsRequest>;

export const declineSummonsRequest = z.strictObject({
	summonsId: id,
	reason: text(DECLINE_REASON_MAX).min(1)
});
export type DeclineSummonsRequest = z.infer<typeof declineSummonsRequest>;

/** Whether the summons still waits for this person's answer (their banner is open). */
export function awaitsAnswerFrom(s: SummonsDto, staffId: number): boolean {
	return s.state === 'sent' && s.recipients.some((r) => r.staffId === staffId && !r.declined);
}

/** Nobody is coming and nobody will: the console offers to record an inquiry instead. */
export function nobodyComing(s: SummonsDto): boolean {
	return s.state === 'declined' || s.state === 'expired';
}

/** The department's name on a staff screen (Polish or English). */
export const departmentName = (s: Pick<SummonsDto, 'department'>, lang: string): string =>
	lang === 'en' ? s.department.name.en : s.department.name.pl;
