import { isPublicRoute } from '$lib/i18n/public';
import type { LayoutLoad } from './$types';

/**
 * A staff screen gets the whole catalog, in its two languages (Polish, English), as a script of
 * its own that the browser keeps; public screens never load it (their texts come with the page).
 */
export const load: LayoutLoad = async ({ data, route }) => {
	const catalogs = isPublicRoute(route.id) ? null : (await import('$lib/i18n/staff')).staffCatalogs;
	return { ...data, catalogs };
};
