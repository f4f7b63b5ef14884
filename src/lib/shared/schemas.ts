/**
 * One schema per input, checked at the edge (HTTP route or socket handler) before anything runs.
 * Limits are generous for people and tight for abuse.
 */
import { z } from 'zod';
import {
	KIOSK_ID,
	KIOSK_ID_MAX,
	PAUSE_REASON_MAX,
	PRIORITY_GROUPS,
	TRANSFER_NOTE_MAX,
	WINDOW_ACTIONS
} from './vocabulary';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
/** Ids also arrive as path segments ("12"). */
export const idParam = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** A kiosk's id (`?kiosk=…` on the kiosk page): which printer its tickets come out of. */
export const kioskId = z
	.string()
	.regex(KIOSK_ID, `a kiosk id is 1–${KIOSK_ID_MAX} letters, digits, "-" or "_"`);

/** The unguessable code of a ticket's QR link: 26 characters of base32. */
export const TICKET_CODE = /^[a-z2-7]{26}$/;

export const issueTicketRequest = z.strictObject({
	locationId: id,
	serviceId: id,
	priority: z.enum(PRIORITY_GROUPS).nullable().default(null),
	kiosk: kioskId.optional()
});
export type IssueTicketRequest = z.infer<typeof issueTicketRequest>;

export const joinLocationRequest = z.strictObject({ locationId: id });
export const joinWindowRequest = z.strictObject({ windowId: id });
export const joinTicketRequest = z.strictObject({ code: z.string().regex(TICKET_CODE) });

/** A clerk opens a window; `takeOver: true` once they confirmed taking it from another clerk. */
export const holdWindowRequest = z.strictObject({
	windowId: id,
	takeOver: z.boolean().default(false)
});
export type HoldWindowRequest = z.input<typeof holdWindowRequest>;

/** A clerk reprints a ticket (waiting, called or in service) of the window's location. */
export const reprintRequest = z.strictObject({ windowId: id, ticketId: id });
export type ReprintRequest = z.infer<typeof reprintRequest>;

/** Actions on a ticket the clerk chose (below). */
const CHOSEN_TICKET_ACTIONS = ['call_ticket', 'undo', 'restore'] as const;

/** Most actions act on the window's current ticket; ticketId guards against a stale screen. */
const simpleAction = z.strictObject({
	windowId: id,
	// Every action but those with fields of their own (below).
	action: z.enum(WINDOW_ACTIONS).exclude(['transfer', 'pause', ...CHOSEN_TICKET_ACTIONS]),
	ticketId: id.optional()
});
const transferAction = z.strictObject({
	windowId: id,
	action: z.literal('transfer'),
	ticketId: id.optional(),
	serviceId: id,
	note: z.string().trim().min(1).max(TRANSFER_NOTE_MAX)
});
/**
 * Actions on a ticket the clerk chose: call it out of order, take back a no-show or cancellation
 * just made (undo), restore a missed ticket of today to the queue.
 */
const chosenTicketAction = z.strictObject({
	windowId: id,
	action: z.enum(CHOSEN_TICKET_ACTIONS),
	ticketId: id
});
const pauseAction = z.strictObject({
	windowId: id,
	action: z.literal('pause'),
	reason: z.string().trim().min(1).max(PAUSE_REASON_MAX)
});

export const windowActionRequest = z.discriminatedUnion('action', [
	simpleAction,
	transferAction,
	chosenTicketAction,
	pauseAction
]);
export type WindowActionRequest = z.infer<typeof windowActionRequest>;
