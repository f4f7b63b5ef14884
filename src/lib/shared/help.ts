/**
 * Help and idle alerts (issue 15, SR-32 and SR-03) on the wire: the kiosk's "Potrzebuję pomocy",
 * the front desk's alert and its "Idę", and a console's idle alert. No visitor data anywhere.
 */
import { z } from 'zod';
import { kioskId } from './schemas';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** A kiosk's press: its location and (staff trying the kiosk page) its `?kiosk=` key. */
export const helpRequest = z.strictObject({ locationId: id, kiosk: kioskId });
/** A clerk at a front-desk window answers "Idę" to one request. */
export const helpAcknowledge = z.strictObject({ windowId: id, requestId: id });

/** What the kiosk shows after a press. */
export type HelpStateDto =
	/** The front desk was alerted (now or earlier) and nobody has answered yet. */
	| { state: 'open'; requestId: number; requestedAt: number }
	/** A clerk answered "Idę". */
	| { state: 'coming'; requestId: number; by: string }
	/** Too soon after the kiosk's last alert: go to the front desk, or press again at `retryAt`. */
	| { state: 'limited'; retryAt: number };

/** A kiosk's call for help as the front-desk consoles show it. */
export interface HelpAlertDto {
	id: number;
	locationId: number;
	/** Where the kiosk stands (its device name, or its key). */
	place: string;
	requestedAt: number;
	/** Set once a clerk answered "Idę" (the alert then leaves every console). */
	acknowledgedAt: number | null;
	acknowledgedBy: string | null;
}

/** A console's alerts, as `alerts:join` answers: the open help requests if it is a help desk. */
export interface ConsoleAlertsDto {
	/** Whether this window's consoles are alerted when a kiosk asks for help. */
	helpDesk: boolean;
	help: HelpAlertDto[];
	idle: IdleAlertDto | null;
}

/**
 * The window is open and idle while a ticket it could call waited past its matter's target
 * (once per episode); `overSince: null` clears it (a call, a pause, nothing waiting too long).
 */
export interface IdleAlertDto {
	windowId: number;
	serviceId: number | null;
	serviceName: string | null;
	overSince: number | null;
}

/** Idle-with-waiting time of one window over a period (the manager's statistics). */
export interface IdleWindowTimeDto {
	windowId: number;
	label: string;
	room: string;
	/** Milliseconds idle while a ticket it could call waited past its target. */
	ms: number;
	episodes: number;
}
