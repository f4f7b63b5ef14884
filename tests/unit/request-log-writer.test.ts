/**
 * The request lines are written a turn of the event loop at a time (log.ts turnWriter): one write
 * for the dozen answers a group commit sends together, none lost, in order, and a line above
 * info written at once.
 */
import { expect, it } from 'vitest';
import { createLogger, turnWriter } from '../../src/lib/server/log';

const info = (n: number) => `{"level":"info","msg":"request","n":${n}}\n`;

it('writes the lines of one turn in one write, in order, at the end of the turn', async () => {
	const writes: string[] = [];
	const write = turnWriter((text) => writes.push(text));
	for (let n = 0; n < 10; n++) write(info(n));
	expect(writes).toEqual([]);
	await new Promise((resolve) => setImmediate(resolve));
	expect(writes).toEqual([Array.from({ length: 10 }, (_, n) => info(n)).join('')]);
	write(info(10));
	await new Promise((resolve) => setImmediate(resolve));
	expect(writes).toEqual([writes[0], info(10)]);
});

it('writes a line above info at once, with the lines before it', () => {
	const writes: string[] = [];
	const write = turnWriter((text) => writes.push(text));
	write(info(1));
	const error = '{"level":"error","msg":"request","status":500}\n';
	write(error);
	expect(writes).toEqual([info(1) + error]);
});

it("takes pino's lines as the server's logger writes them", async () => {
	const writes: string[] = [];
	const logger = createLogger(
		{},
		turnWriter((text) => writes.push(text))
	);
	logger.info({ route: '/api/tickets', status: 201 }, 'request');
	logger.info({ route: '/api/tickets', status: 201 }, 'request');
	await new Promise((resolve) => setImmediate(resolve));
	expect(writes).toHaveLength(1);
	const lines = writes[0]!
		.trim()
		.split('\n')
		.map((l) => JSON.parse(l));
	expect(lines).toEqual([
		expect.objectContaining({ level: 'info', msg: 'request', status: 201 }),
		expect.objectContaining({ level: 'info', msg: 'request', status: 201 })
	]);
});
