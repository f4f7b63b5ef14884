/**
 * The one way tests reach the office administration pages (/admin/…), signed in as the test
 * server's demo administrator (its session cookie, see tests/support/server.ts).
 */
import { defaultCookie } from './credentials';

export interface AdminAnswer {
	status: number;
	/** The page as a browser without JavaScript gets it (errors in the request's language). */
	html: string;
}

export interface AdminClient {
	get(path: string, lang?: 'pl' | 'en'): Promise<AdminAnswer>;
	/**
	 * Submit a form action as a plain HTML form does: `path` like `/admin/windows`, `action` like
	 * `save`; `fields` values, arrays for repeated names (checkbox lists).
	 */
	submit(
		path: string,
		action: string,
		fields: Record<string, string | number | readonly (string | number)[]>,
		options?: { lang?: 'pl' | 'en'; query?: string }
	): Promise<AdminAnswer>;
	/** Post any body (hostile-input tests): `url` is the path with its query, e.g. `/admin/windows?/save`. */
	raw(
		url: string,
		body: string | Uint8Array<ArrayBuffer>,
		contentType: string
	): Promise<AdminAnswer>;
}

/** `cookie`: another account's session (a manager's); default the server's administrator. */
export function adminClient(server: { url: string }, cookie?: string): AdminClient {
	// Signed in as the server's demo administrator (see RunningServer.adminCookie).
	const headers = (lang: 'pl' | 'en' | undefined): Record<string, string> => ({
		accept: 'text/html',
		cookie: [lang ? `lang=${lang}` : '', cookie ?? defaultCookie(server.url)]
			.filter(Boolean)
			.join('; ')
	});
	return {
		async get(path, lang) {
			const res = await fetch(server.url + path, { headers: headers(lang) });
			return { status: res.status, html: await res.text() };
		},
		async submit(path, action, fields, options = {}) {
			const body = new URLSearchParams();
			for (const [k, v] of Object.entries(fields)) {
				for (const one of Array.isArray(v) ? v : [v]) body.append(k, String(one));
			}
			// As the page's own form does: the location, and the row being edited.
			const query = options.query ?? `location=1${fields.id ? `&edit=${String(fields.id)}` : ''}`;
			const res = await fetch(`${server.url}${path}?/${action}&${query}`, {
				method: 'POST',
				redirect: 'manual',
				headers: {
					...headers(options.lang),
					'content-type': 'application/x-www-form-urlencoded',
					// SvelteKit refuses form posts from another origin; a browser sends its own.
					origin: server.url
				},
				body
			});
			return { status: res.status, html: await res.text() };
		},
		async raw(url, body, contentType) {
			const res = await fetch(server.url + url, {
				method: 'POST',
				redirect: 'manual',
				headers: { ...headers(undefined), 'content-type': contentType, origin: server.url },
				body
			});
			return { status: res.status, html: await res.text() };
		}
	};
}

/** The text of the page's field errors (`<p class="error" id="…-error">`), in page order. */
export function fieldErrors(html: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const m of html.matchAll(/<p class="error[^"]*" id="[\w-]+?-(\w+)-error">([^<]*)</g)) {
		out[m[1]!] = decode(m[2]!);
	}
	return out;
}

/** The texts of the error summary (role="alert") above a form. */
export function summaryErrors(html: string): string[] {
	const box = /role="alert"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
	return [...box.matchAll(/<li[^>]*>(?:<!--[^>]*-->)*(?:<a [^>]*>)?([^<]+)</g)].map((m) =>
		decode(m[1]!)
	);
}

function decode(text: string): string {
	return text
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/** Something that reads SQL: the app's database in a unit test, a read-only copy's otherwise. */
interface Reader {
	prepare(sql: string): {
		get(...args: unknown[]): unknown;
		all(...args: unknown[]): unknown[];
		pluck(): { all(...args: unknown[]): unknown[] };
	};
}

type Fields = Record<string, string | string[]>;

/** The fields of a window's form as the page fills them in (window by label). */
export function windowForm(db: Reader, label: string): Fields {
	const w = db.prepare('SELECT * FROM windows WHERE label = ?').get(label) as {
		id: number;
		room: string;
		status: string;
	};
	const services = db
		.prepare('SELECT service_id FROM window_services WHERE window_id = ? ORDER BY service_id')
		.pluck()
		.all(w.id) as number[];
	return {
		id: String(w.id),
		label,
		room: w.room,
		status: w.status,
		serviceIds: services.map(String)
	};
}

export function departmentForm(db: Reader, id: number): Fields {
	const d = db.prepare('SELECT * FROM departments WHERE id = ?').get(id) as Record<string, string>;
	return {
		id: String(id),
		namePl: d.name_pl!,
		nameEn: d.name_en!,
		kind: d.kind!,
		notePl: d.note_pl ?? '',
		noteEn: d.note_en ?? '',
		prefix: d.prefix!,
		sort: String(d.sort)
	};
}

export function serviceForm(db: Reader, id: number): Fields {
	const s = db.prepare('SELECT * FROM services WHERE id = ?').get(id) as Record<string, unknown>;
	const form: Fields = {
		id: String(id),
		namePl: String(s.name_pl),
		nameEn: String(s.name_en),
		departmentId: String(s.department_id),
		prefix: String(s.prefix ?? ''),
		onlineUrl: String(s.online_url ?? ''),
		waitTargetMinutes: String(s.wait_target_minutes),
		waitTargetShare: String(s.wait_target_share),
		sort: String(s.sort)
	};
	if (s.priority_allowed) form.priorityAllowed = 'on';
	if (s.id_required) form.idRequired = 'on';
	if (s.active) form.active = 'on';
	if (s.available_when_limited) form.availableWhenLimited = 'on';
	return form;
}

/** The id of a matter by its code (M01…M28, SO, INFO, SKARGI). */
export function serviceId(db: Reader, code: string): number {
	return (db.prepare('SELECT id FROM services WHERE code = ?').get(code) as { id: number }).id;
}

/** Every table administration writes, to compare before and after a refusal. */
export function officeTables(db: Reader): string {
	return JSON.stringify(
		[
			'locations',
			'floors',
			'departments',
			'services',
			'windows',
			'window_services',
			'audit_log'
		].map((t) => db.prepare(`SELECT * FROM ${t}`).all())
	);
}
