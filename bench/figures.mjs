// The benchmark's figures, one entry each: what `--only=NAME` runs, how it is measured, and the
// line it prints. bench/run.mjs keeps each figure's last published result in
// bench/results/NAME.json, and bench/report.mjs renders docs/benchmarks.md from those files.
// Adding a figure: an entry here (its `measure` returns something JSON can hold) and its section in
// bench/report.mjs, which finds the result under its name.
import { measureIssuing } from './issuing.mjs';
import { measureLatency } from './latency.mjs';
import { estimateLine, measureEstimate } from './estimate-accuracy.mjs';
import { measureGrowth } from './growth.mjs';
import { measurePages } from './page-weight.mjs';
import { measureStats } from './stats/measure.mjs';
import { measureMail } from './mail.mjs';
import { measureSlots } from './slots.mjs';
import { measureAppointmentLoad } from './appointment-load.mjs';
import { measureSummons } from './summons.mjs';
import { measureVoice } from './voice.mjs';

/** The issuing target, against the floor that group-commits as Okienko does (floor/issue.mjs). */
export const ISSUING_TARGET = 0.6;

/**
 * @typedef {{quick: boolean, option: (name: string, fallback: number) => number,
 *   has: (flag: string) => boolean, log: (s: string) => void}} RunContext
 * @typedef {{name: string, title: string, aliases?: string[],
 *   measure: (run: RunContext) => Promise<any>}} Figure
 */

/** @type {Figure[]} */
export const FIGURES = [
	{
		name: 'latency',
		// Memory is read during the latency run (the 300-board level), so either name runs it.
		aliases: ['memory'],
		title: '1 + 4. Call-to-board latency and RSS (Okienko, then the bare relay, per level)',
		measure: ({ quick, log }) =>
			measureLatency({
				levels: [5, 30, 300],
				rounds: quick ? 1 : 4,
				warmupMs: quick ? 1000 : 1500,
				durationMs: quick ? 3000 : 5000,
				log
			})
	},
	{
		name: 'issuing',
		title: '2. Ticket issuing over HTTP',
		measure: async ({ quick, log }) => {
			const issuing = await measureIssuing({
				concurrency: 10,
				// Per server, in turns of 1.5 s (bench/issuing.mjs says why).
				durationMs: quick ? 2000 : 6000,
				rounds: quick ? 2 : 4,
				maxRequests: 100_000,
				log
			});
			const ratio = issuing.okienko.perSecond / issuing.floorFull.perSecond;
			log(`  ratio Okienko / floor FULL: ${ratio.toFixed(2)}× (target ≥ ${ISSUING_TARGET}×)`);
			return issuing;
		}
	},
	{
		name: 'stats',
		title: '3. Statistics over a year',
		measure: async ({ quick, option, has, log }) => {
			const stats = await measureStats({
				tickets: option('stats-tickets', quick ? 100_000 : 1_000_000),
				fresh: has('--fresh'),
				log
			});
			return { ...stats, sample: undefined };
		}
	},
	{
		name: 'estimate',
		title: '5. Wait estimate accuracy on simulated days',
		measure: async ({ log }) => {
			const estimate = await measureEstimate({ days: 20 });
			log(`  ${estimateLine(estimate)}`);
			return estimate;
		}
	},
	{
		name: 'pages',
		title: '6. Page weight and load time of the kiosk and the board (Chromium, CPU 4× slower)',
		measure: ({ quick, log }) => measurePages({ loads: quick ? 3 : 7, log })
	},
	{
		name: 'growth',
		title: '7. Growth: call-to-board and console acknowledgement at 200, 3 000, 15 000 waiting',
		measure: async (run) => {
			const growth = await measureGrowth({
				rounds: run.quick ? 1 : 3,
				warmupMs: run.quick ? 1000 : 1500,
				durationMs: run.quick ? 3000 : 5000,
				log: run.log
			});
			run.log(
				`  p99 15 000 / 200 waiting: board ${growth.boardRatio.toFixed(2)}×, acknowledgement ${growth.ackRatio.toFixed(2)}× (target ≤ 1.5×)`
			);
			return growth;
		}
	},
	{
		name: 'mail',
		title: '8. Booking → confirmation e-mail received (Okienko, then the floor, in turns)',
		measure: ({ quick, log }) => measureMail({ rounds: quick ? 2 : 4, perRound: 10, log })
	},
	{
		name: 'slots',
		title: '9. Free slots of every matter for a day, with 10 000 bookings',
		measure: ({ quick, log }) => measureSlots({ bookings: 10_000, rounds: quick ? 30 : 300, log })
	},
	{
		name: 'appointments',
		title: '10. Call-to-board with check-ins and free-slot queries beside, against none',
		measure: ({ quick, log }) =>
			measureAppointmentLoad({
				rounds: quick ? 1 : 3,
				warmupMs: quick ? 1000 : 1500,
				durationMs: quick ? 3000 : 5000,
				log
			})
	},
	{
		name: 'summons',
		title: '11. A summons reaches the summoned console (Okienko, then the bare relay, in turns)',
		measure: ({ quick, log }) =>
			measureSummons({ rounds: quick ? 2 : 5, perRound: quick ? 50 : 200, log })
	},
	{
		name: 'voice',
		title: '12. Call → spoken phrase ready on the board (Okienko, then the floor, in turns)',
		measure: ({ quick, log }) => measureVoice({ calls: quick ? 5 : 40, log })
	}
];

/** The figure a name on the command line means (its own name or an alias), or undefined. */
export function figureNamed(/** @type {string} */ name) {
	return FIGURES.find((f) => f.name === name || f.aliases?.includes(name));
}
