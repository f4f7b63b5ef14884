/**
 * Makes a database large: a table of random 4 KB blobs, for tests and benchmarks of backups.
 * Written in one transaction without a WAL (the server must be stopped), so that the blobs are
 * written once; the database is left in WAL mode, as the server keeps it.
 */
import Database from 'better-sqlite3';

export function addFiller(dbPath: string, pages: number): void {
	const fill = new Database(dbPath);
	try {
		fill.pragma('journal_mode = DELETE');
		fill.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, data BLOB NOT NULL)');
		fill
			.prepare(
				`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
				 INSERT INTO filler (data) SELECT randomblob(4000) FROM n`
			)
			.run(pages);
		fill.pragma('journal_mode = WAL');
	} finally {
		fill.close();
	}
}
