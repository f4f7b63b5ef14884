/** English texts: every key Polish has, no more. */
import { printerEn } from './parts/printer';
import { surveyEn } from './parts/survey';
import { manageEn } from './parts/manage';
import { accountsEn } from './parts/accounts';
import { adminOfficeEn } from './parts/admin-office';
import { consoleEn } from './parts/console';
import { consoleDeskEn } from './parts/console-desk';
import { validationEn } from './parts/validation';
import { checksEn } from './parts/checks';
import { boardEn } from './parts/board';
import { consultingEn } from './parts/consulting';
import { estimateEn } from './parts/estimate';
import { kioskScreenEn } from './parts/kiosk-screen';
import { dayEn } from './parts/day';
import { calendarEn } from './parts/calendar';
import { bookingEn } from './parts/booking';
import { inquiriesEn } from './parts/inquiries';
import { mailEn } from './parts/mail';
import { appointmentsEn } from './parts/appointments';
import { appointmentsStaffEn } from './parts/appointments-staff';
import { checkInEn } from './parts/check-in';
import { directoryEn } from './parts/directory';
import { summonsEn } from './parts/summons';
import { accessEn } from './parts/access';
import { voiceEn } from './parts/voice';
import { backroomEn } from './parts/backroom';
import { kioskVoiceEn } from './parts/kiosk-voice';
import type { Message, MessageKey } from './pl';

