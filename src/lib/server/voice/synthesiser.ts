/**
 * espeak-ng on the server (issue 16, the default voice): each phrase rendered once and kept as a
 * file in the data folder, named by the hash of what was said and by which voice, so a board
 * asking again (or any board, after a restart) gets the file without a second synthesis.
 * Ogg Vorbis through sox when sox is there (about a sixth of the WAV's size; issue 18 wants
 * sounds compressed), else the WAV espeak-ng writes. Nothing is fetched from the internet.
 */
import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { RenderWorker } from './render-worker';

const run = promisify(execFile);

export interface RenderedPhrase {
	file: string;
	hash: string;
	mime: 'audio/ogg' | 'audio/wav';
}

/** A little slower than espeak-ng's 175 words a minute: a waiting room is not quiet. */
const WORDS_PER_MINUTE = '150';

const firstLine = (out: string) => out.trim().split('\n')[0] ?? '';

function versionOfNow(command: string, args: string[]): string | null {
	const r = spawnSync(command, args, { encoding: 'utf8', timeout: 5000 });
	return r.status === 0 ? firstLine(`${r.stdout}${r.stderr}`) : null;
}

function versionOf(command: string, args: string[]): Promise<string | null> {
	return run(command, args, { encoding: 'utf8', timeout: 5000 }).then(
		({ stdout, stderr }) => firstLine(`${stdout}${stderr}`),
		() => null
	);
}

export class Synthesiser {
	#tools: { espeak: string | null; sox: boolean } | null = null;
	readonly #rendering = new Map<string, Promise<RenderedPhrase>>();
	/** espeak-ng and sox run from a process of its own, at a low priority (render-worker.ts says why). */
	readonly #worker = new RenderWorker();
	/** The cache folder, made once rather than per phrase (again after a failure: it may have been deleted). */
	#folder: Promise<unknown> | null = null;

	constructor(
		private readonly cacheDir: string,
		private readonly commands = { espeak: 'espeak-ng', sox: 'sox' }
	) {
		// Looked for in the background from the start, so the first call does not wait for it.
		void Promise.all([
			versionOf(commands.espeak, ['--version']),
			versionOf(commands.sox, ['--version'])
		]).then(([espeak, sox]) => (this.#tools ??= { espeak, sox: sox !== null }));
	}

	/** Looked for once (now, if the background look has not answered yet): installing espeak-ng needs a restart to be seen. */
	get #found() {
		this.#tools ??= {
			espeak: versionOfNow(this.commands.espeak, ['--version']),
			sox: versionOfNow(this.commands.sox, ['--version']) !== null
		};
		return this.#tools;
	}

	get available(): boolean {
		return this.#found.espeak !== null;
	}

	/** Phrases being rendered or waiting their turn. */
	get busy(): boolean {
		return this.#rendering.size > 0;
	}

	/** The phrase's audio file, rendered now if it is not in the cache yet (once, however many ask). */
	render(text: string, voice: string): Promise<RenderedPhrase> {
		const tools = this.#found;
		if (!tools.espeak) return Promise.reject(new Error('espeak-ng is not installed'));
		const mime = tools.sox ? 'audio/ogg' : 'audio/wav';
		const hash = createHash('sha256')
			.update(`${tools.espeak}\n${WORDS_PER_MINUTE}\n${voice}\n${mime}\n${text}`)
			.digest('hex')
			.slice(0, 32);
		const file = path.join(this.cacheDir, `${hash}.${tools.sox ? 'ogg' : 'wav'}`);
		if (fs.existsSync(file)) return Promise.resolve({ file, hash, mime });
		let job = this.#rendering.get(hash);
		if (!job) {
			job = this.#synthesise(text, voice, file, tools.sox)
				.then(() => ({ file, hash, mime }) as RenderedPhrase)
				.finally(() => this.#rendering.delete(hash));
			this.#rendering.set(hash, job);
		}
		return job;
	}

	/** Ends the render worker (the app is closing). */
	close(): void {
		this.#worker.close();
	}

	async #synthesise(text: string, voice: string, file: string, sox: boolean): Promise<void> {
		this.#folder ??= fs.promises.mkdir(this.cacheDir, { recursive: true });
		// Written beside and renamed: a board never reads half a file, even after a crash.
		const part = `${file}.${process.pid}.part`;
		try {
			await this.#folder;
			// No shell: the text is an argument, never a command line.
			await this.#worker.render({
				espeak: this.commands.espeak,
				sox: sox ? this.commands.sox : null,
				voice,
				wordsPerMinute: WORDS_PER_MINUTE,
				text,
				out: part
			});
			await fs.promises.rename(part, file);
		} catch (err) {
			this.#folder = null;
			throw err;
		} finally {
			await fs.promises.rm(part, { force: true });
		}
	}
}
