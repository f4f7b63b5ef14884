/**
 * Starts the real production server (server.js over the built app) on a free loopback port with
 * its own temporary database, for integration and e2e tests. Needs `npm run build` first
 * (`npm test` does it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { signIn } from './auth';
import { useCookie } from './credentials';

/** What a test sees of a server, spawned (here) or in its own process (in-process.ts). */
export interface TestServer {
	url: string;
	port: number;
	dbPath: string;
	dir: string;
	/** What the server printed since start (seeding, the setup code, errors). */
	output: () => string;
	/** Stops it and waits until it has stopped. */
	stop: () => Promise<void>;
	/**
	 * The demo administrator's session cookie (signed in at start): api.ts and sockets.ts send it
	 * by default, so tests of the queue act as an account that may do everything. Tests of
	 * authorization pass their own cookie (or '' for anonymous). Empty with `signIn: false`.
	 */
	adminCookie: string;
}

export interface RunningServer extends TestServer {
	process: ChildProcess;
	/** SIGTERM and wait for exit. */
	stop: () => Promise<void>;
	/** SIGKILL, as a crash or power cut would. */
	kill: () => Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface StartOptions {
	/** Reuse a database (e.g. after a restart); default: a new one in a new temporary folder. */
	dbPath?: string;
	/** Fixed port (to restart on the same address); default: a free one. */
	port?: number;
	env?: Record<string, string>;
	/** Sign in as the demo admin at start (default true; needs the demo accounts). */
	signIn?: boolean;
}

/**
 * The Node.js flags of `npm start` (package.json's start script: `node <flags> server.js`), so
 * that tests and benchmarks run the server exactly as an office does.
 */
export function serverNodeFlags(): string[] {
	const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
		scripts: { start: string };
	};
	const m = /^node ((?:--\S+ )*)server\.js$/.exec(pkg.scripts.start);
	if (!m) throw new Error(`unexpected start script: ${pkg.scripts.start}`);
	return m[1]!.trim().split(' ').filter(Boolean);
}

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
	if (!fs.existsSync(path.join(ROOT, 'build', 'handler.js'))) {
		throw new Error('build/ is missing: run `npm run build` first (npm test does)');
	}
	const dir = options.dbPath
		? path.dirname(options.dbPath)
		: fs.mkdtempSync(path.join(os.tmpdir(), 'okienko-test-'));
	const dbPath = options.dbPath ?? path.join(dir, 'okienko.sqlite');
	const child = spawn(process.execPath, [...serverNodeFlags(), 'server.js'], {
		cwd: ROOT,
		env: {
			...process.env,
			PORT: String(options.port ?? 0),
			HOST: '127.0.0.1',
			OKIENKO_DB: dbPath,
			...options.env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout!.on('data', (d) => (output += d));
	child.stderr!.on('data', (d) => (output += d));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

	const port = await new Promise<number>((resolve, reject) => {
		// A cap, not a wait: a busy machine may take a while to start Node and open the database.
		const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
		const onData = () => {
			const m = /Okienko listening on http:\/\/[\w.]+:(\d+)/.exec(output);
			if (m) {
				clearTimeout(timer);
				resolve(Number(m[1]));
			}
		};
		child.stdout!.on('data', onData);
		// 'close', not 'exit': only then has all it wrote on its way out (the reason) been read.
		child.once('close', (code) => {
			clearTimeout(timer);
			reject(new Error(`server exited (${code}) before listening:\n${output}`));
		});
	});

	const end = async (signal: NodeJS.Signals) => {
		if (child.exitCode === null && child.signalCode === null) child.kill(signal);
		await exited;
	};
	const url = `http://127.0.0.1:${port}`;
	let adminCookie = '';
	if (options.signIn !== false && (options.env?.OKIENKO_SEED ?? 'demo') === 'demo') {
		adminCookie = await signIn(url, 'admin');
		useCookie(url, adminCookie);
	}
	return {
		adminCookie,
		url,
		port,
		dbPath,
		dir,
		process: child,
		output: () => output,
		stop: () => end('SIGTERM'),
		kill: () => end('SIGKILL')
	};
}
