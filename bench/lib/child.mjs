// Child processes of the benchmark: servers that print a "listening on" line, and clients that
// talk to the orchestrator over IPC with request/answer messages.
import { fork, spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './ts.mjs';

/**
 * The children still running: stopped when the benchmark exits early (its time limit, an error),
 * so that no server or client outlives it.
 * @type {Set<import('node:child_process').ChildProcess>}
 */
const live = new Set();
process.on('exit', () => {
	for (const child of live) child.kill('SIGTERM');
});
/**
 * @template {import('node:child_process').ChildProcess} T
 * @param {T} child @returns {T}
 */
function track(child) {
	live.add(child);
	child.once('exit', () => live.delete(child));
	return child;
}

/**
 * Start a server script (a floor) on a free loopback port; resolves with its URL once it prints
 * "listening on http://HOST:PORT".
 * @param {string} script path from the project root
 * @param {Record<string, string>} env
 * @param {string[]} nodeArgs e.g. ['--cpu-prof']
 */
export async function startScript(script, env = {}, nodeArgs = []) {
	const child = track(
		spawn(process.execPath, [...nodeArgs, path.join(ROOT, script)], {
			cwd: ROOT,
			env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
			stdio: ['ignore', 'pipe', 'pipe']
		})
	);
	let output = '';
	child.stdout.on('data', (d) => (output += d));
	child.stderr.on('data', (d) => (output += d));
	const exited = new Promise((resolve) => child.once('exit', resolve));
	const url = await /** @type {Promise<string>} */ (
		new Promise((resolve, reject) => {
			const timer = setTimeout(
				() => reject(new Error(`${script} did not start:\n${output}`)),
				20_000
			);
			child.stdout.on('data', () => {
				const m = /listening on (http:\/\/[\d.]+:\d+)/.exec(output);
				if (m) {
					clearTimeout(timer);
					resolve(String(m[1]));
				}
			});
			child.once('exit', (code) => {
				clearTimeout(timer);
				reject(new Error(`${script} exited (${code}):\n${output}`));
			});
		})
	);
	return {
		url,
		process: child,
		output: () => output,
		stop: async () => {
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
			await exited;
		}
	};
}

/**
 * A client process (bench/clients/*.mjs) driven over IPC: `ask(type, payload)` sends a request
 * and resolves with the child's answer to it.
 * @param {string} script
 */
export function startClient(script) {
	const child = track(fork(path.join(ROOT, script), [], { cwd: ROOT, stdio: 'inherit' }));
	let seq = 0;
	/** @type {Map<number, {resolve: (v: any) => void, reject: (e: Error) => void}>} */
	const pending = new Map();
	child.on('message', (/** @type {any} */ msg) => {
		const p = pending.get(msg.id);
		if (!p) return;
		pending.delete(msg.id);
		if (msg.error) p.reject(new Error(`${script}: ${msg.error}`));
		else p.resolve(msg.result);
	});
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.once('exit', (code) => {
		for (const p of pending.values()) p.reject(new Error(`${script} exited (${code})`));
		pending.clear();
	});
	return {
		pid: child.pid,
		/** @param {string} type @param {unknown} [payload] @param {number} [timeoutMs] */
		ask(type, payload, timeoutMs = 120_000) {
			const id = ++seq;
			return new Promise((resolve, reject) => {
				const timer = setTimeout(() => {
					pending.delete(id);
					reject(new Error(`${script}: no answer to ${type} within ${timeoutMs} ms`));
				}, timeoutMs);
				pending.set(id, {
					resolve: (v) => (clearTimeout(timer), resolve(v)),
					reject: (e) => (clearTimeout(timer), reject(e))
				});
				child.send({ id, type, payload });
			});
		},
		async stop() {
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
			await exited;
		}
	};
}

/**
 * The child's side: answer the orchestrator's requests with the handlers given.
 * @param {Record<string, (payload: any) => unknown>} handlers
 */
export function serve(handlers) {
	process.on('message', async (/** @type {any} */ msg) => {
		try {
			const handler = handlers[msg.type];
			if (!handler) throw new Error(`unknown request ${msg.type}`);
			process.send?.({ id: msg.id, result: await handler(msg.payload) });
		} catch (err) {
			process.send?.({ id: msg.id, error: err instanceof Error ? err.stack : String(err) });
		}
	});
	process.on('disconnect', () => process.exit(0));
	process.on('SIGTERM', () => process.exit(0));
}
