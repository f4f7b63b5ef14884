/**
 * server.js compresses the pages and data SvelteKit makes per request (issue 18 §4): the kiosk's
 * HTML and its `__data.json` go out with brotli or gzip when the browser asks for it, as they
 * were when it does not, and the sockets still work beside it. Read with node:http, which (unlike
 * fetch) shows the bytes as sent.
 */
import http from 'node:http';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pairDevice } from '../support/auth';
import { startServer, type RunningServer } from '../support/server';
import { connect } from '../support/sockets';

let server: RunningServer;
let kiosk: string;

beforeAll(async () => {
	server = await startServer();
	kiosk = await pairDevice(server.url, server.adminCookie, 'kiosk');
});
afterAll(() => server?.stop());

interface Raw {
	status: number;
	headers: http.IncomingHttpHeaders;
	body: Buffer;
}

function get(path: string, headers: Record<string, string>): Promise<Raw> {
	return new Promise((resolve, reject) => {
		http
			.get(`${server.url}${path}`, { headers: { cookie: kiosk, ...headers } }, (res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () =>
					resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) })
				);
			})
			.on('error', reject);
	});
}

const plain = (r: Raw) =>
	r.headers['content-encoding'] === 'br'
		? zlib.brotliDecompressSync(r.body).toString()
		: r.headers['content-encoding'] === 'gzip'
			? zlib.gunzipSync(r.body).toString()
			: r.body.toString();

describe('pages and data compressed when asked', () => {
	for (const path of ['/kiosk/bierun', '/kiosk/bierun/__data.json?x-sveltekit-invalidated=01']) {
		it(`${path}: brotli, gzip or nothing, as the browser asks, with the same content`, async () => {
			const asIs = await get(path, { 'accept-encoding': 'identity' });
			const br = await get(path, { 'accept-encoding': 'gzip, deflate, br' });
			const gzip = await get(path, { 'accept-encoding': 'gzip' });
			const refused = await get(path, { 'accept-encoding': 'br;q=0, gzip;q=0' });
			for (const r of [asIs, br, gzip, refused]) expect(r.status).toBe(200);

			expect(asIs.headers['content-encoding']).toBeUndefined();
			expect(refused.headers['content-encoding']).toBeUndefined();
			expect(br.headers['content-encoding']).toBe('br');
			expect(gzip.headers['content-encoding']).toBe('gzip');
			for (const r of [asIs, br, gzip, refused]) expect(r.headers.vary).toMatch(/accept-encoding/i);
			expect(br.body.length).toBeLessThan(asIs.body.length / 2);
			expect(gzip.body.length).toBeLessThan(asIs.body.length / 2);
			// The page carries the office's name; the data, the menu: each the same four ways.
			const text = plain(asIs);
			expect(text).toContain(path.includes('__data') ? 'Skargi' : 'Urząd');
			for (const r of [br, gzip, refused]) expect(plain(r).length).toBe(text.length);
		});
	}

	it('a built asset keeps the precompressed file; a socket still connects', async () => {
		const page = plain(await get('/kiosk/bierun', { 'accept-encoding': 'identity' }));
		const script = /\/_app\/immutable\/entry\/start\.[\w-]+\.js/.exec(page)![0];
		const js = await get(script, { 'accept-encoding': 'br' });
		expect(js.headers['content-encoding']).toBe('br');
		expect(plain(js)).toMatch(/import|export/);

		const socket = await connect(server.url, kiosk);
		expect(socket.connected).toBe(true);
		socket.close();
	});
});
