/**
 * The public screens get only their own texts (src/lib/i18n/public.ts). Read from the sources:
 * every message key a public screen's code names, through every module it imports, must be in
 * the public set, or a visitor would see the bare key.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogs, isMessageKey, publicCatalog } from '../../src/lib/i18n';
import { isPublicRoute } from '../../src/lib/i18n/public';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PUBLIC_ROUTE_IDS = [
	'/',
	'/kiosk/[location]',
	'/display/[location]',
	'/t/[code]',
	'/rezerwacja',
	'/rezerwacja/[token]'
];
const ROUTE_FILES = [
	'src/routes/+layout.svelte',
	'src/routes/+error.svelte',
	'src/routes/+page.svelte',
	'src/routes/kiosk/+page.svelte',
	'src/routes/kiosk/[location]/+page.svelte',
	'src/routes/display/+page.svelte',
	'src/routes/display/[location]/+page.svelte',
	'src/routes/t/[code]/+page.svelte',
	'src/routes/survey/[token]/+page.svelte',
	'src/routes/survey/window/[window]/+page.svelte',
	'src/routes/rezerwacja/+page.svelte',
	'src/routes/rezerwacja/+error.svelte',
	'src/routes/rezerwacja/[token]/+page.svelte'
];

/** A module an import names, if it is one of ours (catalogs and server code are not the page's). */
function resolveImport(from: string, spec: string): string | null {
	let base: string;
	if (spec.startsWith('$lib/')) base = path.join(ROOT, 'src/lib', spec.slice(5));
	else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
	else return null;
	if (/src\/lib\/(server|i18n\/(index|pl|en|parts))/.test(base) || base.endsWith('src/lib/i18n')) {
		return null;
	}
	for (const file of [base, `${base}.ts`, `${base}.svelte.ts`, `${base}/index.ts`]) {
		if (existsSync(file) && /\.(ts|svelte)$/.test(file)) return file;
	}
	return null;
}

/** Every source file a public screen runs, found by following its imports. */
function publicSources(): string[] {
	const seen = new Set<string>();
	const queue = ROUTE_FILES.map((f) => path.join(ROOT, f));
	while (queue.length) {
		const file = queue.pop()!;
		if (seen.has(file)) continue;
		seen.add(file);
		const text = readFileSync(file, 'utf8');
		for (const [, type, spec] of text.matchAll(/import\s+(type\s+)?[^'"]*?['"]([^'"]+)['"]/g)) {
			if (type) continue;
			const next = resolveImport(file, spec!);
			if (next) queue.push(next);
		}
		// Steps loaded when first shown (`() => import('…')`) run on the public screen too.
		for (const [, spec] of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) {
			const next = resolveImport(file, spec!);
			if (next) queue.push(next);
		}
	}
	return [...seen];
}

describe('the public screens’ texts', () => {
	const sources = publicSources();

	it('follows the public screens into their components', () => {
		const names = sources.map((f) => path.relative(ROOT, f));
		expect(names).toContain('src/lib/components/kiosk/IssuedTicket.svelte');
		expect(names).toContain('src/lib/components/LangSwitch.svelte');
		expect(names).toContain('src/lib/components/kiosk/HelpPanel.svelte');
	});

	it('has every key a public screen names, in both languages', () => {
		const pl = publicCatalog('pl');
		const en = publicCatalog('en');
		expect(Object.keys(en).sort()).toEqual(Object.keys(pl).sort());
		for (const file of sources) {
			const text = readFileSync(file, 'utf8');
			for (const [, key] of text.matchAll(/['"`]([a-z_]+(?:\.[a-z0-9_]+)+)['"`]/g)) {
				if (isMessageKey(key!)) expect(pl, `${key} in ${file}`).toHaveProperty([key]);
			}
			// A key built from a value (`kiosk.refusal.${reason}`): its family must be public.
			for (const [, prefix] of text.matchAll(/`([a-z_]+(?:\.[a-z0-9_]+)*\.)\$\{/g)) {
				const family = Object.keys(catalogs.pl).filter((k) => k.startsWith(prefix!));
				if (family.length) expect(Object.keys(pl), prefix).toEqual(expect.arrayContaining(family));
			}
		}
	});

	it('leaves out what only staff screens show', () => {
		const pl = publicCatalog('pl');
		for (const key of ['admin.board.title', 'clerk.choose.title', 'manage.title', 'day.title']) {
			if (isMessageKey(key!)) expect(pl).not.toHaveProperty([key]);
		}
		expect(Object.keys(pl).filter((k) => /^(admin|accounts|audit|staff|day)\./.test(k))).toEqual(
			[]
		);
		// Well under half of one language: most of the catalog is staff screens' texts.
		const size = (c: object) => JSON.stringify(c).length;
		expect(size(pl)).toBeLessThan(size(catalogs.pl) / 2);
	});

	it('knows which screens are public', () => {
		for (const id of PUBLIC_ROUTE_IDS) expect(isPublicRoute(id), id).toBe(true);
		for (const id of ['/admin', '/clerk/[window]', '/manage', '/login', '/survey/paper']) {
			expect(isPublicRoute(id), id).toBe(false);
		}
	});
});
