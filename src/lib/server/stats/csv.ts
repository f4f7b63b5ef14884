/**
 * CSV for the office's spreadsheet: UTF-8 with a byte-order mark (so Excel reads ą, ę, ł right),
 * semicolons between fields and decimal commas, as Polish Excel expects. Every field is quoted
 * when it needs to be, and a leading =, +, - or @ is neutralised so no cell runs as a formula.
 */
export type Cell = string | number | null;

function field(value: Cell): string {
	if (value === null) return '';
	let text = typeof value === 'number' ? String(value).replace('.', ',') : value;
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: Cell[][]): string {
	return '\uFEFF' + [header, ...rows].map((r) => r.map(field).join(';')).join('\r\n') + '\r\n';
}
