/** Office days (YYYY-MM-DD in the office's time zone) as instants, for filtering the audit log. */
const OFFICE_TZ = 'Europe/Warsaw';

function offsetMs(at: number, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit'
	}).formatToParts(at);
	const n = (type: string) => Number(parts.find((p) => p.type === type)!.value);
	return Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second')) - at;
}

/** Midnight at the start of `day` plus `addDays`, in the office's time zone (DST-aware). */
export function officeDayStart(day: string, addDays = 0, timeZone = OFFICE_TZ): number {
	const utcMidnight = Date.parse(`${day}T00:00:00Z`) + addDays * 86_400_000;
	const guess = utcMidnight - offsetMs(utcMidnight, timeZone);
	return utcMidnight - offsetMs(guess, timeZone);
}
