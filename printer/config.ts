/**
 * Which printer each kiosk prints on, from the environment, checked at start-up:
 *  - OKIENKO_KIOSKS names a JSON file: { "<kiosk id>": { "transport": "tcp", "host": …, … }, … };
 *  - OKIENKO_PRINTER is the simple single-kiosk setting (`tcp://host:9100`, `file:/dev/usb/lp0`,
 *    `preview`), which becomes the printer of kiosk "default" and of every kiosk not listed.
 * With neither set, no printer is configured and the kiosk says so (the placeholder).
 * Every key is documented in the README; a wrong one stops the server with a clear message.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { kioskId } from '$lib/shared/schemas';
import { CHARSETS } from './charset';

export const DEFAULT_KIOSK = 'default';
export const DEFAULT_PREVIEW_DIR = path.join('data', 'printouts');

const common = {
	/** Paper roll width in millimetres: 58 (32 characters a line) or 80 (48). */
	paperWidth: z.union([z.literal(58), z.literal(80)]).default(80),
	/** Characters per line, when the printer's font differs from the usual 32 / 48. */
	charsPerLine: z.number().int().min(16).max(96).optional(),
	/** The number of PC852 in the printer's code-page table (ESC t n); Epson's is 18. */
	codePage: z.number().int().min(0).max(255).default(18),
	/** "pc852", or "ascii" for a printer without Polish letters (ą prints as a). */
	charset: z.enum(CHARSETS).default('pc852'),
	/** receiptline's ESC/POS dialect: "generic" (GS v 0 images) or "escpos" (Epson TM). */
	commands: z.enum(['generic', 'escpos']).default('generic'),
	/** How long the printer may take to connect and report its status before the kiosk gives up. */
	statusTimeoutMs: z.number().int().min(200).max(10_000).default(2000),
	/** How long printing one ticket may take before it counts as failed. */
	printTimeoutMs: z.number().int().min(500).max(30_000).default(4000),
	/** The location (slug) whose clerk consoles hear about this printer before its first ticket. */
	location: z
		.string()
		.regex(/^[a-z0-9-]{1,60}$/)
		.optional()
};

const tcp = z.strictObject({
	transport: z.literal('tcp'),
	host: z.string().trim().min(1).max(253),
	port: z.number().int().min(1).max(65_535).default(9100),
	...common
});
const device = z.strictObject({
	transport: z.literal('device'),
	path: z.string().regex(/^\//, 'must be an absolute path such as /dev/usb/lp0'),
	...common
});
const preview = z.strictObject({
	transport: z.literal('preview'),
	dir: z.string().min(1).default(DEFAULT_PREVIEW_DIR),
	...common
});

export const printerSettings = z.discriminatedUnion('transport', [tcp, device, preview]);
export type PrinterSettings = z.infer<typeof printerSettings>;
export type TcpSettings = z.infer<typeof tcp>;
export type DeviceSettings = z.infer<typeof device>;
export type PreviewSettings = z.infer<typeof preview>;

/** Kiosk id → its printer. */
export type KioskPrinters = Record<string, PrinterSettings>;

export class PrinterConfigError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'PrinterConfigError';
	}
}

function describe(error: z.ZodError, where: string): string {
	const lines = error.issues.map((i) => {
		const at = i.path.length ? i.path.map((p) => JSON.stringify(p)).join('.') : '(top level)';
		const message =
			i.code === 'invalid_key' ? 'a kiosk id is 1–40 letters, digits, "-" or "_"' : i.message;
		return `  - ${at}: ${message}`;
	});
	return `${where} is not valid:\n${lines.join('\n')}`;
}

const kiosksFile = z.record(kioskId, printerSettings);

/** The OKIENKO_KIOSKS file's content (already parsed JSON). */
export function parseKiosks(json: unknown, where = 'OKIENKO_KIOSKS'): KioskPrinters {
	const result = kiosksFile.safeParse(json);
	if (!result.success) throw new PrinterConfigError(describe(result.error, where));
	return result.data;
}

const NUMERIC = new Set([
	'paperWidth',
	'charsPerLine',
	'codePage',
	'statusTimeoutMs',
	'printTimeoutMs'
]);

/**
 * OKIENKO_PRINTER: `tcp://host[:port]`, `file:/dev/usb/lp0`, `preview` or `preview:/dir`; any
 * other key as a query parameter, e.g. `tcp://10.0.0.5:9100?paperWidth=58&codePage=18`.
 */
export function parsePrinterUrl(value: string): PrinterSettings {
	const where = `OKIENKO_PRINTER (${value})`;
	const [target = '', query = ''] = value.trim().split('?', 2);
	const options: Record<string, unknown> = {};
	for (const [key, raw] of new URLSearchParams(query)) {
		options[key] = NUMERIC.has(key) && /^\d+$/.test(raw) ? Number(raw) : raw;
	}
	let fields: Record<string, unknown>;
	const tcpMatch = /^tcp:\/\/(\[[^\]]+\]|[^:/]+)(?::(\d+))?\/?$/.exec(target);
	if (tcpMatch) {
		fields = { transport: 'tcp', host: tcpMatch[1]!.replace(/^\[|\]$/g, '') };
		if (tcpMatch[2]) fields.port = Number(tcpMatch[2]);
	} else if (/^file:/.test(target)) {
		fields = { transport: 'device', path: target.replace(/^file:(\/\/)?/, '') };
	} else if (target === 'preview' || target.startsWith('preview:')) {
		fields = { transport: 'preview' };
		if (target.startsWith('preview:')) fields.dir = target.slice('preview:'.length);
	} else {
		throw new PrinterConfigError(
			`${where} is not valid: use tcp://host:9100, file:/dev/usb/lp0 or preview`
		);
	}
	const result = printerSettings.safeParse({ ...options, ...fields });
	if (!result.success) throw new PrinterConfigError(describe(result.error, where));
	return result.data;
}

/** Every kiosk's printer from the environment; an empty map when none is configured. */
export function readKioskPrinters(
	env: NodeJS.ProcessEnv = process.env,
	readFile: (file: string) => string = (file) => fs.readFileSync(file, 'utf8')
): KioskPrinters {
	const kiosks: KioskPrinters = {};
	const file = env.OKIENKO_KIOSKS?.trim();
	if (file) {
		let text: string;
		try {
			text = readFile(file);
		} catch (err) {
			const reason = err instanceof Error ? err.message : String(err);
			throw new PrinterConfigError(`OKIENKO_KIOSKS: cannot read ${file}: ${reason}`);
		}
		let json: unknown;
		try {
			json = JSON.parse(text);
		} catch (err) {
			const reason = err instanceof Error ? err.message : String(err);
			throw new PrinterConfigError(`OKIENKO_KIOSKS (${file}) is not valid JSON: ${reason}`);
		}
		Object.assign(kiosks, parseKiosks(json, `OKIENKO_KIOSKS (${file})`));
	}
	const single = env.OKIENKO_PRINTER?.trim();
	if (single) {
		if (kiosks[DEFAULT_KIOSK]) {
			throw new PrinterConfigError(
				`OKIENKO_PRINTER and OKIENKO_KIOSKS both set the printer of kiosk "${DEFAULT_KIOSK}": keep one`
			);
		}
		kiosks[DEFAULT_KIOSK] = parsePrinterUrl(single);
	}
	return kiosks;
}

/** Characters per line: the configured number, else what the paper width usually holds. */
export function charsPerLine(
	settings: Pick<PrinterSettings, 'paperWidth' | 'charsPerLine'>
): number {
	return settings.charsPerLine ?? (settings.paperWidth === 58 ? 32 : 48);
}
