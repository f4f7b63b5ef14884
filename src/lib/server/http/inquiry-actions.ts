/**
 * The inquiry register's form actions (/inquiries): one step of the register per post, its
 * refusals in the register's own words (forms/form-step.ts reads, checks and answers).
 */
import type { RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import type { InquiryRegister, InquiryView } from '../desk/inquiries';
import { runFormStep, type RefusalWords } from '../forms/form-step';

const WORDS: RefusalWords = {
	not_found: 'inquiry.err.not_found',
	invalid_state: 'inquiry.err.state',
	invalid_input: 'inquiry.err.informed_on',
	office_closed: 'inquiry.err.no_working_day'
};

export function runInquiryAction<S extends z.ZodType>(
	event: RequestEvent,
	form: string,
	schema: S,
	step: (register: InquiryRegister, value: z.output<S>) => InquiryView
) {
	return runFormStep(
		event,
		form,
		schema,
		WORDS,
		(value) => step(event.locals.app.inquiries, value).id
	);
}
