/**
 * A printer on a device file, e.g. /dev/usb/lp0 (Linux usblp) or a serial port: bytes are
 * written and nothing is read back, so there is no real-time status on this transport. A missing
 * or refused device counts as offline; a write the device does not take in time, as a timeout.
 * The file is never created: a wrong path is reported, not papered over with a regular file.
 */
import { constants } from 'node:fs';
import fs from 'node:fs/promises';

export type DeviceWriteResult = 'written' | 'offline' | 'timeout' | 'error';

const OFFLINE_CODES = new Set(['ENOENT', 'ENODEV', 'ENXIO', 'EACCES', 'EPERM', 'EIO', 'EBUSY']);

export class DeviceFile {
	/** A write the device never finished; the next job must not interleave with it. */
	#stuck: Promise<unknown> | null = null;

	constructor(readonly path: string) {}

	get busy(): boolean {
		return this.#stuck !== null;
	}

	async write(data: Uint8Array, timeoutMs: number): Promise<DeviceWriteResult> {
		if (this.#stuck) return 'timeout';
		const job = this.#writeAll(data);
		let timer: NodeJS.Timeout | undefined;
		const late = new Promise<'timeout'>((resolve) => {
			timer = setTimeout(() => resolve('timeout'), timeoutMs);
		});
		const result = await Promise.race([job, late]);
		clearTimeout(timer);
		if (result === 'timeout') {
			// The operating system still holds the write; wait for it before the next job.
			this.#stuck = job.finally(() => (this.#stuck = null));
		}
		return result;
	}

	async #writeAll(data: Uint8Array): Promise<DeviceWriteResult> {
		let handle: fs.FileHandle | undefined;
		try {
			handle = await fs.open(this.path, constants.O_WRONLY | constants.O_APPEND);
			await handle.writeFile(data);
			return 'written';
		} catch (err) {
			const code = (err as NodeJS.ErrnoException).code ?? '';
			console.warn(`[okienko] printer ${this.path}: ${code || String(err)}`);
			return OFFLINE_CODES.has(code) ? 'offline' : 'error';
		} finally {
			await handle?.close().catch(() => {});
		}
	}

	/** Is the device there and writable? (Its paper and cover cannot be seen from here.) */
	async reachable(): Promise<boolean> {
		try {
			await fs.access(this.path, constants.W_OK);
			return true;
		} catch {
			return false;
		}
	}
}
