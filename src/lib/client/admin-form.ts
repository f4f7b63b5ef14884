/**
 * The state of one administration form on its page: the values to show (as sent, after a
 * refusal; else the saved ones), each field's error in the reader's language, and the summary.
 */
import type { SubmitFunction } from '@sveltejs/kit';
import type { MessageKey, Params } from '$lib/i18n';
import type { I18n } from '$lib/i18n/context.svelte';

export interface AdminFormFailure {
	form: string;
	id: number | null;
	values: Record<string, string | string[]>;
	errors: Record<string, { key: string; params?: Record<string, string | number> }>;
}

export interface AdminFormSuccess {
	form: string;
	id: number;
	saved: true;
	changed: boolean;
}

function isFailure(x: unknown): x is AdminFormFailure {
	return typeof x === 'object' && x !== null && 'errors' in x && 'values' in x;
}

function isSuccess(x: unknown): x is AdminFormSuccess {
	return typeof x === 'object' && x !== null && 'saved' in x;
}

export class AdminFormView {
	readonly failure: AdminFormFailure | null;
	readonly success: AdminFormSuccess | null;

	/**
	 * `result` is the page's `form` (the last action's answer); it concerns this form when its
	 * name matches. `prefix` makes the fields' ids unique on the page.
	 */
	constructor(
		private readonly i18n: I18n,
		result: unknown,
		readonly name: string,
		readonly prefix: string = name
	) {
		this.failure = isFailure(result) && result.form === name ? result : null;
		this.success = isSuccess(result) && result.form === name ? result : null;
	}

	id(field: string): string {
		return `${this.prefix}-${field}`;
	}

	error(field: string): string | null {
		const e = this.failure?.errors[field];
		if (!e) return null;
		const params: Params = { ...e.params };
		// A name the server gives in both languages (a department, a matter): the reader's.
		if (typeof params.pl === 'string' && typeof params.en === 'string') {
			params.name = params[this.i18n.lang] as string;
		}
		return this.i18n.t(e.key as MessageKey, params);
	}

	/** Every error, form-level ones first, for the summary above the form. */
	get summary(): { field: string; text: string }[] {
		const fields = Object.keys(this.failure?.errors ?? {});
		fields.sort((a, b) => Number(b === 'form') - Number(a === 'form'));
		return fields.map((field) => ({ field, text: this.error(field) ?? '' }));
	}

	value(field: string, saved: string | number | null | undefined): string {
		if (this.failure) {
			const v = this.failure.values[field];
			return typeof v === 'string' ? v : '';
		}
		return saved === null || saved === undefined ? '' : String(saved);
	}

	checked(field: string, saved: boolean): boolean {
		return this.failure ? this.failure.values[field] !== undefined : saved;
	}

	selected(field: string, saved: readonly number[]): number[] {
		if (!this.failure) return [...saved];
		const v = this.failure.values[field];
		return (v === undefined ? [] : Array.isArray(v) ? v : [v]).map(Number);
	}
}

/** use:enhance for the admin forms: keep what is typed (no reset), then update as usual. */
export const keepValues: SubmitFunction = () => {
	return async ({ update }) => update({ reset: false });
};
