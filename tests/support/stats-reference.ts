/**
 * The statistics as first defined straight over the event log (window functions pairing each
 * ticket's events in order; the queries before the roll-up of migration 008), kept as the oracle
 * the roll-up is tested against. Far too slow for a year, fine for the few hundred tickets of a
 * test.
 */
import type { Db } from '../../src/lib/server/db/open';

export interface RefInterval {
	measure: 'wait' | 'walk' | 'service';
	department_id: number;
	service_id: number;
	window_id: number;
	staff_id: number | null;
	priority: string | null;
	began: number;
	ms: number;
}

/** Every interval of the tickets issued in [from, to) at a location. */
export function referenceIntervals(db: Db, locationId: number, from: number, to: number) {
	return db
		.prepare(
			`WITH tickets_in AS (
				SELECT ticket_id FROM events WHERE location_id = @loc AND type = 'ticket_issued'
				AND at >= @from AND at < @to
			),
			ev AS (
				SELECT type, at, department_id, service_id, window_id, priority, staff_id,
					lag(type) OVER w AS prev_type, lag(at) OVER w AS prev_at,
					lag(department_id) OVER w AS prev_department, lag(service_id) OVER w AS prev_service,
					lag(window_id) OVER w AS prev_window, lag(staff_id) OVER w AS prev_staff,
					max(CASE WHEN type = 'ticket_called' THEN at END) OVER w AS call_at
				FROM events WHERE location_id = @loc AND ticket_id IN (SELECT ticket_id FROM tickets_in)
				WINDOW w AS (PARTITION BY ticket_id ORDER BY id)
			)
			SELECT 'wait' AS measure, department_id, service_id, window_id, staff_id, priority,
				prev_at AS began, at - prev_at AS ms FROM ev
			WHERE type = 'ticket_called'
				AND prev_type IN ('ticket_issued', 'ticket_returned', 'ticket_transferred')
			UNION ALL
			SELECT 'walk', department_id, service_id, window_id, staff_id, priority, call_at,
				at - call_at FROM ev WHERE type = 'service_started' AND call_at IS NOT NULL
			UNION ALL
			SELECT 'service', prev_department, prev_service, prev_window, prev_staff, priority, prev_at,
				at - prev_at FROM ev
			WHERE prev_type = 'service_started'
				AND type IN ('service_finished', 'ticket_transferred', 'ticket_returned')`
		)
		.all({ loc: locationId, from, to }) as RefInterval[];
}

/** count, mean and nearest-rank median and p90 (rank ⌈p·n⌉) of some durations. */
export function referenceStats(values: number[]) {
	const sorted = [...values].sort((a, b) => a - b);
	const n = sorted.length;
	return {
		count: n,
		mean: sorted.reduce((s, v) => s + v, 0) / n,
		median: sorted[Math.ceil(n * 0.5) - 1]!,
		p90: sorted[Math.ceil(n * 0.9) - 1]!
	};
}
