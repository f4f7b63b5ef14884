/**
 * Form posts for the form schemas' unit tests (src/lib/server/forms/schemas.ts): built as a
 * browser sends them and parsed as a route does (parseForm), into a value or field errors.
 */
import type { z } from 'zod';
import { parseForm } from '../../src/lib/server/forms/schemas';

export type Fields = Record<string, string | string[]>;

/** A form post as a browser sends it: one value per field, several for checkboxes. */
export function post(fields: Fields): FormData {
	const form = new FormData();
	for (const [name, value] of Object.entries(fields)) {
		for (const v of Array.isArray(value) ? value : [value]) form.append(name, v);
	}
	return form;
}

/** The fields but one: a field the browser does not send (an unticked checkbox). */
export function without(fields: Fields, name: string): Fields {
	return Object.fromEntries(Object.entries(fields).filter(([n]) => n !== name));
}

/** The errors a post gets ({} when it is accepted). */
export async function errorsOf(schema: z.ZodType, fields: Fields) {
	const parsed = await parseForm(schema, post(fields));
	return parsed.ok ? {} : parsed.errors;
}

/** The value a post gives; fails the test when the post is refused. */
export async function valueOf<S extends z.ZodType>(schema: S, fields: Fields) {
	const parsed = await parseForm(schema, post(fields));
	if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.errors)}`);
	return parsed.value;
}
