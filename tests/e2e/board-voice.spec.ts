/**
 * Spoken calls on the board (issue 16), in Chromium with autoplay allowed (support/browser.ts):
 * calls queue and never overlap, the office's recorded words play in order with no gap, and a
 * board muted at /admin/voice says so there and stays silent. The board's announcer reports each
 * step as a window event (src/lib/client/board-announcer.ts), collected here in order.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { AnnouncementDetail } from '../../src/lib/client/board-announcer';
import { spokenCall } from '../../src/lib/shared/speech/phrase';
import { POLISH } from '../../src/lib/shared/speech/polish';
import { authFetch } from '../support/credentials';
import { openAdmin, test, expect } from './support/admin';
import { demoWindows } from './support/board';
import { joined } from './support/office';

const json = { 'content-type': 'application/json' };

async function listen(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const log: unknown[] = [];
		(window as unknown as { announcements: unknown[] }).announcements = log;
		window.addEventListener('okienko:announcement', (e) => log.push((e as CustomEvent).detail));
	});
}

const announcements = (page: Page) =>
	page.evaluate(() => (window as unknown as { announcements: AnnouncementDetail[] }).announcements);

async function issue(baseUrl: string, serviceId: number): Promise<string> {
	const issued = await authFetch(`${baseUrl}/api/tickets`, {
		method: 'POST',
		headers: json,
		body: JSON.stringify({ locationId: 1, serviceId, priority: null })
	}).then((r) => r.json());
	return issued.data.ticket.number as string;
}

const call = (baseUrl: string, windowId: number) =>
	authFetch(`${baseUrl}/api/windows/${windowId}/call`, {
		method: 'POST',
		headers: json,
		body: '{}'
	});

test('the board downloads its chime once and offers no sound button where sound may play', async ({
	page,
	server
}) => {
	await listen(page);
	const chimes: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/sounds/chime')) chimes.push(r.url());
	});
	await page.goto(`${server.url}/display/bierun`);
	await joined(page);
	// Armed: the announcer has its chime. Before this change the page's own <audio> element
	// had asked for the same file again by then.
	await expect
		.poll(async () => (await announcements(page)).some((a) => a.phase === 'armed'))
		.toBe(true);
	expect(chimes).toHaveLength(1);
	await expect(page.getByRole('button', { name: 'Kliknij, aby włączyć dźwięk' })).toHaveCount(0);
});

test('three calls in 200 ms are announced one after another, each chime then its phrase, none cut off', async ({
	page,
	server
}) => {
	await listen(page);
	await page.goto(`${server.url}/display/bierun`);
	await joined(page);
	const windows = (await demoWindows(server.url)).slice(0, 3);
	for (const w of windows) await issue(server.url, w.serviceIds[0]!);
	// All three at once: the calls reach the board within a few milliseconds of each other.
	const calls = await Promise.all(windows.map((w) => call(server.url, w.id)));
	expect(calls.map((r) => r.status)).toEqual([200, 200, 200]);

	// Three chimes and phrases of about five seconds each, one after another: up to a minute on
	// a busy machine.
	await expect
		.poll(async () => (await announcements(page)).filter((a) => a.phase === 'end').length, {
			timeout: 60_000
		})
		.toBe(3);
	const log = await announcements(page);
	// One announcement at a time: each starts only after the one before has ended.
	const order = log.filter((a) => a.phase === 'start' || a.phase === 'end');
	expect(order.map((a) => a.phase)).toEqual(['start', 'end', 'start', 'end', 'start', 'end']);
	for (let i = 0; i < 6; i += 2) expect(order[i]!.key).toBe(order[i + 1]!.key);
	expect(new Set(order.map((a) => a.key)).size).toBe(3);
	// Each one spoke its phrase, synthesised on the server (espeak-ng), after its chime, and the
	// phrases never overlap on the audio clock.
	const words = log.filter((a) => a.phase === 'word');
	expect(words).toHaveLength(3);
	words.forEach((w) => expect(w.word).toMatch(/^numer \S+ .*stanowisko numer/));
	for (let i = 1; i < words.length; i++) {
		expect(words[i]!.startsAt!).toBeGreaterThanOrEqual(words[i - 1]!.endsAt!);
	}
	expect(log.filter((a) => a.phase === 'word-end').map((a) => a.key)).toEqual(
		order.filter((a) => a.phase === 'start').map((a) => a.key)
	);

	// A recall is announced again, with "ponownie".
	await authFetch(`${server.url}/api/windows/${windows[0]!.id}/recall`, {
		method: 'POST',
		headers: json,
		body: '{}'
	});
	await expect
		.poll(async () => (await announcements(page)).filter((a) => a.phase === 'end').length, {
			timeout: 30_000
		})
		.toBe(4);
	const last = (await announcements(page)).filter((a) => a.phase === 'word').at(-1);
	expect(last?.word).toMatch(/^ponownie, numer /);
});

test('the office’s recorded words, uploaded at /admin/voice, play in order with no gap', async ({
	adminPage,
	page,
	server
}) => {
	const [w] = (await demoWindows(server.url)).filter((x) => x.label === '4');
	const number = await issue(server.url, w!.serviceIds[0]!);
	const words = spokenCall({ ticketNumber: number, windowLabel: '4', room: '105' }, POLISH).flat();

	// A person's recordings, stood in for by espeak-ng: one file per word, named after it.
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'okienko-clips-'));
	const files = [...new Set(words)].map((word) => {
		const wav = path.join(dir, `${word}.wav`);
		execFileSync('espeak-ng', ['-v', 'pl', '-w', wav, word]);
		execFileSync('sox', [wav, path.join(dir, `${word}.ogg`)]);
		return path.join(dir, `${word}.ogg`);
	});
	await openAdmin(adminPage, server.url, '/admin/voice');
	await adminPage.getByLabel('Pliki nagrań').setInputFiles(files);
	await adminPage.getByRole('button', { name: 'Wyślij nagrania' }).click();
	await expect(adminPage.getByTestId('clips-status')).toContainText('Zapisano:');
	await expect(adminPage.locator(`tr[data-word="${words[0]}"] audio`)).toHaveCount(1);
	// A file that is not a sound is refused, by name.
	fs.writeFileSync(path.join(dir, 'jeden.ogg'), 'not a sound');
	await adminPage.getByLabel('Pliki nagrań').setInputFiles(path.join(dir, 'jeden.ogg'));
	await adminPage.getByRole('button', { name: 'Wyślij nagrania' }).click();
	await expect(adminPage.getByTestId('clips-status')).toContainText(
		'jeden.ogg: to nie jest plik OGG, WAV ani MP3.'
	);
	const location = adminPage.getByTestId('voice-location-1');
	await location.getByLabel('nagrania urzędu (słowo po słowie)').check();
	await location.getByRole('button', { name: 'Zapisz' }).click();
	await expect(location).toContainText('Zapisano ustawienia głosu.');
	fs.rmSync(dir, { recursive: true, force: true });

	await listen(page);
	await page.goto(`${server.url}/display/bierun`);
	await joined(page);
	expect((await call(server.url, w!.id)).status).toBe(200);
	await expect
		.poll(async () => (await announcements(page)).some((a) => a.phase === 'end'))
		.toBe(true);
	const log = await announcements(page);
	expect(log.find((a) => a.phase === 'start')?.voice).toBe('clips');
	const scheduled = log.filter((a) => a.phase === 'word');
	expect(scheduled.map((a) => a.word)).toEqual(words);
	// Played as scheduled, in the same order: each word's end is heard before the next's.
	expect(log.filter((a) => a.phase === 'word-end').map((a) => a.word)).toEqual(words);
	for (let i = 1; i < scheduled.length; i++) {
		const gap = scheduled[i]!.startsAt! - scheduled[i - 1]!.endsAt!;
		expect(gap).toBeGreaterThanOrEqual(0);
		expect(gap).toBeLessThanOrEqual(0.08);
	}
});

test('a board muted at /admin/voice says so there and stays silent; a wrong volume changes nothing', async ({
	adminPage,
	page,
	server
}) => {
	await openAdmin(adminPage, server.url, '/admin/voice');
	await expect(adminPage.getByTestId('synth-status')).toHaveText(
		'Syntezator mowy espeak-ng działa na serwerze (głos polski).'
	);
	const location = adminPage.getByTestId('voice-location-1');
	await expect(location.getByTestId('board-muted')).toHaveText('Tablica odtwarza wywołania.');
	const volume = location.getByLabel('Głośność (0–100)');
	await volume.fill('200');
	// The browser's own check would stop the form; the server's is the one that counts.
	await volume.evaluate((input) => input.removeAttribute('max'));
	await location.getByRole('button', { name: 'Zapisz' }).click();
	await expect(location).toContainText('Głośność to liczba całkowita od 0 do 100.');
	await adminPage.reload();
	await expect(
		adminPage.getByTestId('voice-location-1').getByLabel('Głośność (0–100)')
	).toHaveValue('100');

	await adminPage.getByTestId('voice-location-1').getByLabel('Głośność (0–100)').fill('0');
	await adminPage.getByTestId('voice-location-1').getByRole('button', { name: 'Zapisz' }).click();
	await expect(adminPage.getByTestId('voice-location-1').getByTestId('board-muted')).toHaveText(
		'Tablica jest wyciszona: głośność 0.'
	);

	// What a board may ask for: only the words of a call, in a language with a voice (4xx, not 500).
	const say = (lang: string, text: string) =>
		authFetch(`${server.url}/voice/say/${lang}?say=${encodeURIComponent(text)}`);
	expect((await say('pl', 'Kowalski, stanowisko numer cztery')).status).toBe(400);
	expect((await say('xx', 'numer a jeden')).status).toBe(404);
	expect((await authFetch(`${server.url}/voice/clip/pl/jeden`)).status).toBe(404);
	const spoken = await say('pl', 'numer a jeden, stanowisko numer cztery');
	expect([spoken.status, spoken.headers.get('content-type')]).toEqual([200, 'audio/ogg']);

	await listen(page);
	await page.goto(`${server.url}/display/bierun`);
	await joined(page);
	const [w] = await demoWindows(server.url);
	await issue(server.url, w!.serviceIds[0]!);
	await call(server.url, w!.id);
	await expect
		.poll(async () => (await announcements(page)).map((a) => a.phase).filter((p) => p !== 'armed'))
		.toEqual(['queued', 'silent']);
});
