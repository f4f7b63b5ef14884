// Clerk consoles, in a process of their own: the measuring client. Each console joins its
// window; `run` then calls the next ticket at a fixed rate, round robin over the windows, over
// the console's socket exactly as the console page does, and records the monotonic time just
// before each call is sent. With `finish`, each window finishes its ticket half a period after
// the call, so it can call again on its next turn (the bare relay records each finish too).
import { io } from 'socket.io-client';
import { serve } from '../lib/child.mjs';
import { nowMs, sleep } from '../lib/measure.mjs';

/** @type {{socket: import('socket.io-client').Socket, windowId: number}[]} */
let consoles = [];

/** @param {import('socket.io-client').Socket} socket @param {string} event @param {unknown} payload */
function request(socket, event, payload) {
	return new Promise((resolve) => socket.emit(event, payload, resolve));
}

serve({
	/** `cookie`: a staff session that operates every window (the floor ignores it).
	 * @param {{url: string, windowIds: number[], cookie?: string}} p */
	async connect({ url, windowIds, cookie = '' }) {
		consoles = await Promise.all(
			windowIds.map(
				(windowId) =>
					new Promise((resolve, reject) => {
						const socket = io(url, {
							transports: ['websocket'],
							forceNew: true,
							reconnection: false,
							extraHeaders: cookie ? { cookie } : {}
						});
						socket.once('connect_error', reject);
						socket.once('connect', async () => {
							const answer = /** @type {any} */ (
								await request(socket, 'window:join', { windowId })
							);
							if ('data' in answer) resolve({ socket, windowId });
							else reject(new Error(JSON.stringify(answer)));
						});
					})
			)
		);
		return consoles.length;
	},
	/** @param {{rate: number, durationMs: number, finish: boolean}} p */
	async run({ rate, durationMs, finish }) {
		const period = 1000 / rate;
		const total = Math.round((durationMs / 1000) * rate);
		/** @type {[string, number][]} */
		const sent = [];
		/** @type {number[]} */
		const ackMs = [];
		/** @type {Record<string, number>} */
		const errors = {};
		const pending = [];
		const start = nowMs() + 20;
		for (let k = 0; k < total; k++) {
			const due = start + k * period;
			const wait = due - nowMs();
			if (wait > 0) await sleep(wait);
			const c = consoles[k % consoles.length];
			const t0 = nowMs();
			pending.push(
				request(c.socket, 'window:action', { windowId: c.windowId, action: 'call' }).then(
					async (/** @type {any} */ answer) => {
						ackMs.push(nowMs() - t0);
						if (!answer || !('data' in answer) || !answer.data.ticket) {
							const code = answer?.error?.code ?? 'no_ticket';
							errors[code] = (errors[code] ?? 0) + 1;
							return;
						}
						sent.push([answer.data.ticket.number, t0]);
						if (!finish) return;
						const later = t0 + period / 2 - nowMs();
						if (later > 0) await sleep(later);
						const done = /** @type {any} */ (
							await request(c.socket, 'window:action', {
								windowId: c.windowId,
								action: 'finish',
								ticketId: answer.data.ticket.id
							})
						);
						if (!('data' in done))
							errors[`finish_${done.error.code}`] = 1 + (errors[`finish_${done.error.code}`] ?? 0);
					}
				)
			);
		}
		await Promise.race([Promise.all(pending), sleep(10_000)]);
		return { sent, ackMs, errors, calls: total };
	},
	disconnect() {
		for (const c of consoles) c.socket.disconnect();
		consoles = [];
		return true;
	}
});
