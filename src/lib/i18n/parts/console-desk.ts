/**
 * Texts of the clerk's desk (issue 12): one clerk per window (who holds it, taking it over) and
 * the time at a glance (how long the client waited and has been served, the matter's usual time).
 * Polish first; English must have the same keys (the i18n unit test checks).
 */
import type { Message } from '../pl';

export const consoleDeskPl = {
	'error.window_held': 'Stanowisko zajmuje {name}.',
	'hold.picker.free': 'wolne',
	'hold.picker.held': 'zajmuje: {name}',
	'hold.picker.mine': 'twoje stanowisko',
	'hold.console.held': 'Stanowisko zajmuje {name} (od {time}). Tutaj możesz tylko przeglądać.',
	'hold.console.taken_over':
		'Stanowisko przejął(-ęła) {name}. Ta konsola tylko pokazuje stan stanowiska.',
	'hold.take_over': 'Przejmij stanowisko',
	'hold.confirm.title': 'Przejąć stanowisko {label}?',
	'hold.confirm.body':
		'Stanowisko zajmuje {name}. Po przejęciu konsola tej osoby przestanie działać, a przejęcie zostanie zapisane w dzienniku zdarzeń.',
	'hold.confirm.yes': 'Tak, przejmij',
	'hold.confirm.no': 'Anuluj',
	'hold.taken': 'Przejęto stanowisko od: {name}.',
	'clock.title': 'Czas',
	'clock.waited': 'Czekał(a)',
	'clock.since_call': 'Od wezwania',
	'clock.served': 'Obsługa trwa',
	'clock.usual': 'Zwykle',
	'clock.usual_minutes': 'ok. {minutes} min',
	'clock.usual_under_minute': 'poniżej minuty',
	'clock.over': 'Obsługa trwa dłużej niż zwykle w tej sprawie ({usual}).'
} satisfies Record<string, Message>;

export const consoleDeskEn: Record<keyof typeof consoleDeskPl, Message> = {
	'error.window_held': 'Window held by {name}.',
	'hold.picker.free': 'free',
	'hold.picker.held': 'held by {name}',
	'hold.picker.mine': 'your window',
	'hold.console.held': 'This window is held by {name} (since {time}). Here you can only look.',
	'hold.console.taken_over': '{name} took over this window. This console now only shows it.',
	'hold.take_over': 'Take over the window',
	'hold.confirm.title': 'Take over window {label}?',
	'hold.confirm.body':
		'The window is held by {name}. Once you take it over, their console stops working, and the takeover is written to the audit log.',
	'hold.confirm.yes': 'Yes, take over',
	'hold.confirm.no': 'Cancel',
	'hold.taken': 'You took over the window from {name}.',
	'clock.title': 'Time',
	'clock.waited': 'Waited',
	'clock.since_call': 'Since the call',
	'clock.served': 'Being served',
	'clock.usual': 'Usually',
	'clock.usual_minutes': 'about {minutes} min',
	'clock.usual_under_minute': 'under a minute',
	'clock.over': 'This visit is taking longer than usual for this matter ({usual}).'
};
