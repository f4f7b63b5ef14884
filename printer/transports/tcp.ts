/**
 * A network printer's raw port (TCP 9100): bytes go out as they are, and the printer's status
 * answers come back on the same connection. One connection per job.
 */
import net from 'node:net';

export class LinkError extends Error {
	constructor(
		readonly reason: 'offline' | 'timeout',
		message: string
	) {
		super(message);
		this.name = 'LinkError';
	}
}

export class TcpLink {
	#received: number[] = [];
	#waiting: (() => void) | null = null;
	#closed = false;

	private constructor(private readonly socket: net.Socket) {
		socket.on('data', (chunk: Buffer) => {
			for (const byte of chunk) this.#received.push(byte);
			this.#waiting?.();
		});
		const end = () => {
			this.#closed = true;
			this.#waiting?.();
		};
		socket.on('close', end);
		socket.on('error', end);
	}

	/** Connect within `timeoutMs`; refused, unreachable or too slow means the printer is offline. */
	static open(host: string, port: number, timeoutMs: number): Promise<TcpLink> {
		return new Promise((resolve, reject) => {
			const socket = net.connect({ host, port, noDelay: true });
			const timer = setTimeout(() => {
				socket.destroy();
				reject(new LinkError('offline', `no connection to ${host}:${port} in ${timeoutMs} ms`));
			}, timeoutMs);
			socket.once('connect', () => {
				clearTimeout(timer);
				socket.removeAllListeners('error');
				resolve(new TcpLink(socket));
			});
			socket.once('error', (err) => {
				clearTimeout(timer);
				socket.destroy();
				reject(new LinkError('offline', `${host}:${port}: ${err.message}`));
			});
		});
	}

	get closed(): boolean {
		return this.#closed;
	}

	write(data: Uint8Array): Promise<void> {
		return new Promise((resolve, reject) => {
			if (this.#closed)
				return reject(new LinkError('offline', 'the printer closed the connection'));
			this.socket.write(data, (err) =>
				err ? reject(new LinkError('offline', err.message)) : resolve()
			);
		});
	}

	/**
	 * The next `count` bytes that `accept` takes (others are dropped), or null if they do not all
	 * arrive within `timeoutMs` or the connection closes first.
	 */
	async read(
		count: number,
		timeoutMs: number,
		accept: (byte: number) => boolean = () => true
	): Promise<number[] | null> {
		const taken: number[] = [];
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			while (taken.length < count && this.#received.length > 0) {
				const byte = this.#received.shift()!;
				if (accept(byte)) taken.push(byte);
			}
			if (taken.length === count) return taken;
			const left = deadline - Date.now();
			if (this.#closed || left <= 0) return null;
			await new Promise<void>((wake) => {
				const timer = setTimeout(wake, left);
				this.#waiting = () => {
					clearTimeout(timer);
					wake();
				};
			});
			this.#waiting = null;
		}
	}

	/** Drop whatever the printer sent that nobody read. */
	discard(): void {
		this.#received = [];
	}

	close(): void {
		this.#closed = true;
		this.socket.end();
		this.socket.destroySoon();
		setTimeout(() => this.socket.destroy(), 1000).unref();
	}
}