export const en: Record<MessageKey, Message> = {
	'app.name': 'Okienko',
	'app.office': 'Bieruń City Hall',
	'lang.switch': 'Language',
	'lang.pl': 'Polski',
	'lang.en': 'English',
	'lang.uk': 'Українська',

	'common.back': 'Back',
	'common.start_over': 'Start over',
	'common.close': 'Close',
	'common.home': 'Home',
	'connection.lost': 'Connection to the server lost. Reconnecting…',
	'connection.join_refused': 'This screen is not receiving live updates: {message}',
	'connection.screen_title': 'No connection to the server',
	'connection.screen_body':
		'This screen will reconnect by itself when the server is available again. If you need help, please ask the office staff.',
	'connection.screen_attempt': 'Connection attempt: {attempt}',
	'api.unreachable': 'No connection to the server. Try again in a moment.',
	'mode.closed.title': 'In-person service is suspended',
	'mode.limited.title': 'In-person service is limited',
	'mode.closed.body': 'Matters can be handled by phone, by e-mail or online:',
	'mode.limited.body':
		'Only some matters are handled in person now. Others can be handled by phone, by e-mail or online:',
	'contact.phone': 'Phone: {phone}',
	'contact.email': 'E-mail: {email}',
	'contact.eservices': 'Online (e-services): {url}',
	'floor.ground': 'ground floor',
	'floor.number': 'floor {floor}',
	'place.room': 'room {room}',
	'place.colour': 'colour: {colour}',
	'priority.pregnant': 'Pregnant woman',
	'priority.small_children': 'Person with a small child',
	'priority.elderly': 'Elderly person',
	'priority.limited_mobility': 'Person with limited mobility',
	'ticket.state.waiting': 'waiting',
	'ticket.state.called': 'called',
	'ticket.state.serving': 'being served',
	'ticket.state.done': 'served',
	'ticket.state.no_show': 'no-show',
	'ticket.state.cancelled': 'cancelled',
	'window.status.open': 'open',
	'window.status.paused': 'paused',
	'window.status.closed': 'closed',
	'window.label': 'Window {label}',
	'page_error.title': 'Error {status}',
	'page_error.home': 'Back to the home page',

	'home.title': 'Okienko – queue management',
	'home.intro': 'Choose the screen to run on this device.',
	'home.kiosk': 'Ticket kiosk',
	'home.kiosk.desc': 'Visitors choose their matter and take a ticket.',
	'home.display': 'Waiting-room board',
	'home.display.desc': 'Ticket calls and the number of people waiting.',
	'home.clerk': 'Clerk window',
	'home.clerk.desc': 'Calling and serving clients at a window.',
	'home.manage': 'Results and statistics',
	'home.manage.desc': 'Client satisfaction survey results, CSV export.',
	'home.survey_paper': 'Paper surveys',
	'home.survey_paper.desc': 'Entering surveys handed in at the Kancelaria.',
	'locations.choose': 'Choose a location',
	'locations.none': 'No location has been set up yet.',
	'clerk.choose.title': 'Choose a window',
	'clerk.choose.none': 'This location has no windows.',

	'kiosk.title': 'Take a ticket',
	'kiosk.nav': 'Navigation',
	'kiosk.step.department': 'Choose the department for your matter',
	'kiosk.step.featured': 'General matters',
	'kiosk.step.service': 'Choose your matter',
	'kiosk.step.ticket_kind': 'Choose the kind of ticket',
	'kiosk.waiting': {
		one: '1 person waiting',
		few: '{count} people waiting',
		many: '{count} people waiting',
		other: '{count} people waiting'
	},
	'kiosk.waiting_none': 'No one waiting',
	'kiosk.refusal.closed_mode': 'In-person service is suspended now',
	'kiosk.refusal.limited_mode': 'This matter is not handled in person now',
	'kiosk.refusal.closed_day': 'The office does not see clients today',
	'kiosk.refusal.before_opening': 'The office is not open yet',
	'kiosk.refusal.after_cutoff': 'No more tickets for this matter today',
	'kiosk.refusal.department_limited': 'Not served in person now',
	'kiosk.refusal.other': 'A ticket for this matter cannot be taken now',
	'kiosk.ticket.normal': 'Regular ticket',
	'kiosk.ticket.normal_desc': 'Served in order of arrival',
	'kiosk.priority.explain': 'People in these groups are served out of turn:',
	'kiosk.issuing': 'Issuing your ticket…',
	'kiosk.issue_failed':
		'The ticket could not be issued. Try again or ask a member of staff for help.',
	'kiosk.ticket.heading': 'Your ticket',
	'kiosk.ticket.number': 'Ticket number',
	'kiosk.ticket.matter': 'Matter',
	'kiosk.ticket.priority': 'Out-of-turn ticket: {group}',
	'kiosk.ticket.where': 'Where to go',
	'kiosk.ticket.where_hint':
		'Wait until your ticket number appears on the board in the waiting room.',
	'kiosk.ticket.ahead': {
		one: '1 person ahead of you',
		few: '{count} people ahead of you',
		many: '{count} people ahead of you',
		other: '{count} people ahead of you'
	},
	'kiosk.ticket.ahead_none': 'No one ahead of you',
	'kiosk.ticket.id_required':
		'Have your ID card or another identity document ready – it is needed for this matter.',
	'kiosk.ticket.print_failed': 'The ticket was not printed: {message}',
	'kiosk.ticket.done': 'Done',
	'kiosk.demo_hours': 'Demo mode: opening hours are not enforced',

	'board.title': 'Call board',
	'board.current': 'Now calling',
	'board.none': 'No one is being called now',
	'board.history': 'Recent calls',
	'board.history_none': 'No earlier calls',
	'board.waiting': 'Waiting',
	'board.ticket': 'Ticket',
	'board.to_window': 'to window',
	'board.recall': 'again',
	'board.announce': 'Ticket {number}, window {window}, room {room}',
	'board.announce_recall': 'Again: ticket {number}, window {window}, room {room}',
	'board.sound_enable': 'Click to turn on sound',
	'board.clock': 'Time',

	'clerk.title': 'Window {label}',
	'clerk.where': 'Room {room}, {floor}',
	'clerk.status': 'Status: {status}',
	'clerk.pause_reason': 'Reason for the pause: {reason}',
	'clerk.change_window': 'Change window',
	'clerk.current': 'Current client',
	'clerk.current_none': 'No one is called to this window now.',
	'clerk.field.matter': 'Matter',
	'clerk.field.department': 'Department',
	'clerk.field.priority': 'Priority',
	'clerk.field.state': 'State',
	'clerk.field.issued': 'Issued',
	'clerk.field.called': 'Called',
	'clerk.field.started': 'Service since',
	'clerk.field.recalls': 'Recalls',
	'clerk.priority_none': 'none (regular ticket)',
	'clerk.transfer_note': 'Note from the transferring clerk',
	'clerk.transferred': 'Transferred',
	'clerk.priority_marker': 'Out of turn',
	'clerk.queue': "This window's queue",
	'clerk.queue.count': {
		one: '1 person waiting',
		few: '{count} people waiting',
		many: '{count} people waiting',
		other: '{count} people waiting'
	},
	'clerk.queue.priority_count': 'of whom out of turn: {count}',
	'clerk.queue.next': 'Next in line',
	'clerk.queue.empty': 'No one is waiting for the matters served at this window.',
	'clerk.queue.waited': 'waiting {count} min',
	'clerk.queue.more': 'And {count} more.',
	'clerk.actions': 'Actions',
	'clerk.shortcuts':
		'Keyboard shortcuts: the letter on each button (when not typing in a field). A no-show and a cancellation need confirming; U undoes them for a few seconds.',
	'clerk.action.call': 'Call next',
	'clerk.action.recall': 'Call again',
	'clerk.action.start': 'Start service',
	'clerk.action.finish': 'Finish',
	'clerk.action.no_show': 'No-show',
	'clerk.action.return': 'Return to queue',
	'clerk.action.cancel': 'Cancel ticket',
	'clerk.action.transfer': 'Transfer',
	'clerk.action.pause': 'Pause',
	'clerk.action.resume': 'Resume',
	'clerk.action.open': 'Open window',
	'clerk.result.call': 'Ticket {number} called.',
	'clerk.result.recall': 'Ticket {number} called again.',
	'clerk.result.start': 'Service of ticket {number} started.',
	'clerk.result.finish': 'Service of ticket {number} finished.',
	'clerk.result.no_show': 'Ticket {number} marked as a no-show.',
	'clerk.result.return': 'Ticket {number} returned to the queue.',
	'clerk.result.cancel': 'Ticket {number} cancelled.',
	'clerk.result.transfer': 'Ticket {number} transferred.',
	'clerk.result.pause': 'The window is paused.',
	'clerk.result.resume': 'The window is open.',
	'clerk.offline': 'No connection to the server – the action was not carried out.',
	'clerk.timeout': 'The server did not answer in time. Check the window and try again.',
	'clerk.transfer.title': 'Transfer ticket {number}',
	'clerk.transfer.department': 'Department',
	'clerk.transfer.service': 'Matter',
	'clerk.transfer.choose': '– choose –',
	'clerk.transfer.note': 'Note for the receiving clerk: what the matter is about',
	'clerk.transfer.note_hint':
		'Required. The clerk sees it before calling the client. The client keeps the ticket and their place in the queue.',
	'clerk.transfer.submit': 'Transfer ticket',
	'clerk.pause.title': 'Pause the window',
	'clerk.pause.reason': 'Reason for the pause',
	'clerk.pause.hint':
		'Required. A client already called is still served; no new clients are called.',
	'clerk.pause.presets': 'Common reasons',
	'clerk.pause.preset.break': 'Meal break',
	'clerk.pause.preset.consulting': 'Consulting the department on a matter',
	'clerk.pause.preset.documents': 'Working on documents',
	'clerk.pause.submit': 'Start the pause',
	'clerk.chars': '{count} of {max} characters',

	'error.not_found': 'Not found: {what}.',
	'error.invalid_input': 'Invalid data: {field}.',
	'error.invalid_state': 'Ticket {number} is “{state}”, so this cannot be done.',
	'error.stale':
		'The screen was out of date: ticket {number} is no longer at this window. The view has been refreshed.',
	'error.window_paused': 'Window {window} is paused. Resume work to call a client.',
	'error.window_closed': 'Window {window} is closed. Open it to call a client.',
	'error.window_busy': 'First finish ticket {number} or mark it as a no-show.',
	'error.no_current_ticket': 'No client has been called at this window.',
	'error.nothing_waiting': 'No one is waiting for the matters served at window {window}.',
	'error.priority_not_allowed': 'Out-of-turn tickets are not issued for this matter.',
	'error.office_closed': 'The office is not issuing tickets for this matter now.',
	'error.service_unavailable': 'This matter is not being handled in person at the moment.',
	'error.bad_request': 'Invalid request.',
	'error.bad_json': 'The request body is not valid JSON.',
	'error.too_large': 'The request body is too large.',
	'error.unknown_action': 'Unknown action: {action}.',
	'error.forbidden': 'You are not allowed to do this.',
	'error.unauthenticated': 'Please sign in (or pair this device) to do this.',
	'error.cross_origin':
		'Refused: the request came from a page other than Okienko. Open Okienko and try again.',
	'error.not_json': 'The request body must be JSON (Content-Type: application/json).',
	'error.internal': 'A server error occurred. Please try again.',
	'error.what.location': 'location',
	'error.what.service': 'matter',
	'error.what.window': 'window',
	'error.what.ticket': 'ticket',
	'print.printed': 'Your ticket has been printed.',
	'print.placeholder':
		'No printer is connected yet (demo version). Your ticket number is on the screen – please remember it.',
	'print.offline':
		'The printer is not responding. Your ticket is valid – the number is on the screen.',
	'print.paper_out':
		'The printer is out of paper. Your ticket is valid – the number is on the screen.',
	'print.cover_open':
		'The printer cover is open. Your ticket is valid – the number is on the screen.',
	'print.timeout':
		'The printer did not answer in time. Your ticket is valid – the number is on the screen.',
	'print.error':
		'The ticket could not be printed. Your ticket is valid – the number is on the screen.',
	...printerEn,
	...surveyEn,
	...manageEn,
	...accountsEn,
	...adminOfficeEn,
	...consoleEn,
	...consoleDeskEn,
	...validationEn,
	...checksEn,
	...boardEn,
	...consultingEn,
	...estimateEn,
	...kioskScreenEn,
	...dayEn,
	...calendarEn,
	...bookingEn,
	...inquiriesEn,
	...mailEn,
	...appointmentsEn,
	...appointmentsStaffEn,
	...checkInEn,
	...directoryEn,
	...summonsEn,
	...accessEn,
	...voiceEn,
	...backroomEn,
	...kioskVoiceEn
};
