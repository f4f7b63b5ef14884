import { redirect } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import { clearSessionCookie } from '$lib/server/auth/cookies';
import type { RequestHandler } from './$types';

/** Sign out (a form POST from any staff page): the session ends and its sockets disconnect. */
export const POST: RequestHandler = ({ locals, cookies, url, getClientAddress }) => {
	getApp().accounts.logout(locals.principal, getClientAddress());
	clearSessionCookie(cookies, url);
	redirect(303, '/login?signed_out');
};
