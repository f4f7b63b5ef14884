/**
 * The form posts of /admin/voice: a location's board voice and the office's recorded words.
 * Thin: fields read and checked here, stored and audited by VoiceDesk.
 */
import { fail } from '@sveltejs/kit';
import type { Principal } from '../auth/guard';
import { formDataOf } from '../forms/form-input';
import type { VoiceDesk } from './voice-desk';
import { MAX_CLIP_BYTES, voiceSettingsSchema, type ClipRefusal } from './voice-desk';

/** A post of clips: several words at once, under the server's body limit (512 KB). */
const MAX_UPLOAD_BYTES = 500 * 1024;

export async function saveVoiceSettings(
	voice: VoiceDesk,
	request: Request,
	actor: Principal,
	ip: string
) {
	const form = await formDataOf(request);
	if (typeof form === 'number')
		return fail(form, {
			settings: { ok: false, locationId: null, error: 'admin.voice.error_form' }
		});
	const locationId = Number(form.get('locationId'));
	const parsed = voiceSettingsSchema.safeParse({
		source: form.get('source'),
		language: form.get('language'),
		volume: form.get('volume'),
		quietFrom: form.get('quietFrom') ?? '',
		quietTo: form.get('quietTo') ?? '',
		room: form.get('room') === 'on',
		floor: form.get('floor') === 'on'
	});
	if (!parsed.success) {
		return fail(400, {
			settings: {
				ok: false,
				locationId,
				error: parsed.error.issues[0]?.message ?? 'admin.voice.error_form'
			}
		});
	}
	const s = parsed.data;
	const saved =
		Number.isInteger(locationId) &&
		voice.saveSettings(
			locationId,
			{
				source: s.source,
				language: s.language,
				volume: s.volume,
				quiet: s.quietFrom ? { from: s.quietFrom, to: s.quietTo } : null,
				room: s.room,
				floor: s.floor
			},
			actor,
			ip
		);
	if (!saved)
		return fail(404, { settings: { ok: false, locationId, error: 'admin.voice.error_location' } });
	return { settings: { ok: true, locationId, error: null } };
}

/** The word a clip file is named after: "dwanaście.ogg" → "dwanaście". */
const wordOfFile = (name: string) =>
	name
		.replace(/\.[^.]*$/, '')
		.normalize('NFC')
		.trim()
		.toLowerCase();

export async function uploadClips(
	voice: VoiceDesk,
	request: Request,
	actor: Principal,
	ip: string
) {
	const form = await formDataOf(request, MAX_UPLOAD_BYTES);
	if (form === 413)
		return fail(413, { clips: { saved: [], refused: [], error: 'admin.voice.error_upload_size' } });
	if (form === 400)
		return fail(400, { clips: { saved: [], refused: [], error: 'admin.voice.error_form' } });
	const language = String(form.get('language') ?? 'pl');
	const files = form.getAll('clips').filter((f): f is File => f instanceof File && f.name !== '');
	if (files.length === 0)
		return fail(400, { clips: { saved: [], refused: [], error: 'admin.voice.error_no_files' } });
	const saved: string[] = [];
	const refused: { file: string; why: ClipRefusal }[] = [];
	for (const file of files) {
		const word = wordOfFile(file.name);
		// Too large is refused before reading it whole.
		const why: ClipRefusal | null =
			file.size > MAX_CLIP_BYTES
				? 'size'
				: voice.uploadClip(language, word, new Uint8Array(await file.arrayBuffer()), actor, ip);
		if (why) refused.push({ file: file.name, why });
		else saved.push(word);
	}
	const result = { clips: { saved, refused, error: null } };
	return refused.length > 0 ? fail(400, result) : result;
}

export async function deleteClip(voice: VoiceDesk, request: Request, actor: Principal, ip: string) {
	const form = await formDataOf(request);
	if (typeof form === 'number') return fail(form, { deleted: null });
	const word = String(form.get('word') ?? '');
	const language = String(form.get('language') ?? 'pl');
	if (!voice.deleteClip(language, word, actor, ip)) return fail(404, { deleted: null });
	return { deleted: word };
}
