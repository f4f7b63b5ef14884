import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	checkOrigin,
	checkRequest,
	EVENT_RULES,
	mayEmit,
	ROLES,
	type Principal
} from '../../src/lib/server/auth/guard';

const ROUTES = path.resolve(import.meta.dirname, '../../src/routes');

/** Every +server.ts under src/routes with its exported methods and a concrete sample path. */
function endpoints(): { method: string; path: string }[] {
	const found: { method: string; path: string }[] = [];
	const walk = (dir: string) => {
		for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.name === '+server.ts') {
				const route = path
					.relative(ROUTES, dir)
					.split(path.sep)
					.map((seg) => seg.replace(/^\[action\]$/, 'call').replace(/^\[.+\]$/, '1'))
					.join('/');
				const source = fs.readFileSync(full, 'utf8');
				for (const m of source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)) {
					found.push({ method: m[1]!, path: '/' + route });
				}
			}
		}
	};
	walk(ROUTES);
	return found;
}

const only = (...roles: Principal['roles'][number][]): Principal => ({ roles, label: 'test' });
/** A principal holding every role: what every rule must let through somewhere. */
const OPEN_ACCESS = only(...ROLES);

describe('the guard point', () => {
	it('has a rule for every API endpoint, so nothing bypasses it', () => {
		const list = endpoints();
		expect(list.length).toBeGreaterThan(8);
		for (const e of list)
			expect(checkRequest(OPEN_ACCESS, e.method, e.path), `${e.method} ${e.path}`).toBe('allow');
	});

	it('covers every page a person opens', () => {
		for (const page of [
			'/',
			'/kiosk',
			'/kiosk/bierun',
			'/display/bierun',
			'/clerk',
			'/clerk/3',
			'/kiosk/bierun/__data.json',
			'/manage',
			'/manage/day',
			'/survey/paper',
			'/survey/window/4',
			'/survey/abcdefghijklmnopqrstuvwxyz',
			'/t/abcdefghijklmnopqrstuvwxyz',
			'/t/abcdefghijklmnopqrstuvwxyz/__data.json',
			'/printers',
			'/admin/locations',
			'/admin/departments',
			'/admin/services',
			'/admin/windows',
			'/admin/windows/__data.json',
			'/admin/appointments',
			'/bookings',
			'/bookings/12',
			'/bookings/interpreter'
		]) {
			expect(checkRequest(OPEN_ACCESS, 'GET', page), page).toBe('allow');
		}
	});

	it('denies by default what no rule covers', () => {
		expect(checkRequest(OPEN_ACCESS, 'GET', '/api/secret')).toBe('unknown');
		expect(checkRequest(OPEN_ACCESS, 'DELETE', '/api/tickets')).toBe('unknown');
	});

	it("lets only managers and admins close the office day (a clerk's post is refused)", () => {
		for (const role of ['manager', 'admin'] as const) {
			expect(checkRequest(only(role), 'POST', '/manage/day')).toBe('allow');
		}
		for (const role of ['clerk', 'kiosk', 'board', 'anonymous'] as const) {
			expect(checkRequest(only(role), 'POST', '/manage/day'), role).toBe('deny');
			expect(checkRequest(only(role), 'GET', '/manage/day'), role).toBe('deny');
		}
		// Only this page of /manage takes a post.
		expect(checkRequest(only('admin'), 'POST', '/manage')).toBe('unknown');
	});

	it('keeps staff actions and the staff view from kiosks and boards', () => {
		for (const device of [only('kiosk'), only('board'), only('anonymous')]) {
			expect(checkRequest(device, 'POST', '/api/windows/1/call')).toBe('deny');
			expect(checkRequest(device, 'GET', '/api/locations/1/queue')).toBe('deny');
			expect(checkRequest(device, 'GET', '/clerk/1')).toBe('deny');
			expect(checkRequest(device, 'GET', '/manage')).toBe('deny');
			expect(checkRequest(device, 'GET', '/api/manage/survey.csv')).toBe('deny');
			expect(mayEmit(device, 'window:action')).toBe(false);
			expect(mayEmit(device, 'window:join')).toBe(false);
			expect(mayEmit(device, 'window:reprint')).toBe(false);
			expect(mayEmit(device, 'printer:join')).toBe(false);
			expect(checkRequest(device, 'POST', '/api/windows/1/reprint')).toBe('deny');
			expect(checkRequest(device, 'GET', '/printers')).toBe('deny');
			expect(checkRequest(device, 'GET', '/api/printers')).toBe('deny');
			expect(checkRequest(device, 'POST', '/api/printers/lobby-1/check')).toBe('deny');
		}
		// The live ticket is the visitor's: a phone with the code may follow it.
		expect(mayEmit(only('anonymous'), 'ticket:join')).toBe(true);
		expect(checkRequest(only('anonymous'), 'GET', '/t/abcdefghijklmnopqrstuvwxyz')).toBe('allow');
		expect(checkRequest(only('kiosk'), 'POST', '/api/tickets')).toBe('allow');
		expect(checkRequest(only('board'), 'POST', '/api/tickets')).toBe('deny');
		expect(mayEmit(only('board'), 'board:join')).toBe(true);
		expect(mayEmit(only('clerk'), 'window:action')).toBe(true);
		// The survey tablet is a kiosk-type device; paper entry is for staff.
		expect(mayEmit(only('kiosk'), 'survey:join')).toBe(true);
		expect(checkRequest(only('kiosk'), 'POST', '/api/survey/paper')).toBe('deny');
		expect(checkRequest(only('anonymous'), 'POST', '/api/survey')).toBe('allow');
	});

	it('lets managers configure their departments and only admins the locations', () => {
		for (const page of ['/admin/departments', '/admin/services', '/admin/windows']) {
			for (const method of ['GET', 'POST']) {
				expect(checkRequest(only('manager'), method, page), page).toBe('allow');
				expect(checkRequest(only('admin'), method, page), page).toBe('allow');
				for (const other of [only('clerk'), only('kiosk'), only('board'), only('anonymous')]) {
					expect(checkRequest(other, method, page), `${other.roles[0]} ${page}`).toBe('deny');
				}
			}
		}
		expect(checkRequest(only('admin'), 'POST', '/admin/locations')).toBe('allow');
		expect(checkRequest(only('manager'), 'GET', '/admin/locations')).toBe('deny');
		expect(checkRequest(only('manager'), 'POST', '/admin/locations')).toBe('deny');
		expect(checkRequest(only('admin'), 'GET', '/admin/locations/extra')).toBe('unknown');
	});

	it('has a rule for every socket event and refuses unknown ones', () => {
		expect(Object.keys(EVENT_RULES).sort()).toEqual([
			'alerts:join',
			'board:join',
			'help:acknowledge',
			'help:request',
			'printer:join',
			'summons:accept',
			'summons:arrived',
			'summons:cancel',
			'summons:decline',
			'summons:join',
			'summons:send',
			'survey:join',
			'ticket:join',
			'window:action',
			'window:hold',
			'window:join',
			'window:reprint'
		]);
		expect(mayEmit(OPEN_ACCESS, 'admin:drop')).toBe(false);
	});
});

