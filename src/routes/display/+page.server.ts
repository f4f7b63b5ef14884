import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** One location: straight to its display; several: let the device be pointed at one. */
export const load: PageServerLoad = ({ locals }) => {
	const locations = locals.app.views.locations();
	// A paired board goes to its own location.
	const own = locations.find((l) => l.id === locals.principal.device?.locationId);
	if (own) redirect(307, `/display/${own.slug}`);
	if (locations.length === 1) redirect(307, `/display/${locations[0]!.slug}`);
	return { locations: locations.map((l) => ({ slug: l.slug, name: l.name })) };
};
