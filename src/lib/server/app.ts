/**
 * The composition root: one database, one queue service, one broadcaster per process.
 * Vite's SSR graph and the production server load this module separately, so the instance
 * lives on globalThis under a Symbol.for key and both graphs find the same one.
 */
import { PlaceholderPrinter, type TicketPrinter } from '$printer/ticket-printer';
import { readConfig, type ServerConfig } from './config';
import { readBackupConfig, scheduleBackups } from './db/backup';
import { openDatabase, type Db } from './db/open';
import { OfficeRepository } from './db/repositories/office';
import { TicketRepository } from './db/repositories/tickets';
import { seedDemoIfEmpty } from './db/seed';
import { Broadcaster } from './realtime/broadcast';
import { Desk } from './services/desk';
import { QueueService } from './services/queue-service';
import { QueueViews } from './services/views';

export interface App {
	config: ServerConfig;
	db: Db;
	office: OfficeRepository;
	tickets: TicketRepository;
	queue: QueueService;
	views: QueueViews;
	broadcaster: Broadcaster;
	desk: Desk;
	printer: TicketPrinter;
	close(): void;
}

export interface AppOptions {
	config?: ServerConfig;
	clock?: () => number;
	printer?: TicketPrinter;
}

export function createApp(options: AppOptions = {}): App {
	const config = options.config ?? readConfig();
	const clock = options.clock ?? Date.now;
	const db = openDatabase(config.databasePath);
	if (config.seedDemo && seedDemoIfEmpty(db)) {
		console.log(`[okienko] seeded the demo office into ${config.databasePath}`);
	}
	const office = new OfficeRepository(db);
	const tickets = new TicketRepository(db);
	const views = new QueueViews(office, tickets, clock);
	const queue = new QueueService(db, office, tickets, clock);
	const broadcaster = new Broadcaster(views);
	const printer = options.printer ?? new PlaceholderPrinter();
	const desk = new Desk(queue, views, broadcaster, printer, config.publicUrl);
	const stopBackups = scheduleBackups(db, readBackupConfig());
	return {
		config,
		db,
		office,
		tickets,
		queue,
		views,
		broadcaster,
		desk,
		printer,
		close: () => {
			stopBackups();
			db.close();
		}
	};
}

const KEY = Symbol.for('okienko.app');
type WithApp = typeof globalThis & { [KEY]?: App };

/** The process's application, created on first use from the environment. */
export function getApp(): App {
	const g = globalThis as WithApp;
	return (g[KEY] ??= createApp());
}
