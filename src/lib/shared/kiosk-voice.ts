/**
 * Audio at the kiosk (issue 16): what the kiosk may ask the server to say, as short keys the
 * server turns into sentences itself (GET /kiosk-voice/{location}/{lang}/{key}). A key names a
 * step of the kiosk, an office text by id, a ticket by its code or one of a closed list of
 * buttons: never text from the browser, so the synthesiser reads only what the office wrote.
 * Shared by the kiosk's lazy audio code and the server, so both build and read keys one way.
 */

/** Per kiosk, set by an administrator: no toggle, a toggle that starts off, or one that starts on. */
export const KIOSK_AUDIO_MODES = ['off', 'offered', 'on'] as const;
export type KioskAudioMode = (typeof KIOSK_AUDIO_MODES)[number];

export function isKioskAudioMode(value: unknown): value is KioskAudioMode {
	return KIOSK_AUDIO_MODES.includes(value as KioskAudioMode);
}

/** The buttons whose label is said when focused or touched (the i18n keys they show). */
export const SPOKEN_BUTTONS = [
	'kiosk.checkin.open',
	'kiosk.checkin.walk_in',
	'kiosk.checkin.submit',
	'kiosk.checkin.clear',
	'kiosk.checkin.delete',
	'kiosk.ticket.normal',
	'kiosk.ticket.done',
	'kiosk.countdown.again',
	'kiosk.help.button',
	'kiosk.help.close',
	'kiosk.unavailable.back',
	'common.back',
	'common.start_over',
	'priority.pregnant',
	'priority.small_children',
	'priority.elderly',
	'priority.limited_mobility'
] as const;
export type SpokenButton = (typeof SPOKEN_BUTTONS)[number];

/** What the kiosk asks to hear: a whole step, or the one button the visitor is on. */
export type KioskSpeech =
	| { kind: 'departments' }
	| { kind: 'service'; department: number }
	| { kind: 'ticket_kind'; service: number }
	| { kind: 'unavailable'; service: number }
	| { kind: 'check_in' }
	| { kind: 'help' }
	| { kind: 'closed' }
	| { kind: 'issued'; code: string }
	| { kind: 'department_name'; department: number }
	| { kind: 'service_name'; service: number }
	| { kind: 'button'; key: SpokenButton }
	| { kind: 'digit'; digit: number };

/** A ticket's code (the /t/{code} one: 26 base32 characters, shared/schemas TICKET_CODE). */
const CODE = /^[a-z2-7]{26}$/;

/** The key of the URL path: `departments`, `service-3`, `issued-{code}`, `button-common.back`… */
export function kioskSpeechKey(s: KioskSpeech): string {
	switch (s.kind) {
		case 'service':
			return `service-${s.department}`;
		case 'ticket_kind':
			return `ticket_kind-${s.service}`;
		case 'unavailable':
			return `unavailable-${s.service}`;
		case 'issued':
			return `issued-${s.code}`;
		case 'department_name':
			return `department_name-${s.department}`;
		case 'service_name':
			return `service_name-${s.service}`;
		case 'button':
			return `button-${s.key}`;
		case 'digit':
			return `digit-${s.digit}`;
		default:
			return s.kind;
	}
}

const id = (v: string) => (/^[1-9]\d{0,8}$/.test(v) ? Number(v) : null);

/** The key back, or null for anything the server does not say (then 404). */
export function parseKioskSpeech(key: string): KioskSpeech | null {
	if (key === 'departments' || key === 'check_in' || key === 'help' || key === 'closed') {
		return { kind: key };
	}
	const dash = key.indexOf('-');
	if (dash < 0) return null;
	const kind = key.slice(0, dash);
	const arg = key.slice(dash + 1);
	const n = id(arg);
	switch (kind) {
		case 'service':
			return n ? { kind, department: n } : null;
		case 'department_name':
			return n ? { kind, department: n } : null;
		case 'ticket_kind':
		case 'unavailable':
		case 'service_name':
			return n ? { kind, service: n } : null;
		case 'issued':
			return CODE.test(arg) ? { kind, code: arg } : null;
		case 'button':
			return (SPOKEN_BUTTONS as readonly string[]).includes(arg)
				? { kind, key: arg as SpokenButton }
				: null;
		case 'digit':
			return /^\d$/.test(arg) ? { kind, digit: Number(arg) } : null;
		default:
			return null;
	}
}

/** What the kiosk shows now, as far as its read-aloud needs to know (the page's KioskFlow). */
export interface KioskScreen {
	helpOpen: boolean;
	step: 'department' | 'service' | 'kind' | 'ticket' | 'unavailable' | 'check_in';
	issuedCode: string | null;
	departmentId: number | null;
	serviceId: number | null;
	closedToday: boolean;
}

/** The step the kiosk shows, as the page chooses it (kiosk/[location]/+page.svelte, same order). */
export function screenSpeech(s: KioskScreen): KioskSpeech {
	if (s.helpOpen) return { kind: 'help' };
	if (s.step === 'ticket' && s.issuedCode) return { kind: 'issued', code: s.issuedCode };
	if (s.step === 'check_in') return { kind: 'check_in' };
	if (s.step === 'unavailable' && s.serviceId) return { kind: 'unavailable', service: s.serviceId };
	if (s.step === 'kind' && s.serviceId) return { kind: 'ticket_kind', service: s.serviceId };
	if (s.step === 'service' && s.departmentId)
		return { kind: 'service', department: s.departmentId };
	if (s.closedToday) return { kind: 'closed' };
	return { kind: 'departments' };
}

/** The route that says a key (GET, docs/api.md). */
export function kioskVoiceUrl(locationId: number, lang: string, key: string): string {
	return `/kiosk-voice/${locationId}/${lang}/${encodeURIComponent(key)}`;
}
