// Loads the project's TypeScript modules (src/, tests/support/) from plain Node scripts through
// Vite's SSR module loader: no build step, the same transforms the tests use. Only the aliases
// the loaded modules need ($lib, $printer) are set; no SvelteKit plugin is involved.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** @type {import('vite').ViteDevServer | null} */
let vite = null;

/**
 * Import a module by its path from the project root, e.g. '/src/lib/server/db/open.ts'.
 * @param {string} file
 * @returns {Promise<any>}
 */
export async function loadTs(file) {
	vite ??= await createServer({
		root: ROOT,
		configFile: false,
		logLevel: 'silent',
		appType: 'custom',
		server: { middlewareMode: true, hmr: false, ws: false },
		resolve: {
			alias: { $lib: path.join(ROOT, 'src/lib'), $printer: path.join(ROOT, 'printer') }
		},
		optimizeDeps: { noDiscovery: true, include: [] }
	});
	return vite.ssrLoadModule(file);
}

export async function closeTs() {
	await vite?.close();
	vite = null;
}
