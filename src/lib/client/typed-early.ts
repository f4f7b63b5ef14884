/**
 * What a person typed into a field before the page was interactive. app.html's small inline
 * script notes each field's value as it is typed until the page is hydrated; hydration then
 * writes every field's value from the server once (Svelte's `value={…}`), which would wipe a
 * pairing code typed on a slow kiosk PC. Given back here, with an `input` event so that a bound
 * value and any handler see it too.
 */
type Typed = Map<HTMLInputElement | HTMLTextAreaElement, string>;

export function restoreTyped(): void {
	const typed = (window as { okienkoTyped?: Typed }).okienkoTyped;
	if (!typed) return;
	for (const [field, value] of typed) {
		if (!field.isConnected || field.value === value) continue;
		field.value = value;
		field.dispatchEvent(new Event('input', { bubbles: true }));
	}
	typed.clear();
}
