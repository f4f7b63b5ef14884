/**
 * The shipped deploy/ files made runnable in a test: the systemd unit with this checkout's paths,
 * and the environment file read as systemd reads it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const DEPLOY = path.join(ROOT, 'deploy');

/** Whether a program is on the PATH (`--version` answers). */
export function hasProgram(name: string): boolean {
	return spawnSync(name, ['--version'], { stdio: 'ignore' }).status === 0;
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
