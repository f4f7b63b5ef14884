import { describe, expect, it } from 'vitest';
import { assertDistinctVersions, MIGRATIONS } from '../../src/lib/server/db/migrate';

describe('migrations', () => {
	it('have distinct, increasing version numbers', () => {
		const versions = MIGRATIONS.map((m) => m.version);
		expect(new Set(versions).size).toBe(versions.length);
		expect([...versions].sort((a, b) => a - b)).toEqual(versions);
	});

	it('refuse two files with one version', () => {
		const twins = [
			{ version: 4, name: 'survey', sql: '' },
			{ version: 4, name: 'waiting_by_service', sql: '' }
		];
		expect(() => assertDistinctVersions(twins)).toThrow(/share version 4/);
	});
});
