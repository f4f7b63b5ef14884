import { describe, expect, it } from 'vitest';
import {
	charsPerLine,
	parseKiosks,
	parsePrinterUrl,
	PrinterConfigError,
	readKioskPrinters
} from '../../../printer/config';

const files = (content: Record<string, string>) => (file: string) => {
	if (!(file in content)) throw new Error(`ENOENT: no such file, open '${file}'`);
	return content[file]!;
};

describe('printer configuration', () => {
	it('reads a kiosks file with defaults for what it leaves out', () => {
		const kiosks = parseKiosks({
			'lobby-1': { transport: 'tcp', host: '10.0.0.5' },
			lobby_2: { transport: 'device', path: '/dev/usb/lp0', paperWidth: 58, codePage: 46 },
			dev: { transport: 'preview', dir: '/tmp/printouts' }
		});
		expect(kiosks['lobby-1']).toEqual({
			transport: 'tcp',
			host: '10.0.0.5',
			port: 9100,
			paperWidth: 80,
			codePage: 18,
			charset: 'pc852',
			commands: 'generic',
			statusTimeoutMs: 2000,
			printTimeoutMs: 4000
		});
		expect(kiosks.lobby_2).toMatchObject({ paperWidth: 58, codePage: 46 });
		expect(charsPerLine(kiosks.lobby_2!)).toBe(32);
		expect(charsPerLine(kiosks['lobby-1']!)).toBe(48);
		expect(charsPerLine({ paperWidth: 80, charsPerLine: 42 })).toBe(42);
	});

	it('refuses mistakes with a message naming the kiosk and the key', () => {
		const bad = (json: unknown) => () => parseKiosks(json);
		expect(bad({ k: { transport: 'tcp', host: 'x', port: 70000 } })).toThrow(/"k"\."port"/);
		expect(bad({ k: { transport: 'tcp', host: 'x', paperWidth: 76 } })).toThrow(/"paperWidth"/);
		expect(bad({ k: { transport: 'tcp', host: 'x', codepage: 18 } })).toThrow(/codepage/);
		expect(bad({ k: { transport: 'usb' } })).toThrow(/"transport"/);
		expect(bad({ k: { transport: 'device', path: 'lp0' } })).toThrow(/absolute path/);
		expect(bad({ 'bad id!': { transport: 'preview' } })).toThrow(/kiosk id/);
		expect(bad([])).toThrow(PrinterConfigError);
	});

	it('reads the single-printer setting as a URL', () => {
		expect(parsePrinterUrl('tcp://10.0.0.5')).toMatchObject({ host: '10.0.0.5', port: 9100 });
		expect(parsePrinterUrl('tcp://printer.local:9101?paperWidth=58&codePage=46')).toMatchObject({
			transport: 'tcp',
			host: 'printer.local',
			port: 9101,
			paperWidth: 58,
			codePage: 46
		});
		expect(parsePrinterUrl('file:/dev/usb/lp0')).toMatchObject({
			transport: 'device',
			path: '/dev/usb/lp0'
		});
		expect(parsePrinterUrl('file:///dev/usb/lp1')).toMatchObject({ path: '/dev/usb/lp1' });
		expect(parsePrinterUrl('preview')).toMatchObject({ transport: 'preview' });
		expect(parsePrinterUrl('preview:/tmp/x')).toMatchObject({ dir: '/tmp/x' });
		expect(() => parsePrinterUrl('lpt1')).toThrow(/tcp:\/\/host:9100/);
		expect(() => parsePrinterUrl('tcp://x?paperWidth=57')).toThrow(/OKIENKO_PRINTER/);
	});

	it('takes the environment: the kiosks file, the single printer as kiosk "default", or none', () => {
		const read = files({ '/etc/kiosks.json': '{"lobby":{"transport":"tcp","host":"10.0.0.9"}}' });
		expect(readKioskPrinters({}, read)).toEqual({});
		expect(Object.keys(readKioskPrinters({ OKIENKO_KIOSKS: '/etc/kiosks.json' }, read))).toEqual([
			'lobby'
		]);
		const both = readKioskPrinters(
			{ OKIENKO_KIOSKS: '/etc/kiosks.json', OKIENKO_PRINTER: 'preview' },
			read
		);
		expect(Object.keys(both).sort()).toEqual(['default', 'lobby']);
	});

	it('says which file is missing or broken', () => {
		const read = files({ '/bad.json': '{ "lobby": ' });
		expect(() => readKioskPrinters({ OKIENKO_KIOSKS: '/none.json' }, read)).toThrow(
			/OKIENKO_KIOSKS: cannot read \/none\.json/
		);
		expect(() => readKioskPrinters({ OKIENKO_KIOSKS: '/bad.json' }, read)).toThrow(
			/not valid JSON/
		);
		const twice = files({ '/k.json': '{"default":{"transport":"preview"}}' });
		expect(() =>
			readKioskPrinters({ OKIENKO_KIOSKS: '/k.json', OKIENKO_PRINTER: 'preview' }, twice)
		).toThrow(/both set the printer of kiosk "default"/);
	});
});
