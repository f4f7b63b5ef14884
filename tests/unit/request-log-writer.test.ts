/**
 * The request lines are written in batches (log.ts batchWriter): one write for the lines of a
 * tenth of a second, none lost, in order; a line above info, or a batch grown large, written at
 * once.
 */
import { expect, it, vi } from 'vitest';
import { batchWriter, createLogger } from '../../src/lib/server/log';

const info = (n: number) => `{"level":"info","msg":"request","n":${n}}\n`;

it('writes the lines that come together in one write, in order, after the delay', () => {
	vi.useFakeTimers();
	try {
		const writes: string[] = [];
		const write = batchWriter((text) => writes.push(text), { delayMs: 100 });
		for (let n = 0; n < 10; n++) write(info(n));
		vi.advanceTimersByTime(99);
		write(info(10));
		expect(writes).toEqual([]);
		// A tenth of a second after the first line, all of them.
		vi.advanceTimersByTime(1);
		expect(writes).toEqual([Array.from({ length: 11 }, (_, n) => info(n)).join('')]);
		write(info(11));
		vi.advanceTimersByTime(99);
		expect(writes).toHaveLength(1);
		vi.advanceTimersByTime(1);
		expect(writes).toEqual([writes[0], info(11)]);
	} finally {
		vi.useRealTimers();
	}
});

it('writes a line above info at once, with the lines before it', () => {
	const writes: string[] = [];
	const write = batchWriter((text) => writes.push(text));
	write(info(1));
	const error = '{"level":"error","msg":"request","status":500}\n';
	write(error);
	expect(writes).toEqual([info(1) + error]);
});

it('writes a batch at once when it has grown to its size, and then waits again', () => {
	const writes: string[] = [];
	const write = batchWriter((text) => writes.push(text), { delayMs: 60_000, maxChars: 100 });
	const lines = Array.from({ length: 4 }, (_, n) => info(n));
	for (const line of lines) write(line);
	// Each line is 39 characters: the third one takes the batch past 100.
	expect(writes).toEqual([lines.slice(0, 3).join('')]);
	expect(lines[3]!.length).toBe(39);
});

it("takes pino's lines as the server's logger writes them", async () => {
	const writes: string[] = [];
	const logger = createLogger(
		{},
		batchWriter((text) => writes.push(text), { delayMs: 10 })
	);
	logger.info({ route: '/api/tickets', status: 201 }, 'request');
	logger.info({ route: '/api/tickets', status: 201 }, 'request');
	await vi.waitFor(() => expect(writes).toHaveLength(1));
	const lines = writes[0]!
		.trim()
		.split('\n')
		.map((l) => JSON.parse(l));
	expect(lines).toEqual([
		expect.objectContaining({ level: 'info', msg: 'request', status: 201 }),
		expect.objectContaining({ level: 'info', msg: 'request', status: 201 })
	]);
});
