/**
 * A fake network thermal printer: a real TCP server on 127.0.0.1 that records every byte it is
 * sent and answers status requests as an Epson-compatible printer would (the bytes below are the
 * ESC/POS manual's, written out here rather than taken from the driver under test).
 *
 * - DLE EOT n (real-time status) is answered at once, in every state but 'silent'.
 * - GS r n (sent after a ticket) is answered once the ticket is "printed": only when the printer
 *   can print. A printer out of paper or with its cover open stays silent, as a real one does.
 * - 'offline' stops listening: connections are refused, as with a printer switched off.
 * - 'runs_out' reports ready, then runs out of paper in the middle of the ticket.
 */
import net from 'node:net';

export type FakeMode =
	'ready' | 'paper_near_end' | 'paper_out' | 'cover_open' | 'offline' | 'silent' | 'runs_out';

/** Answers to DLE EOT 1 (printer), 2 (offline cause) and 4 (paper roll sensor). */
const REAL_TIME: Record<Exclude<FakeMode, 'offline' | 'silent' | 'runs_out'>, number[]> = {
	ready: [0x16, 0x12, 0x12],
	paper_near_end: [0x16, 0x12, 0x1e],
	paper_out: [0x1e, 0x32, 0x72],
	cover_open: [0x1e, 0x16, 0x12]
};
/** Answers to GS r 1 (paper sensor) once printing is done. */
const PAPER_SENSOR = { ready: 0x00, paper_near_end: 0x03 };

export class FakePrinter {
	#server: net.Server | null = null;
	#sockets = new Set<net.Socket>();
	#mode: FakeMode = 'ready';
	/** What `runs_out` turns into once the ticket arrives. */
	#ranOut = false;
	port = 0;
	/** Every connection's bytes, in order. */
	readonly connections: Buffer[] = [];
	#waiters: (() => void)[] = [];

	static async start(mode: FakeMode = 'ready'): Promise<FakePrinter> {
		const printer = new FakePrinter();
		await printer.#listen(0);
		await printer.setMode(mode);
		return printer;
	}

	get mode(): FakeMode {
		return this.#mode;
	}

	/** Change what the printer acts out; 'offline' stops listening, any other mode listens again. */
	async setMode(mode: FakeMode): Promise<void> {
		this.#mode = mode;
		this.#ranOut = false;
		if (mode === 'offline') await this.#stopListening();
		else if (!this.#server) await this.#listen(this.port);
	}

	/** Connections that carried a ticket (more than status requests). */
	get tickets(): Buffer[] {
		return this.connections.filter((c) => c.length > 9);
	}

	/** Wait until `count` tickets have arrived. */
	async waitForTickets(count: number, ms = 5000): Promise<Buffer[]> {
		const deadline = Date.now() + ms;
		while (this.tickets.length < count) {
			if (Date.now() > deadline) throw new Error(`fake printer: ${count} tickets not received`);
			await new Promise<void>((resolve) => {
				const timer = setTimeout(resolve, 50);
				this.#waiters.push(() => {
					clearTimeout(timer);
					resolve();
				});
			});
		}
		return this.tickets;
	}

	clear(): void {
		this.connections.length = 0;
	}

	async stop(): Promise<void> {
		await this.#stopListening();
	}

	#listen(port: number): Promise<void> {
		const server = net.createServer((socket) => this.#accept(socket));
		this.#server = server;
		return new Promise((resolve, reject) => {
			server.once('error', reject);
			server.listen(port, '127.0.0.1', () => {
				this.port = (server.address() as net.AddressInfo).port;
				resolve();
			});
		});
	}

	async #stopListening(): Promise<void> {
		const server = this.#server;
		this.#server = null;
		for (const s of this.#sockets) s.destroy();
		this.#sockets.clear();
		if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
	}

	#accept(socket: net.Socket): void {
		this.#sockets.add(socket);
		const index = this.connections.push(Buffer.alloc(0)) - 1;
		let scanned = 0;
		socket.on('data', (chunk: Buffer) => {
			const all = Buffer.concat([this.connections[index]!, chunk]);
			this.connections[index] = all;
			if (this.#mode === 'runs_out' && all.length > 9) this.#ranOut = true;
			// Commands split across chunks: look again at the last two bytes of the previous one.
			for (let i = Math.max(0, scanned - 2); i + 2 < all.length; i++) {
				if (all[i] === 0x10 && all[i + 1] === 0x04) this.#realTime(socket, all[i + 2]!);
				if (all[i] === 0x1d && all[i + 1] === 0x72) this.#printed(socket);
			}
			scanned = all.length;
			for (const wake of this.#waiters.splice(0)) wake();
		});
		socket.on('error', () => {});
		socket.on('close', () => this.#sockets.delete(socket));
	}

	#state(): keyof typeof REAL_TIME | 'silent' {
		if (this.#mode === 'runs_out') return this.#ranOut ? 'paper_out' : 'ready';
		if (this.#mode === 'offline') return 'silent';
		return this.#mode;
	}

	#realTime(socket: net.Socket, n: number): void {
		const state = this.#state();
		if (state === 'silent') return;
		const [printer, cause, paper] = REAL_TIME[state];
		const reply = n === 1 ? printer : n === 2 ? cause : n === 4 ? paper : 0x12;
		socket.write(Buffer.from([reply!]));
	}

	#printed(socket: net.Socket): void {
		const state = this.#state();
		if (state !== 'ready' && state !== 'paper_near_end') return;
		// A moment for the paper to come out.
		setTimeout(() => socket.write(Buffer.from([PAPER_SENSOR[state]])), 20);
	}
}
