import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Run axe-core (from node_modules, nothing fetched) against the page for WCAG 2.0/2.1 A and AA
 * and fail with a readable list of what is wrong.
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
	await page.addScriptTag({ path: AXE_PATH });
	const violations = (await page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> };
			}
		).axe;
		const result = await axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
		});
		return result.violations;
	})) as AxeViolation[];
	const report = violations
		.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.help}\n` +
				v.nodes.map((n) => `    ${n.target.join(' ')} ${n.failureSummary ?? ''}`).join('\n')
		)
		.join('\n');
	expect(violations, `axe on ${label}:\n${report}`).toEqual([]);
}
