/**
 * The kiosks' printers: which printer a kiosk prints on, and what each printer was last known to
 * be doing (kept in memory; a restart starts from "unknown"). Unknown kiosks print on the printer
 * of kiosk "default" when there is one. With no configuration at all, "default" is the
 * placeholder, which prints nothing and says so.
 */
import {
	ALERT_CONDITIONS,
	type PrinterCondition,
	type PrinterStatusDto
} from '$lib/shared/printing';
import { charsPerLine, DEFAULT_KIOSK, type KioskPrinters, type PrinterSettings } from './config';
import { EscPosPrinter } from './escpos-printer';
import { PreviewPrinter } from './preview-printer';
import { toSvg } from './render';
import { ticketDocument } from './ticket-document';
import { PlaceholderPrinter, type TicketPrinter, type TicketToPrint } from './ticket-printer';

export interface KioskPrinter {
	kiosk: string;
	printer: TicketPrinter;
	settings: PrinterSettings | null;
	condition: PrinterCondition;
	checkedAt: number | null;
	/** The configured location (slug), if any. */
	locationSlug: string | null;
	/** The location whose consoles hear about this printer: configured, or of its last ticket. */
	locationId: number | null;
	/** The last ticket sent to it, for the preview. */
	lastTicket: TicketToPrint | null;
}

export function printerFor(settings: PrinterSettings): TicketPrinter {
	return settings.transport === 'preview'
		? new PreviewPrinter(settings)
		: new EscPosPrinter(settings);
}

export class PrinterRegistry {
	readonly #kiosks = new Map<string, KioskPrinter>();

	/** `printers` overrides the printer built from the settings (tests pass a placeholder). */
	constructor(config: KioskPrinters = {}, printers: Record<string, TicketPrinter> = {}) {
		const ids = new Set([...Object.keys(config), ...Object.keys(printers)]);
		if (ids.size === 0) ids.add(DEFAULT_KIOSK);
		for (const kiosk of [...ids].sort()) {
			const settings = config[kiosk] ?? null;
			this.#kiosks.set(kiosk, {
				kiosk,
				printer: printers[kiosk] ?? (settings ? printerFor(settings) : new PlaceholderPrinter()),
				settings,
				condition: 'unknown',
				checkedAt: null,
				locationSlug: settings?.location ?? null,
				locationId: null,
				lastTicket: null
			});
		}
	}

	/** The printer a kiosk prints on, or null if none is configured for it. */
	forKiosk(kiosk: string): KioskPrinter | null {
		return this.#kiosks.get(kiosk) ?? this.#kiosks.get(DEFAULT_KIOSK) ?? null;
	}

	/** The kiosk's own entry only (no fallback), e.g. for /api/printers/{kiosk}. */
	byKiosk(kiosk: string): KioskPrinter | null {
		return this.#kiosks.get(kiosk) ?? null;
	}

	all(): KioskPrinter[] {
		return [...this.#kiosks.values()];
	}

	/**
	 * Remember what a print or a check found. True when staff should hear about it: the
	 * condition changed, or the printer's location became known.
	 */
	record(
		entry: KioskPrinter,
		condition: PrinterCondition,
		at: number,
		locationId: number | null = null
	): boolean {
		const changed =
			entry.condition !== condition ||
			(locationId !== null && entry.locationId === null && ALERT_CONDITIONS.includes(condition));
		entry.condition = condition;
		entry.checkedAt = at;
		if (locationId !== null && (entry.locationId === null || !entry.locationSlug)) {
			entry.locationId = locationId;
		}
		return changed;
	}

	status(entry: KioskPrinter): PrinterStatusDto {
		const s = entry.settings;
		return {
			kiosk: entry.kiosk,
			printer: entry.printer.name,
			transport: entry.printer.transport,
			paperWidth: s?.paperWidth ?? null,
			codePage: s && s.charset === 'pc852' ? s.codePage : null,
			condition: entry.condition,
			checkedAt: entry.checkedAt,
			locationId: entry.locationId,
			alert: ALERT_CONDITIONS.includes(entry.condition)
		};
	}

	/** The ticket as this kiosk's printer prints it, as SVG; 80 mm for the placeholder. */
	preview(entry: KioskPrinter, ticket: TicketToPrint): string {
		const settings = entry.settings ?? { paperWidth: 80 as const, charset: 'pc852' as const };
		const width = charsPerLine(settings);
		return toSvg(ticketDocument(ticket, { charsPerLine: width, charset: settings.charset }), {
			charsPerLine: width
		});
	}
}
