/**
 * The validator's issues as messages of the i18n layer. zod writes its messages in English, once,
 * when it parses; a request's language is known only later, so each issue is read back from its
 * code and figures (maximum, expected, format…) and given a message key with its parameters. A
 * schema that names its own message key (a refinement's `problem('…')`) keeps it.
 */
import type { z } from 'zod';
import { isMessageKey, type MessageKey, type Params } from '$lib/i18n';

export interface IssueMessage {
	key: MessageKey;
	params?: Params;
}

type Issue = z.core.$ZodIssue;

const TYPES = ['string', 'number', 'int', 'boolean', 'array', 'object', 'date', 'null'] as const;
const FORMATS = ['date', 'datetime', 'time', 'email', 'url'] as const;

/** What is wrong, as a message key and its parameters (placeholders only: text or numbers). */
export function issueMessage(issue: Issue): IssueMessage {
	// A schema's own message key wins (e.g. 'staff.login_taken', 'survey.paper.empty').
	if (isMessageKey(issue.message)) {
		const params = issue.code === 'custom' ? placeholders(issue.params) : undefined;
		return params ? { key: issue.message, params } : { key: issue.message };
	}
	switch (issue.code) {
		case 'invalid_type':
			return {
				key: `validation.expected.${oneOf(TYPES, issue.expected) ? issue.expected : 'other'}`
			};
		case 'too_big':
			return bound(
				issue.origin,
				Number(issue.maximum),
				issue.inclusive !== false,
				issue.exact,
				'big'
			);
		case 'too_small':
			return bound(
				issue.origin,
				Number(issue.minimum),
				issue.inclusive !== false,
				issue.exact,
				'small'
			);
		case 'invalid_format':
			return {
				key: oneOf(FORMATS, issue.format)
					? `validation.format.${issue.format}`
					: 'validation.format'
			};
		case 'not_multiple_of':
			return { key: 'validation.not_multiple_of', params: { divisor: issue.divisor } };
		case 'unrecognized_keys':
			return { key: 'validation.unrecognized_keys', params: { keys: issue.keys.join(', ') } };
		case 'invalid_union':
			return { key: 'validation.invalid_union' };
		case 'invalid_key':
			return { key: 'validation.invalid_key' };
		case 'invalid_element':
			return { key: 'validation.invalid_element' };
		case 'invalid_value':
			return {
				key: 'validation.invalid_value',
				params: { values: issue.values.map((v) => JSON.stringify(v) ?? String(v)).join(', ') }
			};
		case 'custom':
			return { key: 'validation.custom' };
		default:
			return unknownIssue(issue);
	}
}

function bound(
	origin: string,
	limit: number,
	inclusive: boolean,
	exact: boolean | undefined,
	side: 'big' | 'small'
): IssueMessage {
	const which = side === 'big' ? 'maximum' : 'minimum';
	if (origin === 'string' || origin === 'array' || origin === 'set') {
		const kind = origin === 'string' ? 'string' : 'array';
		// Lengths are counts: a message with Polish plural forms (1 znak, 2 znaki, 5 znaków).
		const count = inclusive ? limit : side === 'big' ? limit - 1 : limit + 1;
		if (exact) return { key: `validation.exact.${kind}`, params: { count } };
		if (kind === 'string' && side === 'small' && count === 1) {
			return { key: 'validation.too_small.string_empty' };
		}
		return { key: `validation.too_${side}.${kind}`, params: { count } };
	}
	if (origin === 'number' || origin === 'int' || origin === 'bigint') {
		return {
			key: `validation.too_${side}.number${inclusive ? '' : '_exclusive'}`,
			params: { [which]: limit }
		};
	}
	return { key: `validation.too_${side}`, params: { [which]: limit } };
}

/** An issue kind a later zod may add: still a message in the person's language, never English. */
function unknownIssue(issue: never): IssueMessage {
	void issue;
	return { key: 'validation.custom' };
}

function oneOf<T extends string>(list: readonly T[], value: string): value is T {
	return (list as readonly string[]).includes(value);
}

/** A refinement's params, if they are placeholder values (text or numbers). */
export function placeholders(raw: Record<string, unknown> | undefined): Params | undefined {
	if (!raw) return undefined;
	const entries = Object.entries(raw).filter(
		(e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number'
	);
	return entries.length ? Object.fromEntries(entries) : undefined;
}

/** The issue's message in a language. */
export function issueText(issue: Issue, t: (key: MessageKey, params?: Params) => string): string {
	const { key, params } = issueMessage(issue);
	return t(key, params);
}
