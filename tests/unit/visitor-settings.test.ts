/**
 * The visitor's own settings (issue 16): the kiosk's reach line read from its address, and the
 * settings kept in a session store, never longer.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_REACH, reachTop } from '../../src/lib/shared/reach';
import { VisitorSettings } from '../../src/lib/client/visitor-settings.svelte';

function memoryStore() {
	const items = new Map<string, string>();
	return {
		items,
		getItem: (k: string) => items.get(k) ?? null,
		setItem: (k: string, v: string) => void items.set(k, v),
		removeItem: (k: string) => void items.delete(k)
	};
}

describe('the reach line', () => {
	it('defaults to half the screen and takes a fraction or pixels', () => {
		expect(DEFAULT_REACH).toBe(0.5);
		expect(reachTop(null)).toBe('50dvh');
		expect(reachTop('')).toBe('50dvh');
		expect(reachTop('0.55')).toBe('55dvh');
		expect(reachTop('.4')).toBe('40dvh');
		expect(reachTop('0.75')).toBe('75dvh');
		expect(reachTop('1200px')).toBe('1200px');
	});

	it('refuses what leaves no room for the buttons, or is not a length', () => {
		for (const bad of [
			'0',
			'0.0',
			'0.8',
			'1',
			'2',
			'-0.5',
			'0px',
			'99999px',
			'50%',
			'abc',
			'1e-1'
		]) {
			expect(reachTop(bad), bad).toBeNull();
		}
	});
});

describe('the visitor’s settings', () => {
	it('toggle, say whether anything changed, and reset', () => {
		const s = new VisitorSettings();
		expect(s.changed).toBe(false);
		s.toggle('lowReach');
		expect(s.lowReach).toBe(true);
		expect(s.changed).toBe(true);
		s.toggle('largerText');
		s.reset();
		expect([s.lowReach, s.largerText, s.highContrast]).toEqual([false, false, false]);
	});

	it('keep larger text and high contrast in the session store, low reach never', () => {
		const store = memoryStore();
		const s = new VisitorSettings(store);
		s.toggle('largerText');
		s.toggle('highContrast');
		s.toggle('lowReach');
		const again = new VisitorSettings(store);
		again.restore();
		expect([again.largerText, again.highContrast, again.lowReach]).toEqual([true, true, false]);
		again.reset();
		expect(store.items.size).toBe(0);
	});
});

describe('reading aloud at the kiosk (issue 16)', () => {
	it('starts as the administrator chose, and the idle return puts it back there, not off', () => {
		const settings = new VisitorSettings();
		settings.startReadAloud(true);
		expect(settings.readAloud).toBe(true);
		expect(settings.changed).toBe(false);
		settings.toggle('readAloud');
		expect(settings.changed).toBe(true);
		const resets = settings.resets;
		settings.reset();
		expect(settings.readAloud).toBe(true);
		// The kiosk's audio knows the screen went back by itself, and says nothing then.
		expect(settings.resets).toBe(resets + 1);
		settings.startReadAloud(false);
		settings.toggle('readAloud');
		settings.reset();
		expect(settings.readAloud).toBe(false);
	});
});
