/**
 * api.post against a real HTTP server in this process: the API's own answers pass through as
 * they are; no answer, or one that is not the API's, becomes a message in the person's language.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { api, UNREACHABLE } from '../../src/lib/client/api';
import { translator } from '../../src/lib/i18n';

interface Seen {
	method: string;
	type: string | undefined;
	body: string;
}

let server: Server | null = null;

/** A server that answers every request with `status` and `body`, and records what came. */
async function answering(status: number, body: string, type = 'application/json') {
	const seen: Seen[] = [];
	server = createServer(async (req: IncomingMessage, res) => {
		let text = '';
		for await (const chunk of req) text += chunk;
		seen.push({ method: req.method ?? '', type: req.headers['content-type'], body: text });
		// The test page's origin is not the server's: the browser asks first, then reads the answer.
		res.writeHead(req.method === 'OPTIONS' ? 204 : status, {
			'content-type': type,
			'access-control-allow-origin': '*',
			'access-control-allow-headers': 'content-type, accept'
		});
		res.end(req.method === 'OPTIONS' ? '' : body);
	});
	await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/thing`;
	return { url, seen: () => seen.filter((s) => s.method === 'POST') };
}

afterEach(async () => {
	await new Promise((done) => (server ? server.close(done) : done(null)));
	server = null;
});

describe('api.post', () => {
	it('sends JSON and returns the data the API answered', async () => {
		const s = await answering(201, JSON.stringify({ data: { recorded: true } }));
		const result = await api.post<{ recorded: boolean }>(s.url, { a: 'ż' }, translator('pl'));
		expect(result).toEqual({ data: { recorded: true } });
		expect(s.seen()).toEqual([{ method: 'POST', type: 'application/json', body: '{"a":"ż"}' }]);
	});

	it('returns the API’s refusal as it came', async () => {
		const error = { code: 'office_closed', message: 'Urząd nie wydaje teraz biletów.' };
		const s = await answering(409, JSON.stringify({ error }));
		expect(await api.post(s.url, {}, translator('pl'))).toEqual({ error });
	});

	it('says in the person’s language when the answer is not the API’s', async () => {
		const s = await answering(502, '<h1>Bad gateway</h1>', 'text/html');
		expect(await api.post(s.url, {}, translator('en'))).toEqual({
			error: { code: UNREACHABLE, message: 'No connection to the server. Try again in a moment.' }
		});
		expect(await api.post(s.url, {}, translator('pl'), 'kiosk.issue_failed')).toEqual({
			error: {
				code: UNREACHABLE,
				message:
					'Nie udało się wydać biletu. Spróbuj ponownie albo poproś o pomoc pracownika urzędu.'
			}
		});
	});

	it('says so when nothing answers', async () => {
		const s = await answering(200, '{}');
		await new Promise((done) => server!.close(done));
		server = null;
		expect(await api.post(s.url, {}, translator('pl'))).toEqual({
			error: {
				code: UNREACHABLE,
				message: 'Brak połączenia z serwerem. Spróbuj ponownie za chwilę.'
			}
		});
	});
});
