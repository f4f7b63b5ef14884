/**
 * The one place that decides who may do what: every HTTP route (hooks.server.ts) and every
 * socket event (realtime/attach.ts) asks here. The principal comes from the request's cookies
 * (auth/sign-in.ts: a staff session or a paired device's credential); the rules below say
 * which roles may use each route and event, and the scope checks further down narrow a role
 * to its own location (devices) or departments (clerks and managers).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { ClientToServerEvents } from '$lib/shared/socket-events';

/** `monitor`: a scraper of /metrics (monitorAccess below), never a person or a device. */
export const ROLES = [
	'anonymous',
	'kiosk',
	'board',
	'clerk',
	'manager',
	'admin',
	'monitor'
] as const;
export type Role = (typeof ROLES)[number];

export type StaffRole = 'clerk' | 'manager' | 'admin';
export type DeviceKind = 'kiosk' | 'board';

export interface Principal {
	roles: readonly Role[];
	/** Shown in logs and the audit log; never a secret. */
	label: string;
	/** A signed-in staff member (a session cookie). */
	staff?: {
		id: number;
		role: StaffRole;
		/** The departments they work in (clerks operate these; managers configure these). */
		departmentIds: readonly number[];
		/** SHA-256 of the session token, so "log out" and revocation can find the session. */
		sessionId: string;
	};
	/** A paired kiosk or board (a device credential cookie). */
	device?: {
		id: number;
		kind: DeviceKind;
		locationId: number;
		/** The kiosk's printer key in OKIENKO_KIOSKS, if any. */
		printerKey: string | null;
	};
}

export const ANONYMOUS: Principal = { roles: ['anonymous'], label: 'anonymous' };

/** The one role a principal is counted and logged under: the staff role, the device kind, or anonymous. */
export function roleOf(principal: Principal): Role {
	return principal.staff?.role ?? principal.device?.kind ?? 'anonymous';
}

/** Admins act on every department; managers and clerks on their own. */
export function mayActOnDepartment(principal: Principal, departmentId: number): boolean {
	if (principal.roles.includes('admin')) return true;
	return !!principal.staff?.departmentIds.includes(departmentId);
}

const STAFF: Role[] = ['clerk', 'manager', 'admin'];
const EVERYONE: Role[] = [...ROLES];
const MANAGERS: Role[] = ['manager', 'admin'];
const ADMIN: Role[] = ['admin'];

interface RouteRule {
	pattern: RegExp;
	methods: string[] | '*';
	allow: Role[];
}

