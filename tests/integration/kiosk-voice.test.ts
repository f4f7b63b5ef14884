/**
 * Audio at the kiosk (issue 16): GET /kiosk-voice/{location}/{lang}/{key} renders a sentence the
 * server composed itself (never text from the request) with espeak-ng, once, into the data
 * folder; unknown languages, keys, ids and tickets are 404; without espeak-ng it says 503; the
 * administrator's per-kiosk setting is audited and refused when it is not a kiosk's or a mode.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedTicketDto, KioskMenuDto } from '../../src/lib/shared/dto';
import { Synthesiser } from '../../src/lib/server/voice/synthesiser';
import { KioskVoice } from '../../src/lib/server/voice/kiosk-voice';
import { data, get, post } from '../support/api';
import { pairDevice } from '../support/auth';
import { defaultCookie } from '../support/credentials';
import { startInProcess, type InProcessServer } from '../support/in-process';

let server: InProcessServer;
let kiosk: string;
let board: string;
let kioskId: number;
let boardId: number;
let menu: KioskMenuDto;

const say = (key: string, cookie = kiosk, lang = 'pl', location = '1') =>
	fetch(`${server.url}/kiosk-voice/${location}/${lang}/${key}`, { headers: { cookie } });

const form = (action: string, fields: Record<string, string>) =>
	fetch(`${server.url}/admin/devices?/${action}`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			accept: 'text/html',
			origin: server.url,
			cookie: defaultCookie(server.url)!
		},
		body: new URLSearchParams(fields).toString()
	});

beforeAll(async () => {
	server = await startInProcess();
	const admin = defaultCookie(server.url)!;
	kiosk = await pairDevice(server.url, admin, 'kiosk', { name: 'Kiosk w holu' });
	board = await pairDevice(server.url, admin, 'board', { name: 'Tablica' });
	const devices = server.app.accounts.devices.all();
	kioskId = devices.find((d) => d.name === 'Kiosk w holu')!.id;
	boardId = devices.find((d) => d.name === 'Tablica')!.id;
	menu = data(await get<KioskMenuDto>(server.url, '/api/locations/1/menu', kiosk));
}, 60_000);
afterAll(() => server?.stop());

describe('GET /kiosk-voice', () => {
	it("says the kiosk's first screen: an Ogg file of plausible length, rendered once", async () => {
		const res = await say('departments');
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('audio/ogg');
		const audio = Buffer.from(await res.arrayBuffer());
		expect(audio.subarray(0, 4).toString('ascii')).toBe('OggS');
		const cache = path.join(path.dirname(server.dbPath), 'voice-cache');
		const files = fs.readdirSync(cache).map((f) => path.join(cache, f));
		expect(files).toHaveLength(1);
		const seconds = Number(execFileSync('soxi', ['-D', files[0]!], { encoding: 'utf8' }));
		const sentence = server.app.kioskVoice.sentence(1, 'pl', 'departments') as string;
		// About 150 words a minute: the sentence's words give the length, within a generous margin.
		const words = sentence.split(/\s+/).length;
		expect(seconds).toBeGreaterThan((words / 150) * 60 * 0.4);
		expect(seconds).toBeLessThan((words / 150) * 60 * 2 + 2);
		// Asked again: the same file, by its ETag, not rendered again.
		const again = await fetch(`${server.url}/kiosk-voice/1/pl/departments`, {
			headers: { cookie: kiosk, 'if-none-match': res.headers.get('etag')! }
		});
		expect(again.status).toBe(304);
		expect(fs.readdirSync(cache)).toHaveLength(1);
	});

	it('says an issued ticket with its number in words, in Ukrainian too', async () => {
		const service = menu.departments.flatMap((d) => d.services).find((s) => s.available)!;
		const issued = data(
			await post<IssuedTicketDto>(
				server.url,
				'/api/tickets',
				{ locationId: 1, serviceId: service.id, priority: null },
				kiosk
			)
		);
		const key = `issued-${issued.ticket.code}`;
		const pl = server.app.kioskVoice.sentence(1, 'pl', key) as string;
		expect(pl).toMatch(/^Twój numer: [a-ząćęłńóśźż ]+\. /);
		expect(pl).not.toMatch(/\d/);
		const uk = server.app.kioskVoice.sentence(1, 'uk', key) as string;
		expect(uk).toMatch(/^Ваш номер: /);
		expect(uk).not.toMatch(/\d/);
		for (const lang of ['pl', 'en', 'uk']) {
			const res = await say(key, kiosk, lang);
			expect(res.status, lang).toBe(200);
			expect(res.headers.get('content-type')).toBe('audio/ogg');
		}
	});

	it('says a department, a matter, a button and a digit the visitor is on', async () => {
		const department = menu.departments[0]!;
		for (const key of [
			`department_name-${department.id}`,
			`service-${department.id}`,
			`service_name-${department.services[0]!.id}`,
			`ticket_kind-${department.services[0]!.id}`,
			'button-common.back',
			'digit-4',
			'check_in',
			'help'
		]) {
			expect((await say(key)).status, key).toBe(200);
		}
	});

	it('refuses what it does not know with 404, never synthesising text from the request', async () => {
		const cache = path.join(path.dirname(server.dbPath), 'voice-cache');
		const before = fs.readdirSync(cache).length;
		for (const [key, lang, location] of [
			['departments', 'de', '1'],
			['departments', 'xx', '1'],
			['Dzie%C5%84%20dobry', 'pl', '1'],
			['say-hello', 'pl', '1'],
			['departments%3Fsay%3Dhello', 'pl', '1'],
			['service-99999', 'pl', '1'],
			['service_name-99999', 'pl', '1'],
			['button-admin.voice.title', 'pl', '1'],
			['digit-12', 'pl', '1'],
			[`issued-${'a'.repeat(26)}`, 'pl', '1'],
			['departments', 'pl', '999'],
			['departments', 'pl', 'bierun']
		] as const) {
			const res = await say(key, kiosk, lang, location);
			expect(res.status, `${location}/${lang}/${key}`).toBe(404);
			expect(await res.text()).not.toBe('');
		}
		// Free text in a query is not read either: the key alone says what is said.
		const res = await fetch(`${server.url}/kiosk-voice/1/pl/departments?say=hello&text=hello`, {
			headers: { cookie: kiosk }
		});
		expect(res.status).toBe(200);
		expect(fs.readdirSync(cache).length).toBe(before);
	});

	// Anonymous callers and every role: the authorization matrix (authorization.test.ts).
	it('is not for a board', async () => {
		expect((await say('departments', board)).status).toBe(403);
	});

	it('says 503 without espeak-ng (the kiosk then shows its toggle disabled)', () => {
		const voice = new KioskVoice(
			new Synthesiser(path.join(path.dirname(server.dbPath), 'none'), {
				espeak: 'no-such-espeak',
				sox: 'sox'
			}),
			server.app.views
		);
		expect(voice.available).toBe(false);
		expect(voice.phrase(1, 'pl', 'departments')).toBe('unavailable');
		// Unknown keys are still unknown, whatever the synthesiser.
		expect(voice.phrase(1, 'pl', 'hello')).toBe('key');
	});
});

describe('the administrator turns audio on for a kiosk', () => {
	const audioOf = (id: number) => server.app.accounts.devices.byId(id)!.audio;
	const audits = () =>
		server.app.db
			.prepare("SELECT subject, detail_json AS detail FROM audit_log WHERE action = 'device.audio'")
			.all();

	it('is off by default, saved and audited, and refused for a board or an unknown mode', async () => {
		expect(audioOf(kioskId)).toBe('off');
		expect((await form('audio', { device: String(kioskId), audio: 'offered' })).status).toBe(200);
		expect(audioOf(kioskId)).toBe('offered');
		expect(audits()).toEqual([
			{ subject: `device:${kioskId}`, detail: JSON.stringify({ audio: 'offered' }) }
		]);
		expect((await form('audio', { device: String(kioskId), audio: 'loud' })).status).toBe(400);
		expect((await form('audio', { device: String(boardId), audio: 'on' })).status).toBe(404);
		expect((await form('audio', { device: '99999', audio: 'on' })).status).toBe(404);
		expect(audioOf(kioskId)).toBe('offered');
		expect(audioOf(boardId)).toBe('off');
		expect(audits()).toHaveLength(1);
	});
});
