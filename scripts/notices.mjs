#!/usr/bin/env node
// Writes THIRD-PARTY-NOTICES.md: every package whose code ships with Okienko (the production
// dependencies, which run from node_modules, and the packages Vite bundles into build/), with its
// licence and the licence text it ships. Run after changing dependencies:
//   node scripts/notices.mjs          rewrite the file
//   node scripts/notices.mjs --check  exit 1 if it is out of date (tests/unit/notices.test.ts)
// Versions and licences come from package-lock.json, the texts from node_modules.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const NOTICES_FILE = 'THIRD-PARTY-NOTICES.md';

// devDependencies whose code or files end up in build/ (the pages' JavaScript, the server bundle,
// the font), with the packages they bring along: Vite bundles them, so they ship although the
// server never loads them from node_modules. tests/integration/notices-bundled.test.ts checks
// this list against the server bundle's source maps.
const BUNDLED_WITH_DEPENDENCIES = [
	'socket.io-client',
	'uplot',
	'@fontsource/atkinson-hyperlegible'
];
// These without their own dependencies, which are build tools (svelte's compiler, adapter-node's
// rollup): only their runtime parts are bundled.
const BUNDLED_ALONE = [
	'svelte',
	'esm-env',
	'clsx',
	'@sveltejs/kit',
	'devalue',
	'cookie',
	'set-cookie-parser',
	'@sveltejs/adapter-node',
	'sirv',
	'@polka/url',
	'mrmime',
	'totalist',
	// debug's optional colour support, which the server bundle takes in beside socket.io.
	'supports-color',
	'has-flag'
];

const LICENCE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt|markdown))?$/i;

/**
 * @typedef {{ version: string, license?: string, optional?: boolean,
 *   dependencies?: Record<string, string>, optionalDependencies?: Record<string, string> }} LockEntry
 * @typedef {LockEntry & { key: string, name: string }} Shipped
 */

/**
 * The lock's entry path of `name` as required from the package at `from` (Node's lookup).
 * @param {Record<string, LockEntry>} packages
 * @param {string} from
 * @param {string} name
 * @returns {string | null}
 */
function resolve(packages, from, name) {
	let dir = from;
	for (;;) {
		const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
		if (packages[candidate]) return candidate;
		if (!dir) return null;
		const cut = dir.lastIndexOf('/node_modules/');
		dir = cut < 0 ? '' : dir.slice(0, cut);
	}
}

/**
 * The lock entries of everything that ships, sorted by package name.
 * @param {string} root
 * @returns {Shipped[]}
 */
function shippedPackages(root) {
	const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
	/** @type {Record<string, LockEntry>} */
	const packages = lock.packages;
	const own = /** @type {LockEntry} */ (packages['']);
	/** @type {Set<string>} */
	const found = new Set();
	/** @type {(key: string | null, withDependencies: boolean) => void} */
	const visit = (key, withDependencies) => {
		if (!key || found.has(key)) return;
		found.add(key);
		if (!withDependencies) return;
		const entry = /** @type {LockEntry} */ (packages[key]);
		for (const dep of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) {
			visit(resolve(packages, key, dep), true);
		}
	};
	for (const name of Object.keys(own.dependencies ?? {})) visit(resolve(packages, '', name), true);
	for (const name of BUNDLED_WITH_DEPENDENCIES) visit(resolve(packages, '', name), true);
	for (const name of BUNDLED_ALONE) {
		const key = resolve(packages, '', name);
		if (!key) throw new Error(`notices: ${name} is not in package-lock.json`);
		visit(key, false);
	}
	const nameOf = (/** @type {string} */ key) =>
		key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
	return [...found]
		.map((key) => ({ key, name: nameOf(key), .../** @type {LockEntry} */ (packages[key]) }))
		.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.version.localeCompare(b.version));
}

/**
 * The licence files a package ships, in name order; none for a platform's optional binary.
 * @param {string} root
 * @param {Shipped} pkg
 */