/** First matching rule wins; a path no rule matches is refused (deny by default). */
export const ROUTE_RULES: RouteRule[] = [
	// Signing in, the first administrator, pairing a device: before anyone is known.
	{ pattern: /^\/(login|setup|pair)$/, methods: ['GET', 'POST'], allow: EVERYONE },
	{ pattern: /^\/logout$/, methods: ['POST'], allow: EVERYONE },
	{ pattern: /^\/account$/, methods: ['GET', 'POST'], allow: STAFF },
	// Administration: staff, devices and the audit log are the administrator's.
	{ pattern: /^\/admin\/(staff|devices|audit)(\/.*)?$/, methods: ['GET', 'POST'], allow: ADMIN },
	{ pattern: /^\/admin$/, methods: ['GET'], allow: MANAGERS },
	{ pattern: /^\/api\/tickets$/, methods: ['POST'], allow: ['kiosk', ...STAFF] },
	{ pattern: /^\/api\/tickets\/[^/]+$/, methods: ['GET'], allow: EVERYONE },
	// Appointments: anyone books, and sees or cancels their own booking with its link.
	{ pattern: /^\/api\/bookings$/, methods: ['POST'], allow: EVERYONE },
	// Check-in turns a booking into a ticket: the kiosk's (staff may try it), as taking a ticket.
	{ pattern: /^\/api\/bookings\/check-in$/, methods: ['POST'], allow: ['kiosk', ...STAFF] },
	{ pattern: /^\/api\/bookings\/[^/]+$/, methods: ['GET'], allow: EVERYONE },
	{ pattern: /^\/api\/bookings\/[^/]+\/cancel$/, methods: ['POST'], allow: EVERYONE },
	// The booking page and a booking's own page (its form actions: book, cancel).
	{ pattern: /^\/rezerwacja(\/[^/]+)?$/, methods: ['GET', 'POST'], allow: EVERYONE },
	{ pattern: /^\/api\/windows(\/.*)?$/, methods: '*', allow: STAFF },
	// The staff view carries transfer notes: staff only.
	{ pattern: /^\/api\/locations\/[^/]+\/queue$/, methods: ['GET'], allow: STAFF },
	{ pattern: /^\/api\/locations(\/.*)?$/, methods: ['GET'], allow: EVERYONE },
	{ pattern: /^\/kiosk(\/.*)?$/, methods: ['GET'], allow: ['kiosk', ...STAFF] },
	{ pattern: /^\/display(\/.*)?$/, methods: ['GET'], allow: ['board', ...STAFF] },
	// The board's spoken calls (issue 16): phrases synthesised on the server, the office's clips.
	{
		pattern: /^\/voice\/(say|clip)\/[^/]+(\/[^/]+)?$/,
		methods: ['GET'],
		allow: ['board', 'kiosk', ...STAFF]
	},
	// Audio at the kiosk (issue 16): a step said aloud; the route narrows it to the kiosk's location.
	{
		pattern: /^\/kiosk-voice\/[^/]+\/[^/]+\/[^/]+$/,
		methods: ['GET'],
		allow: ['kiosk', ...STAFF]
	},
	// The board's voice, its quiet hours and the recorded clips: the administrator's, audited.
	{ pattern: /^\/admin\/voice$/, methods: ['GET', 'POST'], allow: ADMIN },
	{ pattern: /^\/clerk(\/.*)?$/, methods: '*', allow: STAFF },
	// The inquiry register (Annex 2): every clerk takes inquiries; each one is read by whom it concerns.
	{ pattern: /^\/inquiries(\/[^/]+)?$/, methods: ['GET', 'POST'], allow: STAFF },
	// The staff directory: every signed-in person; its forms set presence (desk/directory.ts checks whose).
	{ pattern: /^\/directory$/, methods: ['GET', 'POST'], allow: STAFF },
	// The staff's question log (issue 15, SR-26): every clerk writes notes from the console.
	{ pattern: /^\/api\/notes$/, methods: ['POST'], allow: STAFF },
	// Printers: status, checks and the print preview. A stand-in for the admin view.
	{ pattern: /^\/api\/printers(\/.*)?$/, methods: ['GET', 'POST'], allow: STAFF },
	{ pattern: /^\/printers$/, methods: ['GET'], allow: STAFF },
	{ pattern: /^\/api\/health$/, methods: ['GET'], allow: EVERYONE },
	// Prometheus: with the metrics token, or from this machine itself (monitorAccess).
	{ pattern: /^\/metrics$/, methods: ['GET'], allow: ['monitor'] },
	// The public screens' texts in a language a visitor switches to (routes/api/i18n).
	{ pattern: /^\/api\/i18n\/[^/]+$/, methods: ['GET'], allow: EVERYONE },
	// Results and statistics: managers (and admins).
	{ pattern: /^\/api\/manage(\/.*)?$/, methods: ['GET'], allow: MANAGERS },
	// Closing the office day by hand (issue 12, item 16): a form post, managers and admins.
	{ pattern: /^\/manage\/day$/, methods: ['GET', 'POST'], allow: MANAGERS },
	{ pattern: /^\/manage(\/.*)?$/, methods: ['GET'], allow: MANAGERS },
	// Office administration: locations and floors are the admins'; managers configure their
	// departments (their matters, and windows serving them); office/admin.ts checks which.
	{ pattern: /^\/admin\/locations$/, methods: ['GET', 'POST'], allow: ADMIN },
	// The office's calendar (closure and extra working days): managers and admins, audited.
	{ pattern: /^\/admin\/calendar$/, methods: ['GET', 'POST'], allow: MANAGERS },
	// Messages to visitors (recipients masked) and "retry now": managers and admins, audited.
	{ pattern: /^\/admin\/outbox$/, methods: ['GET', 'POST'], allow: MANAGERS },
	// Appointment schedules, the interpreter's week, the booking policy (office/admin-appointments.ts).
	{ pattern: /^\/admin\/appointments$/, methods: ['GET', 'POST'], allow: MANAGERS },
	// Booking for a client on the phone, and the interpreter's diary: every clerk answers calls.
	{ pattern: /^\/bookings(\/[^/]+)?$/, methods: ['GET', 'POST'], allow: STAFF },
	{
		pattern: /^\/admin\/(departments|services|windows)$/,
		methods: ['GET', 'POST'],
		allow: MANAGERS
	},
	// The survey: a visitor answers with their visit's token; paper forms are typed in by staff.
	{ pattern: /^\/api\/survey\/paper$/, methods: ['POST'], allow: STAFF },
	{ pattern: /^\/api\/survey(\/[^/]+)?$/, methods: ['GET', 'POST'], allow: EVERYONE },
	// Paper forms are typed in by staff; the survey tablet at a window is a kiosk-type device.
	{ pattern: /^\/survey\/paper$/, methods: ['GET'], allow: STAFF },
	{ pattern: /^\/survey\/window\/[^/]+$/, methods: ['GET'], allow: ['kiosk', ...STAFF] },
	{ pattern: /^\/survey\/[^/]+$/, methods: ['GET'], allow: EVERYONE },
	// Pages and assets anyone may load: the start page, the live ticket, the app's own files.
	{
		pattern: /^\/(t\/[^/]+|_app\/.*|sounds\/.*|favicon\.\w+|robots\.txt)?$/,
		methods: ['GET', 'HEAD'],
		allow: EVERYONE
	}
];

