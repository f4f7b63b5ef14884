/**
 * Migration 017 rebuilds the tickets table to let it hold the state 'closed'. A rebuild is where a
 * column, an index or a row could be lost, including one that an earlier migration (written in
 * parallel) added: this compares the table before and after, on a real SQLite database.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../src/lib/server/db/migrate';

type Db = Database.Database;

function shape(db: Db) {
	return {
		columns: db
			.prepare('SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?)')
			.all('tickets'),
		indexes: db
			.prepare(
				"SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'tickets' ORDER BY name"
			)
			.all()
			.map((r) => {
				const { name, sql } = r as { name: string; sql: string | null };
				// Automatic indexes (UNIQUE constraints) are named after the table they were made for.
				return { name: sql ? name : 'autoindex', sql };
			}),
		triggers: db
			.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'tickets'")
			.pluck()
			.all()
	};
}

describe('migration 017 (closed state)', () => {
	it('keeps every column, index and row of tickets, and lets a ticket be closed', () => {
		const db = new Database(':memory:');
		db.pragma('foreign_keys = ON');
		migrate(
			db,
			MIGRATIONS.filter((m) => m.version < 17)
		);
		db.exec(`INSERT INTO locations (id, slug, name) VALUES (1, 'x', 'X');
			INSERT INTO departments (id, location_id, kind, name_pl, name_en, prefix) VALUES (1, 1, 'wydzial', 'A', 'A', 'A');
			INSERT INTO services (id, department_id, name_pl, name_en) VALUES (1, 1, 'S', 'S');
			INSERT INTO tickets (id, code, location_id, day, number, department_id, service_id, state, issued_at, kiosk)
			  VALUES (7, 'c7', 1, '2026-01-05', 'A001', 1, 1, 'waiting', 1000, 'lobby-1');`);
		expect(() => db.prepare("UPDATE tickets SET state = 'closed' WHERE id = 7").run()).toThrow(
			/CHECK/
		);
		// A trigger on another table naming tickets, as migration 012's on events do: the rebuild
		// must leave it working.
		db.exec(`CREATE TABLE seen (n INTEGER);
			CREATE TRIGGER names_tickets AFTER INSERT ON events BEGIN
			  INSERT INTO seen SELECT count(*) FROM tickets WHERE id = NEW.ticket_id;
			END;`);
		const before = shape(db);
		const rows = db.prepare('SELECT * FROM tickets').all();

		// Up to 017 only: later migrations may add columns of their own (023: appointment_at).
		migrate(
			db,
			MIGRATIONS.filter((m) => m.version <= 17)
		);

		const after = shape(db);
		expect(after.columns).toEqual(before.columns);
		// Every index is there again (017 may also create one a parallel migration adds, ahead).
		expect(after.indexes).toEqual(expect.arrayContaining(before.indexes));
		expect(after.triggers).toEqual(before.triggers);
		expect(db.prepare('SELECT * FROM tickets').all()).toEqual(rows);
		db.prepare("UPDATE tickets SET state = 'closed' WHERE id = 7").run();
		expect(() => db.prepare("UPDATE tickets SET state = 'lost' WHERE id = 7").run()).toThrow(
			/CHECK/
		);
		expect(db.pragma('foreign_key_check')).toEqual([]);
		db.prepare(
			"INSERT INTO events (at, type, location_id, ticket_id) VALUES (2000, 'ticket_closed', 1, 7)"
		).run();
		expect(db.prepare('SELECT n FROM seen').pluck().all()).toEqual([1]);
		expect(db.pragma('legacy_alter_table', { simple: true })).toBe(0);
		db.close();
	});
});
