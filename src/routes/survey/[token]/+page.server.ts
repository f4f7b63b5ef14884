import type { PageServerLoad } from './$types';

/** The survey of one visit, opened from the live ticket page or a link. */
export const load: PageServerLoad = ({ params, locals }) => {
	const token = /^[a-z2-7]{26}$/.test(params.token) ? params.token : null;
	return { invitation: token ? locals.app.surveys.invitation(token) : null };
};
