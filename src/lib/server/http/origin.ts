/**
 * The address the office's devices use to reach this server, for links printed on tickets when
 * OKIENKO_PUBLIC_URL is not set. adapter-node assumes https unless ORIGIN (or a protocol header)
 * says otherwise, but server.js speaks plain HTTP: a QR code with https:// would lead a phone
 * nowhere. A reverse proxy that terminates TLS says so in X-Forwarded-Proto.
 */
export function requestOrigin(
	request: { headers: { get(name: string): string | null } },
	url: URL
): string {
	if (process.env.ORIGIN) return url.origin;
	const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
	const protocol = forwarded === 'https' ? 'https' : 'http';
	return `${protocol}://${url.host}`;
}
