// Who used the machine's CPU over a stretch of a run (BENCH_CPU_SHARE=1): every process's CPU
// seconds from /proc, the machine's busy share, and the server's event-loop lag from its
// /metrics (prom-client resets the lag histogram at each read). Made to answer "is the server
// slow, or waiting for a core?": on 2026-12-03 at 5 boards the server used 17 % of a core while
// the machine was 95 % busy, most of it the three Chromium boards' renderers.
import fs from 'node:fs';

/** CPU seconds per process. @returns {Map<string, {seconds: number, command: string}>} */
function perProcess() {
	const out = new Map();
	for (const pid of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(pid)) continue;
		try {
			const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			const command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
			out.set(pid, { seconds: (Number(fields[11]) + Number(fields[12])) / 100, command });
		} catch {
			// the process ended meanwhile
		}
	}
	return out;
}

function machine() {
	const f = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
	return { idle: f[3] + f[4], all: f.reduce((a, b) => a + b, 0) };
}

/** The server's event-loop lag since the last read of its /metrics. @param {string} url */
async function loopLag(url) {
	const text = await fetch(url)
		.then((r) => r.text())
		.catch(() => '');
	return text
		.split('\n')
		.filter((l) => /^nodejs_eventloop_lag_(p50|p99|max)_seconds/.test(l))
		.join(', ');
}

/**
 * Starts watching; the returned function ends it and logs what it saw.
 * @param {string} label @param {string | null} metricsUrl @param {(s: string) => void} log
 */
export async function watchCpu(label, metricsUrl, log) {
	if (process.env.BENCH_CPU_SHARE !== '1') return async () => {};
	if (metricsUrl) await loopLag(metricsUrl); // the read resets the lag histogram
	const before = perProcess();
	const m0 = machine();
	const t0 = Date.now();
	return async () => {
		const seconds = (Date.now() - t0) / 1000;
		const m1 = machine();
		const busy = 100 - ((m1.idle - m0.idle) / (m1.all - m0.all)) * 100;
		const used = [...perProcess()]
			.map(([pid, p]) => ({ ...p, seconds: p.seconds - (before.get(pid)?.seconds ?? 0) }))
			.filter((p) => p.seconds >= 0.05)
			.sort((a, b) => b.seconds - a.seconds)
			.slice(0, 10);
		const lag = metricsUrl ? await loopLag(metricsUrl) : '';
		log(`  CPU, ${label}, over ${seconds.toFixed(1)} s: machine ${busy.toFixed(0)} % busy ${lag}`);
		for (const p of used) log(`    ${p.seconds.toFixed(2)} s ${p.command.slice(0, 100)}`);
	};
}
