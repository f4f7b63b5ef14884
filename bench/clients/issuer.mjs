// HTTP load for ticket issuing, in a process of its own: `concurrency` kiosks on keep-alive
// connections each issue tickets back to back for `durationMs`, recording every latency.
import http from 'node:http';
import { serve } from '../lib/child.mjs';
import { nowMs } from '../lib/measure.mjs';

/** @param {http.Agent} agent @param {URL} url @param {string} body @param {string} cookie */
function post(agent, url, body, cookie) {
	return new Promise((resolve, reject) => {
		const req = http.request(
			url,
			{
				method: 'POST',
				agent,
				headers: {
					'content-type': 'application/json',
					'content-length': Buffer.byteLength(body),
					// As a kiosk's browser does: the server refuses a POST from another origin.
					origin: url.origin,
					// A paired kiosk's credential (Okienko and the floor check it).
					...(cookie ? { cookie } : {})
				}
			},
			(res) => {
				res.resume();
				res.on('end', () => resolve(res.statusCode));
			}
		);
		req.on('error', reject);
		req.end(body);
	});
}

serve({
	/** @param {{url: string, concurrency: number, durationMs: number, maxRequests: number, bodies: string[], cookie?: string}} p */
	async run({ url, concurrency, durationMs, maxRequests, bodies, cookie = '' }) {
		const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
		const target = new URL('/api/tickets', url);
		/** @type {number[]} */
		const latencies = [];
		/** @type {Record<string, number>} */
		const statuses = {};
		let issued = 0;
		let started = 0;
		const begin = nowMs();
		const deadline = begin + durationMs;
		await Promise.all(
			Array.from({ length: concurrency }, async () => {
				while (nowMs() < deadline && started < maxRequests) {
					const body = bodies[started++ % bodies.length];
					const t0 = nowMs();
					const status = await post(agent, target, body, cookie);
					latencies.push(nowMs() - t0);
					statuses[status] = (statuses[status] ?? 0) + 1;
					if (status === 201) issued++;
				}
			})
		);
		const elapsed = nowMs() - begin;
		agent.destroy();
		return { issued, elapsedMs: elapsed, latencies, statuses };
	}
});