function licenceTexts(root, pkg) {
	// Optional packages are installed only on some platforms (argon2's binaries): listing them
	// without their text keeps the file the same whichever machine writes it.
	if (pkg.optional) return [];
	const dir = path.join(root, pkg.key);
	if (!fs.existsSync(dir)) throw new Error(`notices: ${pkg.key} is not installed (npm install)`);
	return fs
		.readdirSync(dir)
		.filter((f) => LICENCE_FILE.test(f))
		.sort()
		.map((f) => fs.readFileSync(path.join(dir, f), 'utf8').replace(/\r\n/g, '\n').trimEnd());
}

/** @param {string} text */
function fence(text) {
	const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
	const marks = '`'.repeat(longest + 1);
	return `${marks}text\n${text}\n${marks}`;
}

/** The whole file's text. */
export function renderNotices(root = ROOT) {
	const shipped = shippedPackages(root);
	const out = [
		'# Third-party notices',
		'',
		'Okienko is licensed under the EUPL-1.2 (LICENSE). It ships the packages below, each under',
		'its own licence: the production dependencies, which the server loads from `node_modules`,',
		'and the packages that `npm run build` bundles into `build/` (the pages, the server bundle,',
		'the font). Generated by `node scripts/notices.mjs` from package-lock.json and node_modules;',
		'do not edit by hand.',
		'',
		'## Code adapted from other projects',
		'',
		'- `printer/qr-matrix.ts` follows the QR code generator of receiptline (lib/receiptline.js),',
		'  Copyright 2019 Open Foodservice System Consortium, Copyright 2026 OpenReceipt Project,',
		'  licensed under the Apache License, Version 2.0 (its text is under receiptline below). It',
		'  was rewritten in TypeScript and changed to build the parts that do not depend on the data',
		'  once per QR version. QR Code is a registered trademark of DENSO WAVE INCORPORATED.',
		'',
		'## Fonts cut from other projects',
		'',
		'- `src/lib/fonts/cyrillic-*.woff2` are the Cyrillic letters cut from DejaVu Sans (Bitstream Vera',
		'  licence with DejaVu changes in the public domain); the licence is shipped beside them in',
		'  `src/lib/fonts/DejaVu-LICENSE.txt` and `scripts/assets/make-fonts.sh` makes the cuts.',
		'',
		'## Programs run beside Okienko, not shipped with it',
		'',
		'- espeak-ng (GPL-3.0-or-later), installed from the operating system, is started as a separate',
		'  process for spoken calls; it is neither linked with nor distributed with Okienko.',
		'- Caddy (Apache-2.0) and Chromium (BSD-3-Clause and others) are installed from Debian',
		'  by the operator (docs/operations.md).',
		'',
		'## Summary',
		'',
		'| Package | Version | Licence |',
		'| ------- | ------- | ------- |',
		...shipped.map((p) => `| ${p.name} | ${p.version} | ${p.license ?? 'see its text'} |`),
		'',
		'## Licence texts',
		''
	];
	for (const pkg of shipped) {
		out.push(`### ${pkg.name} ${pkg.version}`, '', `Licence: ${pkg.license ?? 'see below'}.`, '');
		const texts = licenceTexts(root, pkg);
		if (texts.length === 0 && pkg.optional) {
			out.push('A platform build of its parent package, under the same licence text.', '');
		} else if (texts.length === 0) {
			out.push('The package ships no licence file; its package.json names the licence.', '');
		}
		for (const text of texts) out.push(fence(text), '');
	}
	return out.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const file = path.join(ROOT, NOTICES_FILE);
	const text = renderNotices();
	if (process.argv.includes('--check')) {
		const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
		if (current !== text) {
			console.error(`${NOTICES_FILE} is out of date: run node scripts/notices.mjs`);
			process.exit(1);
		}
	} else {
		fs.writeFileSync(file, text);
		console.log(`wrote ${NOTICES_FILE}`);
	}
}