export const EVENT_RULES: Record<keyof ClientToServerEvents, Role[]> = {
	'board:join': ['kiosk', 'board', ...STAFF],
	'window:join': STAFF,
	// The survey tablet at a window is a kiosk-type device.
	'survey:join': ['kiosk', ...STAFF],
	'window:action': STAFF,
	'window:hold': STAFF,
	'window:reprint': STAFF,
	'printer:join': STAFF,
	// A visitor's phone, with the unguessable code from the ticket's QR link.
	'ticket:join': EVERYONE,
	// Summoning a specialist (issue 15): staff only; desk/summons.ts checks whose summons it is.
	'summons:join': STAFF,
	'summons:send': STAFF,
	'summons:accept': STAFF,
	'summons:decline': STAFF,
	'summons:arrived': STAFF,
	'summons:cancel': STAFF,
	// "Potrzebuję pomocy" (issue 15): the kiosk asks (staff may try the kiosk page); consoles answer.
	'help:request': ['kiosk', ...STAFF],
	'alerts:join': STAFF,
	'help:acknowledge': STAFF
};

/** Devices act only for the location they are paired to; staff for every location. */
export function mayUseLocation(principal: Principal, locationId: number): boolean {
	return principal.device ? principal.device.locationId === locationId : true;
}

/**
 * A window is operated by staff of a department it serves (its matters' departments);
 * admins operate every window.
 */
export function mayOperateWindow(principal: Principal, windowDepartmentIds: readonly number[]) {
	if (!principal.staff) return false;
	if (principal.roles.includes('admin')) return true;
	return windowDepartmentIds.some((d) => principal.staff!.departmentIds.includes(d));
}

/**
 * 'allow', 'deny' (a rule covers the path but not this principal), or 'unknown' (no rule covers
 * this method and path: the caller answers 404/405, and nothing runs).
 */
export function checkRequest(
	principal: Principal,
	method: string,
	path: string
): 'allow' | 'deny' | 'unknown' {
	// A page's data request (…/__data.json) is the page itself.
	const page = path.replace(/\/__data\.json$/, '') || '/';
	const rule = ROUTE_RULES.find(
		(r) => r.pattern.test(page) && (r.methods === '*' || r.methods.includes(method))
	);
	if (!rule) return 'unknown';
	return rule.allow.some((role) => principal.roles.includes(role)) ? 'allow' : 'deny';
}

