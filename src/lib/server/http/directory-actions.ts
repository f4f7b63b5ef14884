/**
 * The directory page's form actions (/directory): one step of the directory per post, for the
 * person the row's form names (`staffId`), its refusals in the directory's own words
 * (forms/form-step.ts reads, checks and answers).
 */
import type { RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import type { StaffDirectory } from '../desk/directory';
import { runFormStep, type RefusalWords } from '../forms/form-step';

const WORDS: RefusalWords = {
	not_found: 'directory.err.not_found',
	invalid_input: 'directory.err.range'
};

/** `form` names the form on the page; the answer's `id` is the person it was for. */
export function runDirectoryAction<S extends z.ZodType>(
	event: RequestEvent,
	form: string,
	schema: S,
	step: (directory: StaffDirectory, value: z.output<S>) => void
) {
	return runFormStep(
		event,
		form,
		schema,
		WORDS,
		(value) => {
			step(event.locals.app.directory, value);
			return null;
		},
		(values) => Number(values.staffId) || null
	);
}
