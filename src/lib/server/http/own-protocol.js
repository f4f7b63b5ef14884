// How a request's URL is known when no proxy names it, shared by server.js (plain JavaScript,
// loaded without a build, so this file is JavaScript too) and the kiosk's issuing fast path
// (issue-fast-path.ts), which must build exactly the URL adapter-node gives SvelteKit.
//
// adapter-node takes every request for https unless ORIGIN or PROTOCOL_HEADER says otherwise;
// server.js speaks plain HTTP, so with neither set it names each request's own protocol in this
// header itself (a client cannot choose it: server.js overwrites it on every request).

export const OWN_PROTOCOL_HEADER = 'x-okienko-protocol';

/**
 * adapter-node's settings whose effects the fast path does not reproduce: with any of them set it
 * leaves every request to SvelteKit.
 */
const ADAPTER_SETTINGS = ['HOST_HEADER', 'PORT_HEADER', 'BODY_SIZE_LIMIT', 'ENV_PREFIX'];

/**
 * Whether server.js names each request's protocol itself (neither ORIGIN nor PROTOCOL_HEADER set).
 * @param {Record<string, string | undefined>} env
 */
export function namesOwnProtocol(env) {
	return !env.ORIGIN && !env.PROTOCOL_HEADER;
}

/**
 * A function giving the URL adapter-node would give a request for `path`, or null when it could
 * not be told the same way (then SvelteKit answers). Null as a whole when the environment has
 * settings it does not reproduce.
 * @param {Record<string, string | undefined>} env
 * @returns {((path: string, headers: import('node:http').IncomingHttpHeaders) => URL | null) | null}
 */
export function adapterUrl(env) {
	if (ADAPTER_SETTINGS.some((name) => env[name])) return null;
	const protocolHeader = env.PROTOCOL_HEADER;
	if (protocolHeader && protocolHeader !== OWN_PROTOCOL_HEADER) return null;
	const origin = env.ORIGIN;
	return (path, headers) => {
		if (!origin && !headers.host) return null;
		const named = protocolHeader ? headers[OWN_PROTOCOL_HEADER] : undefined;
		const protocol = (typeof named === 'string' && named) || 'https';
		try {
			return new URL(path, origin || `${protocol}://${headers.host}`);
		} catch {
			return null;
		}
	};
}
