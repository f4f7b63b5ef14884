// Board and kiosk sockets, in a process of their own (not the server's, not the measuring
// client's). Each board records the monotonic time at which it received each board:call; the
// orchestrator collects the receipts and matches them with the clerks' send times.
import { io } from 'socket.io-client';
import { serve } from '../lib/child.mjs';
import { nowMs } from '../lib/measure.mjs';

/** @type {import('socket.io-client').Socket[]} */
let sockets = [];
/** @type {[string, number][]} ticket number and receipt time, boards only (not kiosks) */
let receipts = [];

/** @param {string} url @param {number} locationId @param {boolean} record @param {string} cookie */
function board(url, locationId, record, cookie) {
	const socket = io(url, {
		transports: ['websocket'],
		forceNew: true,
		reconnection: false,
		extraHeaders: cookie ? { cookie } : {}
	});
	if (record) socket.on('board:call', (call) => receipts.push([call.ticketNumber, nowMs()]));
	return new Promise((resolve, reject) => {
		socket.once('connect_error', reject);
		socket.once('connect', () =>
			socket.emit('board:join', { locationId }, (/** @type {any} */ answer) =>
				answer && 'data' in answer ? resolve(socket) : reject(new Error(JSON.stringify(answer)))
			)
		);
	});
}

serve({
	/** A paired board's and kiosk's credentials (the floor ignores them).
	 * @param {{url: string, boards: number, kiosks: number, locationId: number, boardCookie?: string, kioskCookie?: string}} p */
	async connect({ url, boards, kiosks, locationId, boardCookie = '', kioskCookie = '' }) {
		for (let i = 0; i < boards + kiosks; i += 25) {
			const batch = [];
			for (let j = i; j < Math.min(i + 25, boards + kiosks); j++) {
				const isBoard = j < boards;
				batch.push(board(url, locationId, isBoard, isBoard ? boardCookie : kioskCookie));
			}
			sockets.push(...(await Promise.all(batch)));
		}
		return sockets.length;
	},
	collect() {
		const out = receipts;
		receipts = [];
		return out;
	},
	disconnect() {
		for (const s of sockets) s.disconnect();
		sockets = [];
		receipts = [];
		return true;
	}
});
