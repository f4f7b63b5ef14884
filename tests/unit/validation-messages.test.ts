/**
 * zod's issues said in the person's language (issue 12, item 18): every kind of issue the
 * validator can raise gets a message of the i18n layer, filled from the issue's figures, and no
 * English validator text survives in Polish.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { translate, type MessageKey, type Params } from '../../src/lib/i18n';
import { issueMessage, issueText } from '../../src/lib/shared/validation';
import { paperSurveyRequest } from '../../src/lib/shared/survey';
import { windowActionRequest } from '../../src/lib/shared/schemas';

type Issue = z.core.$ZodIssue;

function issuesOf(schema: z.ZodType, input: unknown): Issue[] {
	const r = schema.safeParse(input);
	if (r.success) throw new Error(`expected ${JSON.stringify(input)} to be refused`);
	return r.error.issues;
}

const pl = (i: Issue) => issueText(i, (k: MessageKey, p?: Params) => translate('pl', k, p));
const en = (i: Issue) => issueText(i, (k: MessageKey, p?: Params) => translate('en', k, p));

/** One real input per issue code zod 4 has; `satisfies` fails to compile if zod adds a code. */
const SAMPLES = {
	invalid_type: [z.number(), 'x'],
	too_big: [z.string().max(5), 'abcdefg'],
	too_small: [z.array(z.number()).min(2), [1]],
	invalid_format: [z.iso.date(), '2021-02-30'],
	not_multiple_of: [z.number().multipleOf(5), 7],
	unrecognized_keys: [z.strictObject({ a: z.number() }), { a: 1, extra: 2 }],
	invalid_union: [z.union([z.number(), z.boolean()]), 'x'],
	invalid_key: [z.record(z.string().max(1), z.number()), { bb: 1 }],
	// zod 4.6 does not raise this one for a set (a bad element is an invalid_type there); a
	// refinement may still add it.
	invalid_element: [
		z
			.set(z.number())
			.superRefine((_, ctx) =>
				ctx.addIssue({ code: 'invalid_element', origin: 'set', key: 1, issues: [], input: 1 })
			),
		new Set([1])
	],
	invalid_value: [z.enum(['call', 'recall']), 'dance'],
	custom: [z.string().refine((v) => v === 'ok'), 'nope']
} satisfies Record<z.core.$ZodIssueCode, [z.ZodType, unknown]>;

// Words of zod's English messages ("Invalid input: expected number, received string").
const ENGLISH = /invalid|expected|received|too (big|small)|unrecognized|must/i;

describe('validator issues in Polish and English', () => {
	for (const [code, [schema, input]] of Object.entries(SAMPLES)) {
		it(`${code}: a Polish message, an English one, and not zod's text`, () => {
			const issue = issuesOf(schema, input).find((i) => i.code === code);
			expect(issue, code).toBeDefined();
			const polish = pl(issue!);
			expect(polish).not.toMatch(ENGLISH);
			expect(polish).not.toMatch(/^validation\.|\{/); // a key or an unfilled placeholder
			expect(en(issue!)).not.toBe(issue!.message);
			expect(en(issue!)).not.toMatch(/\{/);
			expect(polish).not.toBe(en(issue!));
		});
	}

	it('says the figures: length, bounds, allowed values, unknown fields', () => {
		const [long] = issuesOf(z.string().max(5), 'abcdefg');
		expect(pl(long!)).toBe('Za długi tekst: najwyżej 5 znaków.');
		expect(pl(issuesOf(z.string().max(2), 'abc')[0]!)).toBe('Za długi tekst: najwyżej 2 znaki.');
		expect(en(long!)).toBe('Text too long: at most 5 characters.');
		expect(pl(issuesOf(z.string().min(1), '')[0]!)).toBe('To pole nie może być puste.');
		expect(pl(issuesOf(z.number().int().positive(), 0)[0]!)).toBe(
			'Za mała liczba: musi być większa niż 0.'
		);
		expect(pl(issuesOf(z.number().int(), 1.5)[0]!)).toBe(
			'Nieprawidłowy rodzaj wartości: oczekiwano liczby całkowitej.'
		);
		expect(pl(issuesOf(z.number().max(10), 11)[0]!)).toBe('Za duża liczba: najwyżej 10.');
		expect(pl(issuesOf(z.enum(['call', 'recall']), 'x')[0]!)).toBe(
			'Niedozwolona wartość. Dozwolone: "call", "recall".'
		);
		expect(pl(issuesOf(z.strictObject({}), { a: 1, b: 2 })[0]!)).toBe('Nieznane pola: a, b.');
		expect(pl(issuesOf(z.iso.date(), '2020-13-45')[0]!)).toBe(
			'Nieprawidłowa data: oczekiwano istniejącego dnia w postaci RRRR-MM-DD.'
		);
	});

	it('keeps a schema’s own message key and its placeholders', () => {
		const schema = z
			.string()
			.refine((v) => v.length < 3, { error: 'field.too_long', params: { max: 2 } });
		const [issue] = issuesOf(schema, 'abcd');
		expect(issueMessage(issue!)).toEqual({ key: 'field.too_long', params: { max: 2 } });
	});

	it('covers the office’s request schemas: nothing English reaches a Polish answer', () => {
		const hostile = [
			{ locationId: '1', day: 'wczoraj', answers: { A: { satisfied: 'tak' } }, x: 1 },
			{ locationId: -1, day: '2021-02-30', departmentIds: Array(30).fill(1) },
			{ locationId: 1.5, suggestions: 'x'.repeat(2000) }
		];
		for (const input of hostile) {
			for (const issue of issuesOf(paperSurveyRequest, input)) {
				expect(pl(issue), JSON.stringify(issue)).not.toMatch(ENGLISH);
			}
		}
		for (const issue of issuesOf(windowActionRequest, { action: 'dance', windowId: 'x' })) {
			expect(pl(issue), JSON.stringify(issue)).not.toMatch(ENGLISH);
		}
	});
});
