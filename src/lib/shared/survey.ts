/**
 * The Annex 3 questionnaire's structure, shared by the survey screens and the server. The
 * wording lives in the i18n layer (parts/survey.ts); this is what the answers look like.
 */
import { z } from 'zod';

/** Items A–G: each answered "satisfied" or "dissatisfied", with an optional comment. */
export const SURVEY_ITEMS = ['A', 'B', 'C', 'D', 'E', 'F', 'G'] as const;
export type SurveyItem = (typeof SURVEY_ITEMS)[number];

export const SURVEY_CHANNELS = ['kiosk', 'web', 'paper'] as const;
export type SurveyChannel = (typeof SURVEY_CHANNELS)[number];

export const COMMENT_MAX = 1000;

const comment = z.string().trim().max(COMMENT_MAX).nullable().default(null);
const answer = z.strictObject({ satisfied: z.boolean().nullable().default(null), comment });

/**
 * Every item is optional (the survey is voluntary): a visitor's empty response is accepted, but
 * the results count only forms with an answer (stats/survey-results.ts); a blank paper form is
 * refused (paperSurveyRequest).
 */
const answers = z
	.strictObject(Object.fromEntries(SURVEY_ITEMS.map((i) => [i, answer.optional()])))
	.default({}) as z.ZodType<Partial<Record<SurveyItem, z.infer<typeof answer>>>>;

const departmentIds = z.array(z.number().int().positive()).max(20).default([]);

/** A response from the window tablet or the visitor's phone: needs the visit's invitation. */
export const surveyResponseRequest = z.strictObject({
	token: z.string().regex(/^[a-z2-7]{26}$/),
	channel: z.enum(['kiosk', 'web']),
	answers,
	suggestions: comment,
	departmentIds
});
export type SurveyResponseRequest = z.infer<typeof surveyResponseRequest>;

/**
 * Whether a form carries at least one answer: an item marked or commented, or a suggestion (H).
 * Ticked departments alone say nothing about the office's work.
 */
export function hasAnswer(form: {
	answers: Partial<Record<SurveyItem, { satisfied: boolean | null; comment: string | null }>>;
	suggestions: string | null;
}): boolean {
	return (
		!!form.suggestions?.trim() ||
		SURVEY_ITEMS.some((i) => {
			const a = form.answers[i];
			return !!a && (a.satisfied !== null || !!a.comment?.trim());
		})
	);
}

/**
 * What is wrong with a paper form's date, if anything (issue 12, item 17): the page says it next
 * to the field before sending, the server refuses the same. `today` is the location's office day.
 */
export function paperDayProblem(
	day: string,
	today: string
): 'survey.paper.day_empty' | 'survey.paper.day_invalid' | 'survey.paper.day_future' | null {
	if (day.trim() === '') return 'survey.paper.day_empty';
	if (!z.iso.date().safeParse(day).success) return 'survey.paper.day_invalid';
	return day > today ? 'survey.paper.day_future' : null;
}

/**
 * A paper form typed in at the Kancelaria: the day it was filled in instead of a token. Unlike a
 * visitor's, a completely blank paper form is refused: typing one in is a slip, not an opinion.
 */
export const paperSurveyRequest = z
	.strictObject({
		locationId: z.number().int().positive(),
		day: z.iso.date(),
		answers,
		suggestions: comment,
		departmentIds
	})
	.refine(hasAnswer, { message: 'survey.paper.empty' });
export type PaperSurveyRequest = z.infer<typeof paperSurveyRequest>;

/** The window a survey tablet follows, as the server acknowledges its join. */
export interface SurveyTabletRoomDto {
	windowId: number;
	label: string;
	locationName: string;
}

export interface SurveyInvitationDto {
	token: string;
	location: { id: number; name: string };
	/** Prefilled from the visit; the visitor may change them. */
	departmentIds: number[];
	departments: { id: number; name: { pl: string; en: string } }[];
}

/** One survey item's answers in a report (/manage, stats/survey-results.ts). */
export interface ItemResult {
	item: SurveyItem;
	satisfied: number;
	dissatisfied: number;
	/** Share satisfied among those who answered the item, 0–100, or null if nobody did. */
	percentSatisfied: number | null;
}

/** A report's row: all departments, or one. */
export interface SurveyResultsRow {
	/** null = all departments. */
	departmentId: number | null;
	responses: number;
	items: ItemResult[];
}
