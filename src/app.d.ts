import type { Principal } from '$lib/server/auth/guard';
import type { Lang } from '$lib/shared/dto';

declare global {
	namespace App {
		interface Error {
			message: string;
			code?: string;
		}
		interface Locals {
			principal: Principal;
			lang: Lang;
		}
	}
}

export {};
