import { getApp } from '$lib/server/app';
import type { PageServerLoad } from './$types';

/** The survey of one visit, opened from the live ticket page or a link. */
export const load: PageServerLoad = ({ params }) => {
	const token = /^[a-z2-7]{26}$/.test(params.token) ? params.token : null;
	return { invitation: token ? getApp().surveys.invitation(token) : null };
};
