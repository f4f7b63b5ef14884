// The floor for "call → audio ready on the board": what any board that speaks with a server-side
// synthesiser must do, with the same tricks Okienko uses and nothing else. A call is stored (one
// SQLite insert, WAL, synchronous FULL, as Okienko commits each call) and sent to the board over
// socket.io; the server starts rendering the phrase at once (as Okienko does), with espeak-ng at
// 150 words a minute, compressed to Ogg Vorbis with sox (Okienko's commands; a new phrase misses
// Okienko's cache too), and the board's page fetches it and decodes it with Web Audio. It reports "ready" with the same window
// event as Okienko's board (src/lib/client/board-announcer.ts), so the bench watches both alike.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { Server } from 'socket.io';

const run = promisify(execFile);
const db = new Database(process.env.OKIENKO_DB ?? ':memory:');
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.exec(
	'CREATE TABLE IF NOT EXISTS calls (id INTEGER PRIMARY KEY, text TEXT NOT NULL, at INTEGER NOT NULL)'
);
const insert = db.prepare('INSERT INTO calls (text, at) VALUES (?, ?)');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'okienko-voice-floor-'));
let seq = 0;

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>floor</title></head><body>
<script src="/socket.io/socket.io.min.js"></script>
<script>
const ctx = new AudioContext();
const emit = (detail) => window.dispatchEvent(new CustomEvent('okienko:announcement',
	{ detail: { ...detail, at: performance.now() } }));
const socket = io();
socket.on('connect', () => emit({ phase: 'armed', key: '' }));
socket.on('board:call', async ({ id, text }) => {
	const bytes = await (await fetch('/say?text=' + encodeURIComponent(text))).arrayBuffer();
	await ctx.decodeAudioData(bytes);
	emit({ phase: 'ready', key: String(id) });
});
</script></body></html>`;

/** Phrases being rendered since their call, by text. @type {Map<string, Promise<Buffer>>} */
const rendering = new Map();

/** @param {string} text */
async function render(text) {
	const base = path.join(tmp, String(++seq));
	try {
		await run('espeak-ng', ['-v', 'pl', '-s', '150', '-w', `${base}.wav`, text]);
		await run('sox', [`${base}.wav`, '-t', 'ogg', '-C', '4', `${base}.ogg`]);
		return await fs.promises.readFile(`${base}.ogg`);
	} finally {
		await fs.promises.rm(`${base}.wav`, { force: true });
		await fs.promises.rm(`${base}.ogg`, { force: true });
	}
}

const server = http.createServer(async (req, res) => {
	const url = new URL(req.url ?? '/', 'http://floor');
	if (url.pathname === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
	if (url.pathname === '/call' && req.method === 'POST') {
		const text = url.searchParams.get('text') ?? '';
		const id = Number(insert.run(text, Date.now()).lastInsertRowid);
		io.emit('board:call', { id, text });
		res.writeHead(204).end();
		// As Okienko does: the phrase starts rendering as soon as the call is sent.
		setImmediate(() => rendering.set(text, render(text)));
		return;
	}
	if (url.pathname === '/say') {
		const text = url.searchParams.get('text') ?? '';
		const job = rendering.get(text) ?? render(text);
		rendering.delete(text);
		const audio = await job;
		res.writeHead(200, { 'content-type': 'audio/ogg', 'content-length': audio.length }).end(audio);
		return;
	}
	res.writeHead(404).end();
});
const io = new Server(server, { path: '/socket.io', serveClient: true });
process.on('SIGTERM', () => {
	fs.rmSync(tmp, { recursive: true, force: true });
	process.exit(0);
});
server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
	const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
	console.log(`listening on http://127.0.0.1:${port}`);
});