/** The monitoring endpoint: machines read it; a refusal is a status, not a sign-in page. */
export const METRICS_PATH = '/metrics';

export interface MonitorRequest {
	/** The Authorization header. */
	authorization: string | null;
	/** The client's address as the server sees it (adapter-node: the socket's, or ADDRESS_HEADER's). */
	address: string;
	/** The request came through a proxy (it names a forwarded client: X-Forwarded-For, Forwarded). */
	forwarded: boolean;
}

/**
 * Whether a request may read /metrics: it carries `Authorization: Bearer <OKIENKO_METRICS_TOKEN>`,
 * or it comes from this machine (a loopback address) directly. A request that came through a
 * proxy is not "from this machine" though the proxy connects from loopback: behind Caddy on the
 * same server every visitor's request arrives from 127.0.0.1, and Caddy names the visitor in
 * X-Forwarded-For.
 */
export function monitorAccess(req: MonitorRequest, token: string): boolean {
	if (token && req.authorization?.startsWith('Bearer ')) {
		return sameSecret(req.authorization.slice('Bearer '.length).trim(), token);
	}
	return !req.forwarded && isLoopback(req.address);
}

function isLoopback(address: string): boolean {
	const a = address.replace(/^::ffff:/i, '');
	return a === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a);
}

/** Compared as hashes, in constant time: the answer's timing says nothing of the token. */
function sameSecret(given: string, token: string): boolean {
	const digest = (s: string) => createHash('sha256').update(s).digest();
	return timingSafeEqual(digest(given), digest(token));
}

/** Methods that only read: a page of another site may send them, as it may link to us. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface RequestOrigin {
	method: string;
	path: string;
	/** The request's headers that name where it came from and what it carries. */
	origin: string | null;
	referer: string | null;
	contentType: string | null;
}

/**
 * Whether a request may change anything, judged by where it came from (cross-site request
 * forgery): 'ok'; 'cross_origin' for a state-changing request whose Origin (or, when a browser
 * sends none, Referer) is not this server's own origin, or that names neither (every browser
 * names one on such a request, so a request naming none comes from a script, which can name ours);
 * 'not_json' for an API request that does not declare a JSON body. The second matters because a
 * page of another site can send a body-less or text/plain POST without asking first (sendBeacon,
 * fetch in no-cors mode), but not an application/json one. SameSite cookies do not cover this:
 * another service on the same host at another port, or a sibling subdomain, is the same site.
 */
export function checkOrigin(
	req: RequestOrigin,
	ownOrigin: string
): 'ok' | 'cross_origin' | 'not_json' {
	if (SAFE_METHODS.has(req.method)) return 'ok';
	if (originOf(req.origin || req.referer) !== ownOrigin) return 'cross_origin';
	if (req.path.startsWith('/api/') && !isJson(req.contentType)) return 'not_json';
	return 'ok';
}

/** The origin (scheme, host and port) a header names; null for none, `null` or a malformed one. */
function originOf(header: string | null): string | null {
	if (!header || header === 'null') return null;
	try {
		const origin = new URL(header).origin;
		return origin === 'null' ? null : origin;
	} catch {
		return null;
	}
}

/** application/json, with or without parameters (charset). */
export function isJson(contentType: string | null | undefined): boolean {
	return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** Paths the rules cover that are data or files, not pages a person can be sent to. */
const NOT_PAGES =
	/^\/(api|_app|sounds|voice|kiosk-voice)(\/|$)|^\/(favicon\.\w+|robots\.txt|metrics)$|\/__data\.json$/;

/**
 * Whether a path is one of the app's own pages: a path the rules above let someone open with GET,
 * other than the API, the app's files and page data (where `?next=` may send someone, home.ts).
 */
export function isPage(path: string): boolean {
	return (
		!NOT_PAGES.test(path) &&
		ROUTE_RULES.some(
			(r) => r.pattern.test(path) && (r.methods === '*' || r.methods.includes('GET'))
		)
	);
}

export function mayEmit(principal: Principal, event: string): boolean {
	const allow = EVENT_RULES[event as keyof ClientToServerEvents];
	return !!allow && allow.some((role) => principal.roles.includes(role));
}
