import { deleteClip, saveVoiceSettings, uploadClips } from '$lib/server/voice/admin-voice';
import type { Actions, PageServerLoad } from './$types';

/** The board's voice per location, the office's recorded words, whether espeak-ng runs. */
export const load: PageServerLoad = ({ locals, url }) => {
	const { voice } = locals.app;
	const language = url.searchParams.get('language') === 'en' ? 'en' : 'pl';
	return {
		synthAvailable: voice.synthesiser.available,
		locations: voice.locations(),
		language,
		clips: voice.clips(language)
	};
};

export const actions: Actions = {
	settings: ({ request, locals, getClientAddress }) =>
		saveVoiceSettings(locals.app.voice, request, locals.principal, getClientAddress()),
	upload: ({ request, locals, getClientAddress }) =>
		uploadClips(locals.app.voice, request, locals.principal, getClientAddress()),
	delete: ({ request, locals, getClientAddress }) =>
		deleteClip(locals.app.voice, request, locals.principal, getClientAddress())
};
