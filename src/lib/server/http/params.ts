import type { App } from '../app';
import type { Principal } from '../auth/guard';
import { requireLocation } from '../auth/scope';
import { DomainError } from '../queue';
import { idParam } from '$lib/shared/schemas';

/**
 * A location id from the path that names an existing location, else 400/404. A device asking for
 * another location than its own is refused (403) first, so it cannot even learn which locations
 * exist.
 */
export function locationParam(
	raw: string,
	{ app, principal }: { app: Pick<App, 'views'>; principal: Principal }
): number {
	const id = idParam.parse(raw);
	requireLocation(principal, id);
	if (!app.views.location(id)) throw new DomainError('not_found', { what: 'location' });
	return id;
}
