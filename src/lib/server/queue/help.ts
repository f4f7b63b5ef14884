/**
 * "Potrzebuję pomocy" at the kiosk (SR-32): what a visitor's press does, given the kiosk's recent
 * requests. Pure: the time is passed in. A press while a request is open (or just answered) shows
 * that request's state instead of alerting the front desk again, and a kiosk alerts only so many
 * times in a while, so a child playing with the button does not ring every console all day.
 */

/** A request nobody acknowledged within this long is no longer shown as open (the visitor left). */
export const HELP_OPEN_MS = 15 * 60_000;
/** After an acknowledgement the kiosk says "someone is coming" for this long. */
export const HELP_COMING_MS = 3 * 60_000;
/**
 * A kiosk alerts the front desk at most HELP_LIMIT times in HELP_LIMIT_WINDOW_MS: enough for
 * every real visitor (each is answered in minutes), not for a game.
 */
export const HELP_LIMIT = 3;
export const HELP_LIMIT_WINDOW_MS = 30 * 60_000;

export interface HelpRequest {
	id: number;
	locationId: number;
	kiosk: string;
	place: string;
	departmentId: number | null;
	requestedAt: number;
	acknowledgedAt: number | null;
	acknowledgedBy: number | null;
}

export type HelpPress =
	| { kind: 'new' }
	/** The kiosk's request is still waiting for a clerk. */
	| { kind: 'open'; request: HelpRequest }
	/** A clerk said "Idę" lately. */
	| { kind: 'coming'; request: HelpRequest }
	/** Too many alerts lately: the visitor is sent to the desk, and told when to try again. */
	| { kind: 'limited'; retryAt: number };

/**
 * What a press at a kiosk does, given that kiosk's requests made in the last
 * HELP_LIMIT_WINDOW_MS (or more), newest first.
 */
export function pressHelp(recent: readonly HelpRequest[], now: number): HelpPress {
	const latest = recent[0];
	if (!latest) return { kind: 'new' };
	const state = helpState(latest, now);
	if (state === 'open') return { kind: 'open', request: latest };
	if (state === 'coming') return { kind: 'coming', request: latest };
	const counted = recent.filter((r) => now - r.requestedAt < HELP_LIMIT_WINDOW_MS);
	if (counted.length < HELP_LIMIT) return { kind: 'new' };
	// The oldest counted alert leaves the window first: then one more may go.
	return { kind: 'limited', retryAt: counted[HELP_LIMIT - 1]!.requestedAt + HELP_LIMIT_WINDOW_MS };
}

/** Where a request stands at `now`: waiting for a clerk, a clerk coming, or over. */
export function helpState(request: HelpRequest, now: number): 'open' | 'coming' | 'over' {
	if (request.acknowledgedAt === null) {
		return now - request.requestedAt < HELP_OPEN_MS ? 'open' : 'over';
	}
	return now - request.acknowledgedAt < HELP_COMING_MS ? 'coming' : 'over';
}
