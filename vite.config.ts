import path from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin, ViteDevServer } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Under `vite dev` socket.io shares Vite's own HTTP server, exactly as it shares the Node server in
 * production (server.js). The module is loaded through Vite's SSR graph, and the application
 * instance lives on globalThis, so routes and sockets see one database and one queue service.
 */
function okienkoRealtime(): Plugin {
	const attach = async (server: Pick<ViteDevServer, 'httpServer' | 'ssrLoadModule'>) => {
		if (!server.httpServer) return;
		const mod = await server.ssrLoadModule('/src/lib/server/realtime/attach.ts');
		const app = await server.ssrLoadModule('/src/lib/server/app.ts');
		mod.attachRealtime(server.httpServer, app.getApp());
	};
	return {
		name: 'okienko-realtime',
		configureServer(server) {
			server.httpServer?.once('listening', () => void attach(server));
		}
	};
}

/**
 * The pages' socket speaks WebSocket only (src/lib/client/socket.ts), so in their bundle
 * engine.io's table of transports by name (its `transports/index.js`) holds that one: the table
 * imports long-polling and WebTransport too, and nothing else would drop them from every kiosk's
 * and board's first load. Tests and the server keep the package as it is.
 */
function websocketOnly(): Plugin {
	const table = '\0okienko-websocket-only';
	const engine = /engine\.io-client[\\/]build[\\/]esm[\\/](socket|index)\.js$/;
	let websocket = '';
	return {
		name: 'okienko-websocket-only',
		apply: 'build',
		enforce: 'pre',
		resolveId(source, importer, options) {
			if (options?.ssr || !importer || source !== './transports/index.js') return null;
			if (!engine.test(importer)) return null;
			websocket = path.join(path.dirname(importer), 'transports', 'websocket.js');
			return table;
		},
		load(id) {
			if (id !== table) return null;
			return `import { WS } from ${JSON.stringify(websocket)};\nexport const transports = { websocket: WS };\n`;
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), okienkoRealtime(), websocketOnly()],
	server: { port: 3000 },
	// A font cut is a file of its own, never inlined into the CSS: its unicode-range decides
	// whether a page fetches it at all (src/lib/fonts/fonts.css).
	build: { assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined) },
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts'],
					// The property tests are CPU work: a cap a busy machine will not reach.
					testTimeout: 60_000
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'integration',
					environment: 'node',
					include: ['tests/integration/**/*.test.ts'],
					// The in-process server (tests/support/in-process.ts) loads the built SvelteKit
					// handler as Node does: through Vite's transforms its output would be compiled again.
					server: { deps: { external: [/\/build\/handler\.js$/] } },
					// Caps for a test that hangs, generous enough for a busy 2-core machine: every
					// test waits for conditions, not for times.
					testTimeout: 90_000,
					hookTimeout: 120_000
				}
			},
			{
				// Client state (src/lib/client/*.svelte.ts) compiled for the browser, as the pages run
				// it, against real socket.io servers started in the test process.
				extends: './vite.config.ts',
				// `svelte` itself (mount, flushSync) as the browser has it, not its server build.
				resolve: { conditions: ['browser'] },
				test: {
					name: 'client',
					environment: 'happy-dom',
					include: ['tests/client/**/*.test.ts'],
					testTimeout: 60_000
				}
			},
			{
				// Crash, hostile input and backup/restore against the real server (needs npm run build).
				extends: './vite.config.ts',
				test: {
					name: 'faults',
					environment: 'node',
					include: ['tests/faults/**/*.test.ts'],
					testTimeout: 180_000,
					hookTimeout: 120_000
				}
			}
		]
	}
});
