import { api, type Translate } from './api';

/** Sends survey answers; resolves to the message to show when they were not recorded, else null. */
export async function sendSurvey(url: string, body: unknown, t: Translate): Promise<string | null> {
	const result = await api.post<{ recorded: boolean }>(url, body, t);
	return 'error' in result ? t('survey.failed', { message: result.error.message }) : null;
}
