/**
 * The composition root: one database, one queue service, one broadcaster per process.
 * Vite's SSR graph and the production server load this module separately, so the instance
 * lives in the process's runtime registry (runtime.ts) and both graphs find the same one.
 */
import { PrinterConfigError } from '$printer/config';
import { PrinterRegistry } from '$printer/registry';
import type { TicketPrinter } from '$printer/ticket-printer';
import { readConfig, type ServerConfig } from './config';
import { readBackupConfig, scheduleBackups } from './db/backup';
import { openDatabase, type Db } from './db/open';
import { OfficeRepository } from './office/repository';
import { TicketRepository } from './db/repositories/tickets';
import { seedIfEmpty } from './demo/seed';
import { Accounts } from './auth/accounts';
import { Broadcaster } from './realtime/broadcast';
import { Desk, type Publisher } from './desk/desk';
import { PrintDesk } from './desk/print-desk';
import { QueueService } from './desk/queue-service';
import { QueueViews } from './desk/views';
import { SurveyService } from './survey/survey-service';
import { AuditLog } from './audit/audit-log';
import { WindowHolds } from './desk/window-holds';
import { OfficeChanges } from './office/changes';
import { scheduleBinsCatchUp } from './stats/bins';
import { runtime } from './runtime';
import { DayClosures } from './db/repositories/day-closures';
import { DayDesk, scheduleDayClose } from './desk/day-close';
import { BookingService } from './desk/bookings';
import { BookingRepository } from './db/repositories/bookings';
import { scheduleRetention } from './retention';
import { InquiryRegister } from './desk/inquiries';
import { scheduleInquiryAlerts } from './desk/inquiry-alerts';
import { InquiryRepository } from './db/repositories/inquiries';
import { Outbox, scheduleOutbox } from './notify/outbox';
import { OutboxRepository } from './db/repositories/outbox';
import { sendersFrom } from './notify/senders';
import { scheduleNoShows } from './desk/no-show-job';
import { CheckInDesk } from './desk/check-in';
import { StaffDirectory } from './desk/directory';
import { StaffDirectoryRepository } from './db/repositories/staff-directory';
import { StaffAbsenceRepository } from './db/repositories/staff-absences';
import { SummonsDesk } from './desk/summons';
import { scheduleSummonsExpiry } from './desk/summons-job';
import { SummonsRepository } from './db/repositories/summons';
import { OfficeWatch } from './observe/watch';
import { log } from './log';
import path from 'node:path';
import { VoiceRepository } from './db/repositories/voice';
import { Synthesiser } from './voice/synthesiser';
import { VoiceDesk } from './voice/voice-desk';
import { KioskVoice } from './voice/kiosk-voice';
import { HelpDesk } from './desk/help-desk';
import { HelpRequestRepository } from './db/repositories/help-requests';
import { IdleWatch, scheduleIdleWatch } from './desk/idle-watch';
import { IdleEpisodeRepository } from './db/repositories/idle-episodes';
import { QuestionLog } from './desk/question-log';
import { QuestionNoteRepository } from './db/repositories/question-notes';

export interface App {
	config: ServerConfig;
	db: Db;
	office: OfficeRepository;
	tickets: TicketRepository;
	queue: QueueService;
	views: QueueViews;
	broadcaster: Broadcaster;
	desk: Desk;
	/** The end of the office day: by hand (/manage/day) and at closing time. */
	day: DayDesk;
	/** Appointments: slots, bookings, their retention. */
	bookings: BookingService;
	/** The inquiry register (Annex 2): questions called back within 3 working days. */
	inquiries: InquiryRegister;
	/** Messages to visitors (booking confirmations, reminders) and their sender loop. */
	outbox: Outbox;
	/** Check-in at the kiosk: a booking's code becomes its appointment ticket. */
	checkIns: CheckInDesk;
	/** The staff directory: extension, room, presence, planned absences, whom to contact instead. */
	directory: StaffDirectory;
	/** Summoning a specialist to a window: who comes, accepted and arrived when (issue 15). */
	summons: SummonsDesk;
	/** "Potrzebuję pomocy" at the kiosks, answered at the help desk's consoles (SR-32). */
	help: HelpDesk;
	/** Windows idle while clients wait past their target (SR-03): alerts and statistics. */
	idle: IdleWatch;
	/** The staff's log of frequent questions and problems (SR-26). */
	questions: QuestionLog;
	surveys: SurveyService;
	printing: PrintDesk;
	printers: PrinterRegistry;
	audit: AuditLog;
	accounts: Accounts;
	/** Which clerk's console holds each window (one clerk per window). */
	holds: WindowHolds;
	/** Committed set-up changes are announced here (office/repository.ts): caches, live screens. */
	officeChanges: OfficeChanges;
	/** Metrics and health for the administrator's monitoring (/metrics, /api/health). */
	watch: OfficeWatch;
	/** The board's voice: settings, recorded clips, phrases synthesised on the server (issue 16). */
	voice: VoiceDesk;
	/** Audio at the kiosk: a step read aloud by the same synthesiser (issue 16). */
	kioskVoice: KioskVoice;
	close(): void;
}

