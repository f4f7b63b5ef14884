/**
 * Ukrainian texts: the visitor's screens only (kiosk, board, phone page, booking, survey: the
 * public keys, ./public). The type requires every public key, and no other: adding a public text
 * in Polish without its Ukrainian is a type error. Staff screens stay Polish and English; where
 * the server needs a staff text in Ukrainian (an API error), it falls back to Polish (./index).
 *
 * Every text here is a machine translation (the files say `review: machine translation`) until a
 * native speaker checks it: the keys they have checked are listed in UK_REVIEWED, and
 * `npx vitest run tests/unit/i18n-languages.test.ts` prints how many still wait for review.
 */
import type { Message } from './lang';
import type { PublicKey } from './public';
import { formsUk } from './uk/forms';
import { visitUk } from './uk/visit';
import { accessUk } from './parts/access';
import { kioskVoiceUk } from './parts/kiosk-voice';

export const uk: Record<PublicKey, Message> = {
	...visitUk,
	...formsUk,
	...accessUk,
	...kioskVoiceUk
};

/** Keys whose Ukrainian a native speaker has checked (the office adds them as it reviews). */
export const UK_REVIEWED: readonly PublicKey[] = [];
