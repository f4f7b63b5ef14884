import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/**
 * One location: straight to its kiosk (keeping `?kiosk=`, which names the kiosk's printer);
 * several: let the device be pointed at one.
 */
export const load: PageServerLoad = ({ url, locals }) => {
	const locations = locals.app.views.locations();
	// A paired kiosk goes to its own location.
	const own = locations.find((l) => l.id === locals.principal.device?.locationId);
	if (own) redirect(307, `/kiosk/${own.slug}`);
	if (locations.length === 1) redirect(307, `/kiosk/${locations[0]!.slug}${url.search}`);
	return { locations: locations.map((l) => ({ slug: l.slug, name: l.name })) };
};
