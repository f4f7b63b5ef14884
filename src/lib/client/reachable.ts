/**
 * Reloading a page's data (SvelteKit's `invalidate`) only while the server answers. SvelteKit
 * meets a failed reload of page data by loading the whole page anew from the server; with the
 * server away, the browser then shows its own error page, which never tries again, and a kiosk
 * would stay on it after the outage. So first a small request (a static file, no session work),
 * and nothing more unless it was answered and the live connection is up.
 */
export async function reloadWhenReachable(
	online: () => boolean,
	reload: () => Promise<void>
): Promise<void> {
	try {
		const probe = await fetch('/favicon.svg', { method: 'HEAD', cache: 'no-store' });
		if (!probe.ok || !online()) return;
	} catch {
		return;
	}
	await reload();
}
