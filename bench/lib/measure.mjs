// Small numeric helpers shared by the benchmark scripts.
import fs from 'node:fs';

/**
 * The p-th percentile (0–100) of a list of numbers, by the nearest-rank method.
 * @param {number[]} values
 * @param {number} p
 */
export function percentile(values, p) {
	if (values.length === 0) return NaN;
	const sorted = Float64Array.from(values).sort();
	const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
	return sorted[rank - 1];
}

/** @param {number[]} values */
export function mean(values) {
	return values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
}

/** Resident set size of a process in bytes, from /proc (Linux), or NaN. @param {number} pid */
export function rssOf(pid) {
	try {
		const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
		const m = /VmRSS:\s+(\d+) kB/.exec(status);
		return m ? Number(m[1]) * 1024 : NaN;
	} catch {
		return NaN;
	}
}

/** Monotonic time in ms as a float; the same clock in every process of this machine. */
export function nowMs() {
	return Number(process.hrtime.bigint()) / 1e6;
}

/** @param {number} ms */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
