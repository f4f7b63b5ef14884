import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/server/stats/csv';

describe('CSV for Polish Excel', () => {
	it('starts with a BOM, separates with semicolons and writes decimal commas', () => {
		const csv = toCsv(
			['Wydział', 'A'],
			[
				['Referat Podatków', 66.7],
				['Biuro', null]
			]
		);
		expect(csv).toBe('\uFEFFWydział;A\r\nReferat Podatków;66,7\r\nBiuro;\r\n');
	});

	it('quotes fields with separators or quotes, and never lets a cell run as a formula', () => {
		const csv = toCsv(
			['x'],
			[['a;b'], ['say "hi"'], ['=HYPERLINK("http://x")'], ['-1+1'], ['line\nbreak']]
		);
		const lines = csv.slice(1).split('\r\n');
		expect(lines[1]).toBe('"a;b"');
		expect(lines[2]).toBe('"say ""hi"""');
		expect(lines[3]).toBe(`"'=HYPERLINK(""http://x"")"`);
		expect(lines[4]).toBe("'-1+1");
		expect(csv).toContain('"line\nbreak"');
	});
});
