/**
 * Where the kiosk's low-reach mode starts its buttons: everything a visitor touches goes below
 * this line, within reach of a person in a wheelchair or of small stature (EN 301 549 and the
 * usual 1200 mm from the floor). Set per kiosk in its address, `?reach=0.55` (a fraction of the
 * screen's height, from the top) or `?reach=900px`, since the height of the screen above the
 * floor depends on the stand; the default suits a 32" portrait screen on a floor stand, whose
 * middle is at about 1200 mm.
 */
export const DEFAULT_REACH = 0.5;
/** At least a quarter of the screen stays for the buttons. */
const MAX_FRACTION = 0.75;
const MAX_PX = 4000;

/** The line as a CSS length (`50dvh`, `900px`), or null for a value that is not one. */
export function reachTop(value: string | null): string | null {
	if (value === null || value === '') return `${DEFAULT_REACH * 100}dvh`;
	const px = /^(\d{1,4})px$/.exec(value);
	if (px) {
		const n = Number(px[1]);
		return n > 0 && n <= MAX_PX ? `${n}px` : null;
	}
	if (!/^0?\.\d{1,3}$/.test(value)) return null;
	const fraction = Number(value);
	return fraction > 0 && fraction <= MAX_FRACTION ? `${+(fraction * 100).toFixed(1)}dvh` : null;
}
