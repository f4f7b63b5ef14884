/**
 * What a person typed or tapped before the page was interactive (a slow kiosk PC, a phone on a
 * weak signal). app.html's small inline script notes both until the page is hydrated.
 * - Typed: hydration writes every field's value from the server once (Svelte's `value={…}`),
 *   which would wipe a pairing code; given back with an `input` event so that a bound value and
 *   any handler see it too.
 * - Tapped: a button that works by script does nothing before hydration, so an elderly visitor's
 *   first tap on a department would be lost; it is tapped again once the page can answer, if the
 *   button is still on the screen (hydration keeps the server's elements).
 */
type Typed = Map<HTMLInputElement | HTMLTextAreaElement, string>;
type Early = { okienkoTyped?: Typed; okienkoTapped?: HTMLButtonElement[] };

export function restoreEarlyInput(): void {
	const early = window as Early;
	for (const [field, value] of early.okienkoTyped ?? []) {
		if (!field.isConnected || field.value === value) continue;
		field.value = value;
		field.dispatchEvent(new Event('input', { bubbles: true }));
	}
	early.okienkoTyped?.clear();
	const tapped = early.okienkoTapped?.splice(0) ?? [];
	for (const button of tapped) if (button.isConnected && !button.disabled) button.click();
}
