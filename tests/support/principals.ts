import type { Principal } from '../../src/lib/server/auth/guard';

/** Acting in-process as an administrator without an account (no staff id on the events). */
export const SYSTEM: Principal = { roles: ['admin'], label: 'test' };