describe('where a request comes from', () => {
	const OWN = 'http://okienko.local:3000';
	const from = (
		method: string,
		path: string,
		origin: string | null,
		referer: string | null = null,
		contentType: string | null = 'application/json'
	) => checkOrigin({ method, path, origin, referer, contentType }, OWN);

	it('lets reads through from anywhere: a page of another site may link to us', () => {
		for (const method of ['GET', 'HEAD', 'OPTIONS']) {
			expect(from(method, '/api/windows/1', 'http://evil.example', null, null)).toBe('ok');
		}
	});

	it('judges a change by Origin, else Referer, and refuses one naming neither', () => {
		const table: [string | null, string | null, ReturnType<typeof from>][] = [
			[OWN, null, 'ok'],
			[null, `${OWN}/clerk/4?x=1`, 'ok'],
			['', `${OWN}/clerk/4`, 'ok'],
			['http://evil.example', null, 'cross_origin'],
			['http://evil.example', `${OWN}/clerk/4`, 'cross_origin'],
			['https://okienko.local:3000', null, 'cross_origin'],
			['http://okienko.local:3001', null, 'cross_origin'],
			['http://sub.okienko.local:3000', null, 'cross_origin'],
			['null', null, 'cross_origin'],
			['null', `${OWN}/clerk/4`, 'cross_origin'],
			['not a url', null, 'cross_origin'],
			[null, 'http://evil.example/page', 'cross_origin'],
			[null, null, 'cross_origin'],
			['', '', 'cross_origin']
		];
		for (const [origin, referer, verdict] of table) {
			for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
				expect(from(method, '/api/windows/1/call', origin, referer), `${origin} ${referer}`).toBe(
					verdict
				);
				expect(from(method, '/logout', origin, referer, null), `${origin} ${referer}`).toBe(
					verdict
				);
			}
		}
	});

	it('makes an API change declare JSON, with a body or without', () => {
		expect(from('POST', '/api/windows/1/call', OWN, null, null)).toBe('not_json');
		expect(from('POST', '/api/windows/1/call', OWN, null, 'text/plain')).toBe('not_json');
		expect(from('POST', '/api/tickets', OWN, null, 'application/x-www-form-urlencoded')).toBe(
			'not_json'
		);
		expect(from('POST', '/api/tickets', OWN, null, 'Application/JSON; charset=utf-8')).toBe('ok');
		// Pages take forms (SvelteKit form actions).
		expect(from('POST', '/login', OWN, null, 'application/x-www-form-urlencoded')).toBe('ok');
	});
});
