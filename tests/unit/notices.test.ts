import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOTICES_FILE, renderNotices } from '../../scripts/notices.mjs';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const notices = fs.readFileSync(path.join(ROOT, NOTICES_FILE), 'utf8');

describe('the licence and the third-party notices', () => {
	it('THIRD-PARTY-NOTICES.md is current (node scripts/notices.mjs rewrites it)', () => {
		expect(renderNotices(ROOT)).toBe(notices);
	});

	it('lists every production dependency with its licence text', () => {
		const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
		for (const name of Object.keys(pkg.dependencies)) {
			expect(notices).toMatch(new RegExp(`^### ${name.replace(/[/.]/g, '\\$&')} \\S+\\n`, 'm'));
		}
		// The one whose code printer/qr-matrix.ts follows, with its Apache-2.0 text.
		expect(notices).toMatch(
			/### receiptline [\d.]+\n\nLicence: Apache-2\.0\.\n\n`{3,}text\n\s*Apache License/
		);
	});

	it('Okienko itself is under the EUPL-1.2', () => {
		const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
		expect(pkg.license).toBe('EUPL-1.2');
		const licence = fs.readFileSync(path.join(ROOT, 'LICENSE'), 'utf8');
		expect(licence).toMatch(
			/^\s*EUROPEAN UNION PUBLIC LICENCE v\. 1\.2\n\s*EUPL © the European Union 2007, 2016/
		);
		expect(licence).toMatch(
			/All other changes or additions to this Appendix require the production of a\nnew EUPL version\.\n$/
		);
	});
});
