import { describe, expect, it } from 'vitest';
import { consoleKey, type ConsoleKeyState } from '$lib/client/console-keys';

const idle: ConsoleKeyState = {
	confirming: null,
	undoable: false,
	dialogOpen: false,
	inField: false,
	onControl: false
};
const key = (k: string, extra: Partial<KeyboardEvent> = {}) => ({
	key: k,
	ctrlKey: false,
	altKey: false,
	metaKey: false,
	repeat: false,
	...extra
});

describe('consoleKey: what a key does at the console', () => {
	it('runs the action of its shortcut, in either case', () => {
		expect(consoleKey(key('n'), idle)).toEqual({ run: 'call' });
		expect(consoleKey(key('B'), idle)).toEqual({ run: 'no_show' });
		expect(consoleKey(key('k'), idle)).toEqual({ run: 'consult' });
	});

	it('leaves other keys, combinations and a held key to the browser', () => {
		expect(consoleKey(key('x'), idle)).toBeNull();
		expect(consoleKey(key('Enter'), idle)).toBeNull();
		expect(consoleKey(key('n', { ctrlKey: true }), idle)).toBeNull();
		expect(consoleKey(key('n', { altKey: true }), idle)).toBeNull();
		expect(consoleKey(key('n', { metaKey: true }), idle)).toBeNull();
		expect(consoleKey(key('b', { repeat: true }), { ...idle, confirming: 'no_show' })).toBeNull();
	});

	it('does nothing while a dialog is open or the clerk types in a field', () => {
		expect(consoleKey(key('n'), { ...idle, dialogOpen: true })).toBeNull();
		expect(consoleKey(key('n'), { ...idle, inField: true })).toBeNull();
		expect(consoleKey(key('u'), { ...idle, undoable: true, inField: true })).toBeNull();
	});

	it('while asking, Esc keeps the ticket and Enter confirms, unless Enter presses a button', () => {
		const asking = { ...idle, confirming: 'cancel' as const };
		expect(consoleKey(key('Escape'), asking)).toEqual({ keep: true });
		expect(consoleKey(key('Enter'), asking)).toEqual({ run: 'cancel' });
		expect(consoleKey(key('Enter'), { ...asking, onControl: true })).toBeNull();
		// The same key again is the second press: run() confirms it.
		expect(consoleKey(key('a'), asking)).toEqual({ run: 'cancel' });
		expect(consoleKey(key('Escape'), idle)).toBeNull();
	});

	it('U takes back the last no-show or cancellation only while it is offered', () => {
		expect(consoleKey(key('u'), { ...idle, undoable: true })).toEqual({ undo: true });
		expect(consoleKey(key('U'), { ...idle, undoable: true })).toEqual({ undo: true });
		expect(consoleKey(key('u'), idle)).toBeNull();
	});
});
