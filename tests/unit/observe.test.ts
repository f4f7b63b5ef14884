/**
 * Watching the server (issue 17): the health rules, the paths logs may carry, and who may read
 * /metrics. The endpoints themselves are tested on the real server (tests/integration/metrics,
 * health and logging).
 */
import { describe, expect, it } from 'vitest';
import { monitorAccess } from '../../src/lib/server/auth/guard';
import { logLevelOf, redactPath } from '../../src/lib/server/log';
import {
	backupCheck,
	databaseCheck,
	DISK_FAIL_BYTES,
	healthReport,
	printersCheck
} from '../../src/lib/server/observe/health';
import type { PrinterStatusDto } from '../../src/lib/shared/printing';

const HOUR = 3600_000;
const NOW = Date.UTC(2026, 11, 3, 12);
const GOOD_DB = { writable: true, problem: null, freeBytes: 10 * 1024 ** 3 };

function printer(kiosk: string, condition: PrinterStatusDto['condition'], alert: boolean) {
	return {
		kiosk,
		printer: 'x',
		transport: 'tcp',
		paperWidth: 80,
		codePage: 18,
		condition,
		checkedAt: null,
		locationId: 1,
		alert
	} as PrinterStatusDto;
}

describe('the health rules', () => {
	it('fails the database when its write lock cannot be taken or the disk is full', () => {
		expect(databaseCheck(GOOD_DB).status).toBe('ok');
		expect(databaseCheck({ writable: false, problem: 'locked', freeBytes: null })).toMatchObject({
			status: 'fail',
			reason: 'locked'
		});
		expect(databaseCheck({ ...GOOD_DB, freeBytes: DISK_FAIL_BYTES - 1 })).toMatchObject({
			status: 'fail',
			reason: 'disk_full'
		});
		expect(databaseCheck({ ...GOOD_DB, freeBytes: 100 * 1024 ** 2 })).toMatchObject({
			status: 'warn',
			reason: 'disk_low'
		});
	});

	it('fails the backup after two intervals without one, counted from the start at the earliest', () => {
		const hourly = { everyMinutes: 60, startedAt: NOW - 10 * HOUR };
		expect(backupCheck({ ...hourly, newestAt: NOW - 1.5 * HOUR }, NOW)).toMatchObject({
			status: 'ok',
			ageSeconds: 5400,
			limitSeconds: 7200
		});
		expect(backupCheck({ ...hourly, newestAt: NOW - 3 * HOUR }, NOW)).toMatchObject({
			status: 'fail',
			reason: 'backup_late',
			ageSeconds: 3 * 3600
		});
		expect(backupCheck({ ...hourly, newestAt: null }, NOW)).toMatchObject({
			status: 'fail',
			reason: 'no_backup',
			ageSeconds: null
		});
		// Just restarted after a long stop: the schedule has not had its turn yet.
		const restarted = { everyMinutes: 60, startedAt: NOW - 0.5 * HOUR, newestAt: NOW - 48 * HOUR };
		expect(backupCheck(restarted, NOW)).toMatchObject({ status: 'ok', ageSeconds: 48 * 3600 });
	});

	it('gives unscheduled backups a day, and warns when there are none at all', () => {
		const off = { everyMinutes: 0, startedAt: NOW - 30 * HOUR };
		expect(backupCheck({ ...off, newestAt: NOW - 20 * HOUR }, NOW).status).toBe('ok');
		expect(backupCheck({ ...off, newestAt: NOW - 27 * HOUR }, NOW).status).toBe('fail');
		expect(backupCheck({ ...off, newestAt: null }, NOW)).toMatchObject({
			status: 'warn',
			reason: 'backups_off'
		});
	});

	it('warns, without failing, when a printer needs a person', () => {
		expect(printersCheck([printer('lobby-1', 'ready', false)]).status).toBe('ok');
		const out = printersCheck([
			printer('lobby-1', 'ready', false),
			printer('lobby-2', 'paper_out', true)
		]);
		expect(out).toMatchObject({ status: 'warn', reason: 'printer_needs_attention' });
		expect(out.printers).toEqual([
			{ kiosk: 'lobby-1', condition: 'ready' },
			{ kiosk: 'lobby-2', condition: 'paper_out' }
		]);
	});

	it('is 503-worthy (ok: false) exactly when a check fails', () => {
		const backup = { everyMinutes: 60, startedAt: NOW - HOUR, newestAt: NOW - HOUR };
		const paperOut = [printer('k', 'paper_out', true)];
		expect(healthReport(GOOD_DB, backup, [], NOW)).toMatchObject({ ok: true, status: 'ok' });
		expect(healthReport(GOOD_DB, backup, paperOut, NOW)).toMatchObject({
			ok: true,
			status: 'warn'
		});
		const locked = { writable: false, problem: 'locked', freeBytes: null };
		expect(healthReport(locked, backup, paperOut, NOW)).toMatchObject({
			ok: false,
			status: 'fail'
		});
	});
});

