/** WCAG 2.1 colour arithmetic: relative luminance and contrast ratio of #rrggbb colours. */

export const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/** Relative luminance (WCAG 2.1), 0 for black … 1 for white; 0 for anything not #rrggbb. */
export function luminance(hex: string): number {
	const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
	if (!m) return 0;
	const n = parseInt(m[1]!, 16);
	const channel = (c: number) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return (
		0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
	);
}

/** The contrast ratio of two colours, 1 … 21. */
export function contrastRatio(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever reads better on the given background colour. */
export function textOn(hex: string): '#000000' | '#ffffff' {
	const l = luminance(hex);
	return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}

/** The board's panel behind a floor's colour stripe (--c-board-panel in app.css). */
export const BOARD_PANEL = '#17202b';
