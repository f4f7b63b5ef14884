/**
 * The kiosk's check-in screen (issue 14): what the visitor typed on the keypad (or a keyboard,
 * or a scanner reading the confirmation's QR code, which types the booking's link and Enter),
 * sending it, and what the answer says. A late visitor gets the matter of their booking back,
 * for the walk-in ticket the kiosk offers instead.
 */
import type { ApiResult, IssuedTicketDto } from '$lib/shared/dto';
import { readBookingKey, type CheckInRequest } from '$lib/shared/check-in';
import type { Translate } from './api';

/** Typed by hand a code has 6 digits; a scanner types a link of a few dozen characters. */
const MAX_TYPED = 300;

export interface CheckInEntryOptions {
	t: Translate;
	send: (request: CheckInRequest) => Promise<ApiResult<IssuedTicketDto>>;
	/** The request's location and kiosk. */
	request: () => Omit<CheckInRequest, 'code'>;
	/** The booking's ticket was issued: the kiosk shows it as any ticket. */
	onissued: (issued: IssuedTicketDto) => void;
}

export class CheckInEntry {
	#typed = $state('');
	#sending = $state(false);
	#error = $state<string | null>(null);
	/** Too late for the appointment: the matter a walk-in ticket is offered for. */
	#lateServiceId = $state<number | null>(null);
	readonly #options: CheckInEntryOptions;

	constructor(options: CheckInEntryOptions) {
		this.#options = options;
	}

	get typed(): string {
		return this.#typed;
	}
	/** The digits as the confirmation shows them, "123 456"; a scanned link as it came. */
	get shown(): string {
		const t = this.#typed;
		return /^\d{4,6}$/.test(t) ? `${t.slice(0, 3)} ${t.slice(3)}` : t;
	}
	get sending(): boolean {
		return this.#sending;
	}
	get error(): string | null {
		return this.#error;
	}
	get lateServiceId(): number | null {
		return this.#lateServiceId;
	}

	/** A key of the keypad, the keyboard or the scanner. Digits stop at 6 unless more follows. */
	press = (key: string): void => {
		if (key.length !== 1 || this.#typed.length >= MAX_TYPED) return;
		this.#settled();
		this.#typed += key;
	};

	/** What the field holds after the visitor typed in it (spaces of the grouping dropped). */
	set = (text: string): void => {
		this.#settled();
		const digitsOnly = /^[\d\s]*$/.test(text);
		this.#typed = (digitsOnly ? text.replace(/\s/g, '') : text).slice(0, MAX_TYPED);
	};

	deleteLast = (): void => {
		this.#settled();
		this.#typed = this.#typed.slice(0, -1);
	};

	clear = (): void => {
		this.#settled();
		this.#typed = '';
	};

	submit = async (): Promise<void> => {
		if (this.#sending) return;
		const { t } = this.#options;
		if (!readBookingKey(this.#typed)) {
			this.#error = t('kiosk.checkin.incomplete');
			return;
		}
		this.#sending = true;
		this.#error = null;
		this.#lateServiceId = null;
		const result = await this.#options.send({ ...this.#options.request(), code: this.#typed });
		this.#sending = false;
		if ('data' in result) {
			this.#typed = '';
			this.#options.onissued(result.data);
			return;
		}
		this.#error = result.error.message;
		const { reason, serviceId } = result.error.params ?? {};
		if (reason === 'too_late' && typeof serviceId === 'number') this.#lateServiceId = serviceId;
		// A code that found nothing is typed again from the start; the others stay to be read.
		if (reason === 'unknown') this.#typed = '';
	};

	/** Typing again: the last answer no longer applies. */
	#settled(): void {
		this.#error = null;
		this.#lateServiceId = null;
	}
}
