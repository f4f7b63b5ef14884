/**
 * The clerk console's safeguards (issue 12): calling a chosen ticket, confirming and taking back
 * a no-show or cancellation, restoring a missed ticket, and the action in flight.
 */
import type { Message } from '../pl';

export const consolePl = {
	'error.not_served_here':
		'Bilet {number} nie należy do spraw obsługiwanych przy stanowisku {window}.',
	'error.undo_expired':
		'Minął czas na cofnięcie zmiany biletu {number}. Można go przywrócić z listy nieobecnych.',
	'error.not_today':
		'Bilet {number} pochodzi z innego dnia i nie może wrócić do dzisiejszej kolejki.',
	'clerk.result.call_ticket': 'Wezwano bilet {number} (wybrany z kolejki).',
	'clerk.result.undo': 'Cofnięto: bilet {number} jest znów przy stanowisku.',
	'clerk.result.restore': 'Bilet {number} wrócił do kolejki.',
	'clerk.queue.call_this': 'Wezwij',
	'clerk.queue.call_this_label': 'Wezwij bilet {number} poza kolejnością',
	'clerk.queue.order_note': 'Kolejność wezwań: pierwszy z listy zostanie wezwany jako następny.',
	'clerk.call_ticket.title': 'Wezwać bilet {number}?',
	'clerk.call_ticket.out_of_order':
		'Następny w kolejce jest bilet {next}. Wezwanie biletu {number} zostanie zapisane w dzienniku i w statystykach jako wezwanie poza kolejnością.',
	'clerk.call_ticket.in_order': 'Bilet {number} jest następny w kolejce.',
	'clerk.call_ticket.confirm': 'Wezwij bilet {number}',
	'clerk.confirm.keep': 'Nie, wróć',
	'clerk.confirm.no_show':
		'Oznaczyć bilet {number} jako nieobecny? Naciśnij B ponownie lub Enter, aby potwierdzić; Esc – rezygnacja.',
	'clerk.confirm.cancel':
		'Anulować bilet {number}? Naciśnij A ponownie lub Enter, aby potwierdzić; Esc – rezygnacja.',
	'clerk.confirm.yes': 'Potwierdź',
	'clerk.undo': 'Cofnij (U)',
	'clerk.undo.left': {
		one: 'Cofnięcie możliwe jeszcze przez {count} sekundę.',
		few: 'Cofnięcie możliwe jeszcze przez {count} sekundy.',
		many: 'Cofnięcie możliwe jeszcze przez {count} sekund.',
		other: 'Cofnięcie możliwe jeszcze przez {count} sekundy.'
	},
	'clerk.missed.title': 'Nieobecni i anulowani dziś',
	'clerk.missed.hint':
		'Klient, który wrócił w ciągu {minutes} min, wraca na swoje miejsce w kolejce; później – na koniec.',
	'clerk.missed.empty': 'Dziś nikt nie został pominięty.',
	'clerk.missed.ended': '{state} o {time}',
	'clerk.missed.keeps_place': 'wraca na swoje miejsce',
	'clerk.missed.to_end': 'wraca na koniec kolejki',
	'clerk.missed.restore': 'Przywróć',
	'clerk.missed.restore_label': 'Przywróć bilet {number} do kolejki',
	'clerk.sending': 'Wysyłanie…',
	'clerk.reconciled': 'Połączenie przywrócone – widok pokazuje aktualny stan stanowiska.',
	'manage.out_of_order': 'Wezwane poza kolejnością (wybrane przez urzędnika): {count}.',
	'admin.loc.restore_grace': 'Powrót na swoje miejsce (minuty)',
	'admin.loc.restore_grace_hint':
		'Klient nieobecny przy wezwaniu, który wróci w tym czasie, wraca na swoje miejsce w kolejce; później – na koniec.',
	'admin.err.restore_grace': 'Podaj liczbę minut od 0 do 600.'
} satisfies Record<string, Message>;

export const consoleEn: Record<keyof typeof consolePl, Message> = {
	'error.not_served_here': 'Ticket {number} is not for a matter served at window {window}.',
	'error.undo_expired':
		'The time to take back the change to ticket {number} has passed. It can be restored from the missed list.',
	'error.not_today': 'Ticket {number} is from another day and cannot return to today’s queue.',
	'clerk.result.call_ticket': 'Ticket {number} called (chosen from the queue).',
	'clerk.result.undo': 'Undone: ticket {number} is at the window again.',
	'clerk.result.restore': 'Ticket {number} is back in the queue.',
	'clerk.queue.call_this': 'Call',
	'clerk.queue.call_this_label': 'Call ticket {number} out of order',
	'clerk.queue.order_note': 'Call order: the first in the list is called next.',
	'clerk.call_ticket.title': 'Call ticket {number}?',
	'clerk.call_ticket.out_of_order':
		'Ticket {next} is next in the queue. Calling ticket {number} will be recorded in the log and in the statistics as a call out of order.',
	'clerk.call_ticket.in_order': 'Ticket {number} is next in the queue.',
	'clerk.call_ticket.confirm': 'Call ticket {number}',
	'clerk.confirm.keep': 'No, go back',
	'clerk.confirm.no_show':
		'Mark ticket {number} as a no-show? Press B again or Enter to confirm; Esc to keep it.',
	'clerk.confirm.cancel':
		'Cancel ticket {number}? Press A again or Enter to confirm; Esc to keep it.',
	'clerk.confirm.yes': 'Confirm',
	'clerk.undo': 'Undo (U)',
	'clerk.undo.left': {
		one: 'You can undo for {count} more second.',
		few: 'You can undo for {count} more seconds.',
		many: 'You can undo for {count} more seconds.',
		other: 'You can undo for {count} more seconds.'
	},
	'clerk.missed.title': 'Missed and cancelled today',
	'clerk.missed.hint':
		'A client back within {minutes} min returns to their place in the queue; later, to the end.',
	'clerk.missed.empty': 'Nobody has been missed today.',
	'clerk.missed.ended': '{state} at {time}',
	'clerk.missed.keeps_place': 'returns to their place',
	'clerk.missed.to_end': 'returns to the end of the queue',
	'clerk.missed.restore': 'Restore',
	'clerk.missed.restore_label': 'Restore ticket {number} to the queue',
	'clerk.sending': 'Sending…',
	'clerk.reconciled': 'Connection restored – the view shows the window’s current state.',
	'manage.out_of_order': 'Called out of order (chosen by the clerk): {count}.',
	'admin.loc.restore_grace': 'Back to their place (minutes)',
	'admin.loc.restore_grace_hint':
		'A client missed at the call who comes back within this time returns to their place in the queue; later, to the end.',
	'admin.err.restore_grace': 'Enter a number of minutes from 0 to 600.'
};
