/** The languages a board can speak; a new one is a table (see phrase.ts SpeechLanguage). */
import { ENGLISH } from './english';
import type { SpeechLanguage } from './phrase';
import { POLISH } from './polish';

export const SPEECH_LANGUAGES: Record<string, SpeechLanguage> = { pl: POLISH, en: ENGLISH };
