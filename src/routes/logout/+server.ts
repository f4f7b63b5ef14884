import { redirect } from '@sveltejs/kit';
import { clearSessionCookie } from '$lib/server/auth/cookies';
import type { RequestHandler } from './$types';

/** Sign out (a form POST from any staff page): the session ends and its sockets disconnect. */
export const POST: RequestHandler = ({ locals, cookies, url, getClientAddress }) => {
	locals.app.accounts.logout(locals.principal, getClientAddress());
	clearSessionCookie(cookies, url);
	redirect(303, '/login?signed_out');
};
