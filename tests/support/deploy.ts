/**
 * The shipped deploy/ files made runnable in a test: the systemd unit with this checkout's paths,
 * and the environment file read as systemd reads it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const DEPLOY = path.join(ROOT, 'deploy');

/** Whether a program is on the PATH (it answers `--version`, or the arguments given). */
export function hasProgram(name: string, args = ['--version']): boolean {
	return spawnSync(name, args, { stdio: 'ignore' }).status === 0;
}

/**
 * The unit with the install paths of docs/operations.md replaced by this checkout's and the
 * running Node's, so `systemd-analyze verify` finds every path it names.
 */
export function renderUnit(envFile: string): string {
	return fs
		.readFileSync(path.join(DEPLOY, 'okienko.service'), 'utf8')
		.replaceAll('/usr/bin/node', process.execPath)
		.replaceAll('/etc/okienko/okienko.env', envFile)
		.replaceAll('/opt/okienko', ROOT);
}

/** `KEY=value` lines as systemd's EnvironmentFile= reads them (comments and blanks skipped). */
export function readEnvFile(text: string): Record<string, string> {
	const env: Record<string, string> = {};
	for (const line of text.split('\n')) {
		const m = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
		if (m) env[m[1]!] = m[2]!.trim();
	}
	return env;
}

/** The unit's `Key=value` settings of one section, in order (a key may repeat). */
export function unitSettings(unit: string, section: string): [string, string][] {
	const out: [string, string][] = [];
	let current = '';
	for (const line of unit.split('\n')) {
		const header = /^\[(\w+)\]$/.exec(line.trim());
		if (header) current = header[1]!;
		const m = /^(\w+)=(.*)$/.exec(line);
		if (m && current === section) out.push([m[1]!, m[2]!]);
	}
	return out;
}

/** A port free on the loopback now (for a program that must be told its port up front). */
export async function freePort(): Promise<number> {
	const net = await import('node:net');
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

export interface RunningCaddy {
	url: string;
	output: () => string;
	stop: () => Promise<void>;
}

/**
 * Caddy with the shipped deploy/Caddyfile, changed only where a test machine must differ: the
 * site's name and port, the upstream's port, its API and plain-http port (free ports, so parallel
 * tests do not collide) and its storage (a temporary folder, through XDG_DATA_HOME).
 */
export async function startCaddy(options: {
	site: string;
	httpsPort: number;
	upstreamPort: number;
	dir: string;
}): Promise<RunningCaddy> {
	const { spawn } = await import('node:child_process');
	const shipped = fs.readFileSync(path.join(DEPLOY, 'Caddyfile'), 'utf8');
	const httpPort = await freePort();
	const rendered = shipped
		.replace('admin localhost:2019', `admin off\n\thttp_port ${httpPort}`)
		.replace(/^kolejka\.um\.example\.pl \{/m, `${options.site}:${options.httpsPort} {`)
		.replace('reverse_proxy 127.0.0.1:3000', `reverse_proxy 127.0.0.1:${options.upstreamPort}`);
	if (rendered.includes('example.pl') || !rendered.includes('\ttls internal')) {
		throw new Error('deploy/Caddyfile changed: update startCaddy (tests/support/deploy.ts)');
	}
	const file = path.join(options.dir, 'Caddyfile');
	fs.writeFileSync(file, rendered);
	const child = spawn('caddy', ['run', '--adapter', 'caddyfile', '--config', file], {
		env: {
			PATH: process.env.PATH,
			HOME: options.dir,
			XDG_DATA_HOME: path.join(options.dir, 'data'),
			XDG_CONFIG_HOME: path.join(options.dir, 'config')
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout!.on('data', (d) => (output += d));
	child.stderr!.on('data', (d) => (output += d));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const started = await Promise.race([
		new Promise<boolean>((resolve) => {
			const check = () => /serving initial configuration/.test(output) && resolve(true);
			child.stderr!.on('data', check);
			child.stdout!.on('data', check);
		}),
		exited.then(() => false)
	]);
	if (!started) throw new Error(`caddy did not start:\n${output}`);
	return {
		url: `https://${options.site}:${options.httpsPort}`,
		output: () => output,
		stop: async () => {
			if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
			await exited;
		}
	};
}
