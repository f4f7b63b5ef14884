/**
 * One schema per input, checked at the edge (HTTP route or socket handler) before anything runs.
 * Limits are generous for people and tight for abuse.
 */
import { z } from 'zod';
import { PRIORITY_GROUPS } from './vocabulary';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
/** Ids also arrive as path segments ("12"). */
export const idParam = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const issueTicketRequest = z.strictObject({
	locationId: id,
	serviceId: id,
	priority: z.enum(PRIORITY_GROUPS).nullable().default(null)
});
export type IssueTicketRequest = z.infer<typeof issueTicketRequest>;

export const joinLocationRequest = z.strictObject({ locationId: id });
export const joinWindowRequest = z.strictObject({ windowId: id });

/** Most actions act on the window's current ticket; ticketId guards against a stale screen. */
const simpleAction = z.strictObject({
	windowId: id,
	action: z.enum(['call', 'recall', 'start', 'finish', 'no_show', 'return', 'cancel', 'resume']),
	ticketId: id.optional()
});
const transferAction = z.strictObject({
	windowId: id,
	action: z.literal('transfer'),
	ticketId: id.optional(),
	serviceId: id,
	note: z.string().trim().min(1).max(500)
});
const pauseAction = z.strictObject({
	windowId: id,
	action: z.literal('pause'),
	reason: z.string().trim().min(1).max(200)
});

export const windowActionRequest = z.discriminatedUnion('action', [
	simpleAction,
	transferAction,
	pauseAction
]);
export type WindowActionRequest = z.infer<typeof windowActionRequest>;
