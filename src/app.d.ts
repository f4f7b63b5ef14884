import type { App as OkienkoApp } from '$lib/server/app';
import type { Principal } from '$lib/server/auth/guard';
import type { Lang } from '$lib/shared/dto';

declare global {
	namespace App {
		interface Error {
			message: string;
			code?: string;
		}
		interface Locals {
			/** The process's application (hooks.server.ts): routes use it, not a global. */
			app: OkienkoApp;
			principal: Principal;
			lang: Lang;
		}
	}
}

export {};
