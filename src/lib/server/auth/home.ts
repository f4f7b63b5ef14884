/** Where a person lands after signing in: their work, by role; or the page they asked for. */
import type { StaffRole } from './guard';

export function homeOf(role: StaffRole): string {
	return role === 'clerk' ? '/clerk' : role === 'manager' ? '/manage' : '/admin';
}

/** Only a same-site path: `next` must never send someone to another site after signing in. */
export function safeNext(next: string | null): string | null {
	if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return null;
	return next.length <= 500 ? next : null;
}