describe('paths in the log', () => {
	it('hide ticket codes, survey and booking tokens, and every query', () => {
		const code = 'abcdefghijklmnopqrstuvwxyz';
		const booking = 'K7QX2M9RB4TZ8WNC5HJD3FGA';
		expect(redactPath(`/t/${code}`)).toBe('/t/[secret]');
		expect(redactPath(`/t/${code}/__data.json`)).toBe('/t/[secret]/__data.json');
		expect(redactPath(`/api/tickets/${code}`)).toBe('/api/tickets/[secret]');
		expect(redactPath(`/survey/${code}`)).toBe('/survey/[secret]');
		expect(redactPath(`/api/survey/${code}`)).toBe('/api/survey/[secret]');
		expect(redactPath(`/rezerwacja/${booking}`)).toBe('/rezerwacja/[secret]');
		expect(redactPath(`/api/bookings/${booking}/cancel`)).toBe('/api/bookings/[secret]/cancel');
		// A short code is hidden where a code belongs; a long one anywhere.
		expect(redactPath('/t/AB12')).toBe('/t/[secret]');
		expect(redactPath(`/nowhere/${code}/x`)).toBe('/nowhere/[secret]/x');
		expect(redactPath(`/kiosk/bierun?code=${code}`)).toBe('/kiosk/bierun');
	});

	it('keep the paths that name no one', () => {
		for (const p of ['/survey/window/4', '/survey/paper', '/api/bookings/check-in', '/clerk/3']) {
			expect(redactPath(p)).toBe(p);
		}
	});

	it('take their level from OKIENKO_LOG_LEVEL, info by default or when misspelt', () => {
		expect(logLevelOf({})).toBe('info');
		expect(logLevelOf({ OKIENKO_LOG_LEVEL: 'WARN' })).toBe('warn');
		expect(logLevelOf({ OKIENKO_LOG_LEVEL: 'loud' })).toBe('info');
	});
});

describe('who may read /metrics', () => {
	const TOKEN = 'metrics-token-for-the-test';
	const from = (address: string, extra: Partial<Parameters<typeof monitorAccess>[0]> = {}) => ({
		authorization: null,
		address,
		forwarded: false,
		...extra
	});

	it('lets this machine in directly, and no other address without the token', () => {
		for (const a of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1']) {
			expect(monitorAccess(from(a), ''), a).toBe(true);
		}
		for (const a of ['192.0.2.7', '10.0.0.1', '::ffff:10.0.0.1', 'fd00::2', '127.0.0.1.evil']) {
			expect(monitorAccess(from(a), TOKEN), a).toBe(false);
		}
	});

	it('does not count a request through a proxy on this machine as local', () => {
		expect(monitorAccess(from('127.0.0.1', { forwarded: true }), '')).toBe(false);
	});

	it('lets the right Bearer token in from anywhere, and nothing else', () => {
		const bearer = (t: string) => from('192.0.2.7', { authorization: `Bearer ${t}` });
		expect(monitorAccess(bearer(TOKEN), TOKEN)).toBe(true);
		expect(monitorAccess(bearer(TOKEN + 'x'), TOKEN)).toBe(false);
		expect(monitorAccess(bearer(''), TOKEN)).toBe(false);
		// No token configured: a Bearer header opens nothing.
		expect(monitorAccess(bearer(''), '')).toBe(false);
		expect(monitorAccess(from('127.0.0.1', { authorization: `Bearer ${TOKEN}x` }), TOKEN)).toBe(
			false
		);
	});
});
