/**
 * The wall clock of a time zone at an instant, read from the ICU data the runtime carries (Warsaw's
 * changes to and from summer time included). The queue's opening hours and the statistics' local
 * days both read it here, with one formatter per zone, because formatting is the slow part.
 */
export interface WallClock {
	year: number;
	month: number; // 1–12
	day: number;
	/** 1 = Monday … 7 = Sunday */
	weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7;
	hour: number; // 0–23
	minute: number;
	second: number;
}

const WEEKDAYS: Record<string, WallClock['weekday']> = {
	Mon: 1,
	Tue: 2,
	Wed: 3,
	Thu: 4,
	Fri: 5,
	Sat: 6,
	Sun: 7
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
	let fmt = formatters.get(timeZone);
	if (!fmt) {
		fmt = new Intl.DateTimeFormat('en-GB', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			weekday: 'short',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit'
		});
		formatters.set(timeZone, fmt);
	}
	return fmt;
}

export function wallClock(at: number, timeZone: string): WallClock {
	const p = Object.fromEntries(
		formatter(timeZone)
			.formatToParts(new Date(at))
			.map((x) => [x.type, x.value])
	);
	return {
		year: Number(p.year),
		month: Number(p.month),
		day: Number(p.day),
		weekday: WEEKDAYS[p.weekday ?? ''] ?? 1,
		// Some ICU versions write midnight as 24 even with h23.
		hour: Number(p.hour) % 24,
		minute: Number(p.minute),
		second: Number(p.second)
	};
}
