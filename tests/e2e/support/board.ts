import type { Page } from '@playwright/test';
import type { StaffSnapshotDto } from '../../../src/lib/shared/dto';
import { authFetch } from '../../support/credentials';

const json = { 'content-type': 'application/json' };

/** The demo windows, in label order (1 … 10), read from the running server. */
export async function demoWindows(baseUrl: string): Promise<StaffSnapshotDto['windows']> {
	const res = await authFetch(`${baseUrl}/api/locations/1/queue`);
	const staff = ((await res.json()) as { data: StaffSnapshotDto }).data;
	return staff.windows.sort((a, b) => Number(a.label) - Number(b.label));
}

/**
 * Each window given takes a ticket of a matter it serves and calls it at once (nothing else is
 * waiting there, so it is that ticket): one call per window. Returns the numbers called.
 */
export async function callAtWindows(
	baseUrl: string,
	windows: StaffSnapshotDto['windows']
): Promise<string[]> {
	const numbers: string[] = [];
	for (const w of windows) {
		const issued = await authFetch(`${baseUrl}/api/tickets`, {
			method: 'POST',
			headers: json,
			body: JSON.stringify({ locationId: 1, serviceId: w.serviceIds[0], priority: null })
		}).then((r) => r.json());
		const called = await authFetch(`${baseUrl}/api/windows/${w.id}/call`, {
			method: 'POST',
			headers: json,
			body: '{}'
		});
		if (!called.ok) throw new Error(`window ${w.label} did not call: ${called.status}`);
		numbers.push(issued.data.ticket.number as string);
	}
	return numbers;
}

export interface CallMeasure {
	number: string;
	/** Computed font sizes in CSS pixels: the ticket number and the window's number. */
	numberPx: number;
	/** The call's height in ems of its number (what the board's sizing assumes). */
	emHeight: number;
	windowPx: number;
	/** The call's box lies inside the space for the calls (so on screen) and its content is not cut off. */
	inside: boolean;
	/** The arrow is shown, in the call's own colour (so it flashes with the highlight). */
	arrow: boolean;
	clipped: boolean;
}

/** What a person sees of each call under "Zapraszamy": sizes as rendered, and whether it fits. */
export function measureCalls(page: Page): Promise<CallMeasure[]> {
	return page.getByTestId('board-call').evaluateAll((calls) =>
		calls.map((call) => {
			const number = call.querySelector('[data-testid="board-call-number"]')!;
			const label = call.querySelector('[data-testid="board-call-window"]')!;
			const box = call.getBoundingClientRect();
			const arrow = getComputedStyle(call.querySelector('.arrow')!);
			const space = call.closest('.calls-box')!.getBoundingClientRect();
			const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
			return {
				number: number.textContent!.trim(),
				numberPx: px(number),
				emHeight: box.height / px(number),
				windowPx: px(label),
				inside:
					box.top >= space.top &&
					box.left >= space.left &&
					box.bottom <= space.bottom + 0.5 &&
					box.right <= space.right + 0.5 &&
					space.bottom <= window.innerHeight &&
					space.right <= window.innerWidth,
				arrow:
					arrow.display !== 'none' &&
					arrow.visibility === 'visible' &&
					arrow.color === getComputedStyle(call).color,
				clipped:
					call.scrollWidth > call.clientWidth + 1 || call.scrollHeight > call.clientHeight + 1
			};
		})
	);
}
