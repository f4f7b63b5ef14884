/**
 * THIRD-PARTY-NOTICES.md against what `npm run build` really bundled: every package whose source
 * the server bundle's source maps name is listed (scripts/notices.mjs keeps the list of bundled
 * devDependencies by hand).
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

function mappedPackages(dir: string, found = new Set<string>()): Set<string> {
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const file = path.join(dir, entry.name);
		if (entry.isDirectory()) mappedPackages(file, found);
		else if (entry.name.endsWith('.map')) {
			const map = JSON.parse(fs.readFileSync(file, 'utf8')) as { sources: string[] };
			for (const source of map.sources) {
				const at = source.lastIndexOf('node_modules/');
				if (at < 0) continue;
				const parts = source.slice(at + 'node_modules/'.length).split('/');
				found.add(parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!);
			}
		}
	}
	return found;
}

it('lists every package the build bundled', () => {
	const build = path.join(ROOT, 'build');
	if (!fs.existsSync(path.join(build, 'handler.js'))) {
		throw new Error('build/ is missing: run `npm run build` first (npm test does)');
	}
	const notices = fs.readFileSync(path.join(ROOT, 'THIRD-PARTY-NOTICES.md'), 'utf8');
	const bundled = [...mappedPackages(build)];
	expect(bundled.length).toBeGreaterThan(5);
	expect(bundled.filter((name) => !notices.includes(`\n### ${name} `))).toEqual([]);
});
