/**
 * The paper ticket as a receiptline document (receipt markdown). Pure: the same document becomes
 * the ESC/POS bytes for the printer and the SVG preview for staff (render.ts), so the preview
 * shows exactly what prints. Every text goes through toCharset first, so nothing prints as '?'.
 *
 * Layout, top to bottom: office; "Ticket number" and the number, as large as the paper allows;
 * the out-of-turn marker; matter and department; where to go (every room serving the matter now,
 * the nearest first: room, floor, floor colour); people ahead and the estimated wait (a range, or
 * unknown and why, in the kiosk's words); date and time of issue; the QR code to the live ticket page; one
 * line inviting the visitor to the survey. receiptline's close() then cuts the paper.
 */
import { translate, type MessageKey, type Params } from '$lib/i18n';
import { waitSentence } from '$lib/i18n/wait';
import { toCharset, type Charset } from './charset';
import type { TicketToPrint } from './ticket-printer';

export interface TicketLayout {
	/** Characters per line in the normal font: 32 on 58 mm paper, 48 on 80 mm. */
	charsPerLine: number;
	charset: Charset;
}

/** QR module size in printer dots: about 25 mm across for a ticket link on a 203 dpi printer. */
export const QR_CELL = 6;
export const QR_CELL_NARROW = 5;

/** Characters receiptline reads as markup, written as hexadecimal escapes instead. */
const MARKUP = /[\\{}|\-=_"`^~;]/g;

/** Plain text as receiptline text: printable in the charset, and never read as markup. */
export function escapeText(text: string, charset: Charset): string {
	return toCharset(text, charset).replace(
		MARKUP,
		(c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`
	);
}

/** Words into lines of at most `width` characters; a word longer than a line is split. */
export function wrapWords(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (let word of text.split(/\s+/).filter(Boolean)) {
		while (word.length > width) {
			if (line) lines.push(line);
			lines.push(word.slice(0, width));
			word = word.slice(width);
			line = '';
		}
		if (!line) line = word;
		else if (line.length + 1 + word.length <= width) line += ' ' + word;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * How many '^' make the ticket number as large as fits: receiptline scales 3 → 2×, 4 → 3×, …,
 * 7 → 6× (width and height). 6× is 72 dots a character: "A001" spans 288 of 384 dots on 58 mm.
 */
export function numberScale(number: string, charsPerLine: number): number {
	for (let carets = 7; carets >= 3; carets--) {
		if (number.length * (carets - 1) <= charsPerLine) return carets;
	}
	return 1;
}

function floorText(lang: TicketToPrint['lang'], floor: number): string {
	return floor === 0 ? translate(lang, 'floor.ground') : translate(lang, 'floor.number', { floor });
}

function issuedText(ticket: TicketToPrint): string {
	return new Intl.DateTimeFormat(ticket.lang === 'pl' ? 'pl-PL' : 'en-GB', {
		day: '2-digit',
		month: '2-digit',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZone: ticket.timeZone
	}).format(ticket.issuedAt);
}

/** The same words as on the kiosk's screen and the phone (i18n/wait.ts). */
function waitText(ticket: TicketToPrint): string {
	return waitSentence((key, params) => translate(ticket.lang, key, params), ticket.estimate);
}

/** "10:20" in the location's time zone. */
function clockText(ticket: TicketToPrint, at: Date): string {
	return new Intl.DateTimeFormat('pl-PL', {
		hour: '2-digit',
		minute: '2-digit',
		timeZone: ticket.timeZone
	}).format(at);
}

/** The receiptline document of one paper ticket. */
export function ticketDocument(ticket: TicketToPrint, layout: TicketLayout): string {
	const { charsPerLine: width, charset } = layout;
	const t = (key: MessageKey, params?: Params) => translate(ticket.lang, key, params);
	const text = (s: string) => escapeText(s, charset);
	const lines: string[] = ['{width:*; align:center}'];
	// '| text |' centres a line, '|text' sets it flush left, '"' turns bold on.
	const centred = (s: string, bold = false) => {
		for (const line of wrapWords(toCharset(s, charset), width)) {
			lines.push(`| ${bold ? '"' : ''}${text(line)} |`);
		}
	};
	const left = (s: string, bold = false) => {
		for (const line of wrapWords(toCharset(s, charset), width)) {
			lines.push(`|${bold ? '"' : ''}${text(line)}`);
		}
	};
	const blank = () => lines.push('');

	centred(ticket.office, true);
	blank();
	centred(t('paper.number'));
	lines.push(`| ${'^'.repeat(numberScale(ticket.number, width))}"${text(ticket.number)} |`);
	if (ticket.priority) {
		// Inverted (white on black) and twice as high.
		lines.push(`| ^^\`"${text(t('paper.priority'))} |`);
	}
	if (ticket.appointmentAt) {
		// The visitor shows it at the window: the time they were promised.
		centred(t('paper.appointment', { time: clockText(ticket, ticket.appointmentAt) }), true);
	}
	blank();
	left(t('paper.matter'), true);
	left(ticket.service);
	left(t('paper.department'), true);
	left(ticket.department);
	if (ticket.places.length > 0) {
		left(t('paper.where'), true);
		for (const p of ticket.places) {
			const floor = floorText(ticket.lang, p.floor);
			left(
				p.floorColour
					? t('paper.place', { room: p.room, floor, colour: p.floorColour })
					: t('paper.place_plain', { room: p.room, floor })
			);
		}
	}
	blank();
	left(
		ticket.ahead === 0 ? t('paper.ahead_none') : t('paper.ahead', { count: ticket.ahead }),
		true
	);
	left(waitText(ticket));
	left(t('paper.issued', { when: issuedText(ticket) }));
	blank();
	const cell = width < 40 ? QR_CELL_NARROW : QR_CELL;
	lines.push(`{code:${escapeText(ticket.url, 'ascii')}; option:qrcode,${cell},m}`);
	blank();
	centred(t('paper.scan'));
	blank();
	centred(t('paper.survey'), true);
	return lines.join('\n') + '\n';
}
