/**
 * The one process that starts espeak-ng and sox for the synthesiser (issue 18 §1). Why a process
 * of its own: starting a program (fork and exec) holds the starting process's event loop for tens
 * of milliseconds, longer the more memory it has; from the server, two per call would hold every
 * call and snapshot behind them. This small process starts them instead, at a low priority (nice
 * 10, which the programs inherit): a phrase waits for spare CPU, the boards' calls do not wait for
 * the phrase. One phrase at a time, in order, as the boards play them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/** How much lower than the server the renders run (nice; 19 is the lowest). */
export const RENDER_NICENESS = 10;

export interface RenderJob {
	/** Commands (the synthesiser's, so tests can name missing ones). */
	espeak: string;
	sox: string | null;
	voice: string;
	wordsPerMinute: string;
	text: string;
	/** Where the audio is written: Ogg through sox when there is sox, else espeak-ng's WAV. */
	out: string;
}

/**
 * The worker itself, plain JavaScript run by `node -e` (no file to ship beside the build): one job
 * per line of JSON on stdin, one answer per line on stdout; it ends when the server's side of
 * stdin closes, so it never outlives the server. espeak-ng's WAV goes straight into sox through a
 * pipe: no temporary file, the same samples.
 */
const WORKER = `
const { spawn } = require('node:child_process');
const os = require('node:os');
const readline = require('node:readline');
try { os.setPriority(${RENDER_NICENESS}); } catch {}
const queue = [];
let busy = false;
const done = (id, error) => process.stdout.write(JSON.stringify({ id, error }) + '\\n');
function run(job) {
	return new Promise((resolve) => {
		let error = null;
		const fail = (e) => (error ??= String(e && e.message ? e.message : e));
		const args = ['-v', job.voice, '-s', job.wordsPerMinute];
		const espeak = spawn(job.espeak, job.sox ? [...args, '--stdout', job.text] : [...args, '-w', job.out, job.text], {
			stdio: ['ignore', job.sox ? 'pipe' : 'ignore', 'ignore']
		});
		espeak.on('error', fail);
		let left = 1;
		const exited = (name) => (code) => {
			if (code !== 0) fail(name + ' exited with ' + code);
			if (--left === 0) resolve(error);
		};
		espeak.on('close', exited('espeak-ng'));
		if (job.sox) {
			left++;
			const sox = spawn(job.sox, ['-t', 'wav', '-', '-t', 'ogg', '-C', '4', job.out], {
				stdio: ['pipe', 'ignore', 'ignore']
			});
			sox.on('error', fail);
			sox.stdin.on('error', () => {});
			espeak.stdout.pipe(sox.stdin);
			sox.on('close', exited('sox'));
		}
	});
}
async function drain() {
	busy = true;
	for (let job = queue.shift(); job; job = queue.shift()) done(job.id, await run(job));
	busy = false;
}
readline.createInterface({ input: process.stdin }).on('line', (line) => {
	queue.push(JSON.parse(line));
	if (!busy) drain();
}).on('close', () => process.exit(0));
`;

/** The server's side: starts the worker when first needed, and again if it ever dies. */
export class RenderWorker {
	#child: ChildProcess | null = null;
	#next = 1;
	readonly #waiting = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();

	render(job: RenderJob): Promise<void> {
		const child = this.#started();
		const id = this.#next++;
		return new Promise<void>((resolve, reject) => {
			this.#waiting.set(id, { resolve, reject });
			child.stdin!.write(`${JSON.stringify({ id, ...job })}\n`);
		});
	}

	/** Ends the worker (the app is closing); a render under way is refused. */
	close(): void {
		const child = this.#child;
		this.#child = null;
		child?.stdin?.end();
		this.#failAll(new Error('the synthesiser is closed'));
	}

	#started(): ChildProcess {
		if (this.#child) return this.#child;
		const child = spawn(process.execPath, ['-e', WORKER], { stdio: ['pipe', 'pipe', 'inherit'] });
		// Neither the worker nor its pipes keep the server running.
		child.unref();
		for (const stream of [child.stdin, child.stdout]) {
			(stream as unknown as { unref?: () => void } | null)?.unref?.();
		}
		child.stdin!.on('error', () => undefined);
		createInterface({ input: child.stdout! }).on('line', (line) => {
			const { id, error } = JSON.parse(line) as { id: number; error: string | null };
			const waiting = this.#waiting.get(id);
			this.#waiting.delete(id);
			if (error) waiting?.reject(new Error(error));
			else waiting?.resolve();
		});
		const gone = () => {
			if (this.#child === child) this.#child = null;
			this.#failAll(new Error('the synthesiser worker stopped'));
		};
		child.on('exit', gone);
		child.on('error', gone);
		this.#child = child;
		return child;
	}

	#failAll(error: Error): void {
		for (const w of this.#waiting.values()) w.reject(error);
		this.#waiting.clear();
	}
}