export interface AppOptions {
	config?: ServerConfig;
	clock?: () => number;
	/** Printers by kiosk id instead of those the configuration names (tests). */
	printers?: Record<string, TicketPrinter>;
	/** How often the server looks for an office day to close (default 30 s; tests: less). */
	dayCloseEveryMs?: number;
	/** How often overdue inquiries are looked for (default a minute; tests: less). */
	inquiryAlertsEveryMs?: number;
	/** How often the outbox's sender loop looks for messages due (default 30 s). */
	outboxEveryMs?: number;
	/** How often bookings past their check-in become no-shows (default each minute; tests: less). */
	noShowsEveryMs?: number;
	/** How often unanswered summons are looked for to expire (default 10 s). */
	summonsExpiryEveryMs?: number;
	/** How often every window is judged idle or not (default 15 s; tests: less). */
	idleEveryMs?: number;
}

export function createApp(options: AppOptions = {}): App {
	const config = options.config ?? readConfig();
	const clock = options.clock ?? Date.now;
	const db = openDatabase(config.databasePath);
	if (seedIfEmpty(db, config.seed, clock())) {
		log.info(`seeded the ${config.seed} office into ${config.databasePath}`);
	}
	// Committed changes of the set-up are announced here: the set-up cache drops what changed,
	// the broadcaster sends the location's screens fresh snapshots.
	const officeChanges = new OfficeChanges();
	const office = new OfficeRepository(db, officeChanges);
	const tickets = new TicketRepository(db);
	const surveys = new SurveyService(db, office, clock);
	const audit = new AuditLog(db, clock);
	const accounts = new Accounts(db, audit, clock);
	const holds = new WindowHolds(db, accounts.sessions, accounts.staff, clock);
	const closures = new DayClosures(db);
	const bookingRepository = new BookingRepository(db);
	const views = new QueueViews(
		office,
		tickets,
		clock,
		(code) => surveys.tokenFor({ code }),
		() => holds.all(),
		(locationId, day) => closures.latest(locationId, day),
		bookingRepository
	);
	const queue = new QueueService(db, office, tickets, clock);
	const broadcaster = new Broadcaster(views, { holdSnapshots: config.holdSnapshots });
	const printers = new PrinterRegistry(config.printers ?? {}, options.printers ?? {});
	try {
		bindPrinterLocations(printers, office);
	} catch (err) {
		db.close();
		throw err;
	}
	const printing = new PrintDesk(views, tickets, printers, broadcaster, config.publicUrl, clock);
	const setupCode = accounts.prepareSetup();
	if (setupCode) {
		// A warning: someone must act on it, and it shows at OKIENKO_LOG_LEVEL=warn too.
		log.warn(`no administrator yet: open /setup and enter the one-time code ${setupCode}`);
	}
	const directory = new StaffDirectory(
		db,
		accounts.staff,
		new StaffDirectoryRepository(db),
		new StaffAbsenceRepository(db),
		holds,
		office,
		audit,
		(change) => broadcaster.directoryPresence(change),
		clock,
		// Staff keep one calendar day wherever they work: the first location's time zone.
		() => office.locations()[0]?.hours.timeZone ?? 'Europe/Warsaw'
	);
	const backupConfig = readBackupConfig();
	const watch = new OfficeWatch({ db, office, tickets, printing, backups: backupConfig });
	queue.onWrite = (command, ms) => watch.metrics.wrote(command, ms);
	// Synthesised phrases live beside the database, in the data folder: a cache, safe to delete.
	const voiceCache = path.join(path.dirname(config.databasePath), 'voice-cache');
	const voice = new VoiceDesk(
		new VoiceRepository(db),
		new Synthesiser(voiceCache),
		office,
		audit,
		clock
	);
	const help = new HelpDesk(
		db,
		office,
		new HelpRequestRepository(db),
		accounts.staff,
		accounts.devices,
		broadcaster,
		audit,
		clock
	);
	const idle = new IdleWatch(
		db,
		office,
		tickets,
		new IdleEpisodeRepository(db),
		(alert) => broadcaster.windowIdle(alert),
		clock
	);
	/**
	 * Work that follows a command but need not delay its answer: after this turn, when the app
	 * may have closed meanwhile (a test's end, a shutdown); a failure is logged, not thrown.
	 */
	const afterThisTurn = (what: string, work: () => void) =>
		setImmediate(() => {
			try {
				if (db.open) work();
			} catch (err) {
				log.error({ err }, `${what} failed`);
			}
		});
	// A window taken at a console puts its clerk "at a window" in every open directory.
	const publisher: Publisher = {
		publish: (result) => {
			watch.metrics.count(result);
			broadcaster.publish(result);
			// After the call is on its way to the boards: its phrase starts rendering now.
			if (
				result.ticket &&
				result.events.some((e) => e.type === 'ticket_called' || e.type === 'ticket_recalled')
			) {
				const call = views.boardCall(result.ticket);
				const locationId = result.ticket.locationId;
				if (call) afterThisTurn('voice prepare', () => voice.prepare(locationId, call));
			}
			// A call ends the window's idle episode now, not at the next look.
			if (result.events.some((e) => e.type === 'ticket_called' || e.type === 'window_paused')) {
				const locationId = result.events[0]!.locationId;
				afterThisTurn('idle watch', () => idle.check(locationId));
			}
		},
		inviteToSurvey: (windowId, invitation) => broadcaster.inviteToSurvey(windowId, invitation),
		refresh: (locationId) => broadcaster.refresh(locationId),
		windowHeld: (hold) => {
			broadcaster.windowHeld(hold);
			directory.windowHeld(hold);
		}
	};
	const desk = new Desk(queue, views, publisher, printing, surveys, audit, holds, db);
	broadcaster.followOfficeChanges(officeChanges);
	const stopBackups = scheduleBackups(db, backupConfig);
	const stopBins = scheduleBinsCatchUp(db);
	const day = new DayDesk(db, office, tickets, closures, broadcaster, audit, clock);
	const stopDayClose = scheduleDayClose(day, options.dayCloseEveryMs ?? 30_000);
	const bookings = new BookingService(
		db,
		office,
		bookingRepository,
		clock,
		undefined,
		config.bookingContactDays
	);
	// A cancellation or a no-show of today changes the consoles' appointments panel (SR-09).
	bookings.onTodayChanged = (locationId) => broadcaster.refresh(locationId);
	const outbox = new Outbox(
		db,
		office,
		bookingRepository,
		new OutboxRepository(db),
		sendersFrom(config.messaging),
		clock,
		{ publicUrl: config.publicUrl, contactKeptDays: bookings.contactKeptDays }
	);
	bookings.onChange((change, booking) => outbox.onBooking(change, booking));
	const stopOutbox = scheduleOutbox(outbox, options.outboxEveryMs);
	const inquiries = new InquiryRegister(
		db,
		office,
		new InquiryRepository(db),
		accounts.staff,
		audit,
		clock
	);
	const stopInquiryAlerts = scheduleInquiryAlerts(
		inquiries,
		broadcaster,
		clock,
		options.inquiryAlertsEveryMs
	);
	const checkIns = new CheckInDesk(db, office, bookingRepository, queue, clock, (id) =>
		bookings.policy(id)
	);
	const stopNoShows = scheduleNoShows(bookings, options.noShowsEveryMs);
	const summons = new SummonsDesk(
		db,
		new SummonsRepository(db),
		accounts.staff,
		directory,
		office,
		holds,
		audit,
		(staffIds, dto) => broadcaster.summons(staffIds, dto),
		clock
	);
	const stopSummonsExpiry = scheduleSummonsExpiry(summons, options.summonsExpiryEveryMs);
	const stopRetention = scheduleRetention({ bookings, outbox, inquiries, summons });
	const stopIdle = scheduleIdleWatch(idle, options.idleEveryMs);
	return {
		config,
		db,
		office,
		tickets,
		queue,
		views,
		broadcaster,
		desk,
		day,
		bookings,
		inquiries,
		outbox,
		checkIns,
		directory,
		summons,
		help,
		idle,
		questions: new QuestionLog(office, new QuestionNoteRepository(db), clock),
		surveys,
		printing,
		printers,
		audit,
		accounts,
		holds,
		officeChanges,
		watch,
		voice,
		kioskVoice: new KioskVoice(voice.synthesiser, views),
		close: () => {
			stopBackups();
			stopBins();
			stopDayClose();
			stopRetention();
			stopInquiryAlerts();
			stopOutbox();
			outbox.close();
			stopNoShows();
			stopSummonsExpiry();
			stopIdle();
			broadcaster.close();
			voice.synthesiser.close();
			db.close();
		}
	};
}

/** A printer configured for a location (its `location` slug) reports to that location's consoles. */
function bindPrinterLocations(printers: PrinterRegistry, office: OfficeRepository): void {
	for (const entry of printers.all()) {
		if (!entry.locationSlug) continue;
		const location = office.locationBySlug(entry.locationSlug);
		if (!location) {
			throw new PrinterConfigError(
				`the printer of kiosk "${entry.kiosk}" names location "${entry.locationSlug}", which does not exist`
			);
		}
		entry.locationId = location.id;
	}
}

/** The process's application, created on first use from the environment (runtime.ts). */
export function getApp(): App {
	return (runtime().app ??= createApp());
}
