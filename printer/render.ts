/**
 * One receiptline document, two renderings: ESC/POS bytes for the printer and an SVG preview
 * for staff. The printer's PC852 table number is configurable (ESC t n), because clones number
 * their tables differently; receiptline's own number is Epson's (18).
 */
import receiptline from 'receiptline';

export interface RenderOptions {
	charsPerLine: number;
	/** ESC t n: the number of PC852 in this printer's table. */
	codePage: number;
	/** receiptline's ESC/POS dialect. */
	commands: 'generic' | 'escpos';
}

/** A font the preview can use without the internet, in the order a browser tries them. */
export const PREVIEW_FONTS = `'DejaVu Sans Mono', 'Liberation Mono', 'Cousine', 'Courier New', monospace`;

/** receiptline's command set with this printer's code-page command. */
function commandSet(options: RenderOptions) {
	const base = receiptline.commands[options.commands];
	return {
		...base,
		codepage: { ...base.codepage, cp852: '\x1bt' + String.fromCharCode(options.codePage) }
	};
}

/** The ticket as the bytes a printer receives: ESC @ … text in PC852 … QR raster … cut, GS r 1. */
export function toEscPos(document: string, options: RenderOptions): Buffer {
	const commands = receiptline.transform(document, {
		cpl: options.charsPerLine,
		encoding: 'cp852',
		// Text, QR codes and rules print sharper as black and white than dithered.
		gradient: false,
		cutting: true,
		command: commandSet(options)
	});
	return Buffer.from(commands, 'binary');
}

/**
 * The same ticket as SVG, as wide as the paper (12 units a character). receiptline's SVG imports
 * a web font from the internet; that import is removed and the text set in fonts found locally.
 */
export function toSvg(document: string, options: Pick<RenderOptions, 'charsPerLine'>): string {
	const svg = receiptline.transform(document, {
		cpl: options.charsPerLine,
		encoding: 'cp852',
		command: 'svg'
	});
	return svg
		.replace(/<style[\s\S]*?<\/style>/g, '')
		.replace(/font-family="[^"]*"/, `font-family="${PREVIEW_FONTS}"`)
		.replace(/@import[^;]*;/g, '');
}
