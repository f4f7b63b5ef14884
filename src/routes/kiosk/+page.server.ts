import { redirect } from '@sveltejs/kit';
import { getApp } from '$lib/server/app';
import type { PageServerLoad } from './$types';

/** One location: straight to its kiosk; several: let the device be pointed at one. */
export const load: PageServerLoad = () => {
	const locations = getApp().views.locations();
	if (locations.length === 1) redirect(307, `/kiosk/${locations[0]!.slug}`);
	return { locations: locations.map((l) => ({ slug: l.slug, name: l.name })) };
};
