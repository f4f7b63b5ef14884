/**
 * The in-process test server (tests/support/in-process.ts) keeps its promises: one app per test
 * file, refused plainly a second time; its start-up environment does not stay behind for a server
 * the same file spawns later; stop() ends the app.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { get } from '../support/api';
import { startInProcess, type InProcessServer } from '../support/in-process';

let server: InProcessServer;
const before = { db: process.env.OKIENKO_DB, header: process.env.PROTOCOL_HEADER };

beforeAll(async () => {
	server = await startInProcess({ env: { OKIENKO_PUBLIC_URL: 'https://kolejka.example' } });
});
afterAll(async () => {
	await server?.stop();
});

it('serves the app over HTTP with the admin signed in', async () => {
	expect((await get(server.url, '/api/locations/1/queue')).status).toBe(200);
	expect(server.app.config.databasePath).toBe(server.dbPath);
});

it('refuses a second start in the same module graph, naming the database it has', async () => {
	await expect(startInProcess()).rejects.toThrow(
		new RegExp(`one in-process app per test file: .*${server.dbPath}`)
	);
});

it('leaves the process environment as it found it', () => {
	expect(process.env.OKIENKO_DB).toBe(before.db);
	expect(process.env.PROTOCOL_HEADER).toBe(before.header);
	expect(process.env.OKIENKO_PUBLIC_URL).toBeUndefined();
	expect(server.app.config.publicUrl).toBe('https://kolejka.example');
});

it('stop() closes the app and its database', async () => {
	await server.stop();
	expect(server.app.db.open).toBe(false);
	await expect(fetch(server.url)).rejects.toThrow();
});
