/**
 * The public screens and the texts they show. A visitor's device (kiosk, board, phone, survey)
 * gets only these, in its current language, with the page itself (the root layout's data); staff
 * screens load the whole catalog. Admin, console and report texts are about 60% of the catalog
 * and no visitor sees them, so a cheap kiosk PC need not download or parse them.
 *
 * Both lists are allowlists: a new screen or a new group of texts is staff-only until it is
 * named here (tests/unit/i18n-public.test.ts checks that every key a public screen names is in).
 */
import type { MessageKey } from './pl';

/** SvelteKit route ids of the screens a visitor sees (null: a page that does not exist). */
const PUBLIC_ROUTES: ReadonlySet<string | null> = new Set([
	null,
	'/',
	'/kiosk',
	'/kiosk/[location]',
	'/display',
	'/display/[location]',
	'/t/[code]',
	'/survey/[token]',
	'/survey/window/[window]',
	'/rezerwacja',
	'/rezerwacja/[token]'
]);

export function isPublicRoute(routeId: string | null): boolean {
	return PUBLIC_ROUTES.has(routeId);
}

/** Key prefixes (a whole key, or its start up to a dot) of the texts public screens show. */
export const PUBLIC_KEY_PREFIXES = [
	'app.',
	'lang.',
	'common.',
	'connection.',
	'api.',
	'mode.',
	'access.',
	'contact.',
	'floor.',
	'place.',
	'priority.',
	'ticket.',
	'window.',
	'page_error.',
	'home.',
	'locations.',
	'hours.',
	'consult.',
	'kiosk.',
	'board.',
	'live.',
	'wait.',
	'print.',
	'survey.',
	'booking.',
	// The booking page's refusals, the API's words.
	'error.booking_refused',
	'error.booking_refused.',
	'error.too_many_requests',
	'error.bad_request',
	'error.too_large',
	'printer.condition.',
	'printer.not_configured',
	// printing.ts, shared by the kiosk and the console, names the console's reprint results too.
	'clerk.offline',
	'clerk.timeout',
	'clerk.reprint.',
	// Opening hours' day names (format.ts), named for the report that had them first.
	'manage.weekday.',
	// The home page's bar for a signed-in clerk who looks at the public screens.
	'auth.login.submit',
	'auth.signed_in_as',
	'auth.account',
	'auth.bookings',
	'auth.inquiries',
	'auth.logout'
] as const;

type Prefix = (typeof PUBLIC_KEY_PREFIXES)[number];
/** The keys a prefix names: a whole key, or every key starting with it when it ends in a dot. */
type Named<P extends string> = P extends `${string}.` ? `${P}${string}` : P;
/**
 * The public screens' keys, as a type: what a visitor's language (Ukrainian) must define in full,
 * so a missing text is a type error (svelte-check), not a key shown on a kiosk.
 */
export type PublicKey = Extract<MessageKey, Named<Prefix>>;

export function isPublicKey(key: string): boolean {
	return PUBLIC_KEY_PREFIXES.some((prefix) =>
		prefix.endsWith('.') ? key.startsWith(prefix) : key === prefix
	);
}
