import { getApp } from '../app';
import { DomainError } from '../queue';
import { idParam } from '$lib/shared/schemas';

/** A location id from the path that names an existing location, else 400/404. */
export function locationParam(raw: string): number {
	const id = idParam.parse(raw);
	if (!getApp().views.location(id)) throw new DomainError('not_found', { what: 'location' });
	return id;
}
