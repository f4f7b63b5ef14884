/**
 * A refusal by the scope checks (scope.ts): the caller's role may use the route or event, but not
 * for this location, window or department. The HTTP and socket edges answer it as 403
 * `forbidden` (http/errors.ts), and nothing has changed.
 */
export class AccessDenied extends Error {
	constructor() {
		super('forbidden');
	}
}
