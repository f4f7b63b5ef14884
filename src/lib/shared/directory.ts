/** The staff directory (issue 15, SR-15/16/19): presence in the office's own terms. */

/** What a person sets (at_window comes from the console's window hold, never stored). */
export const SET_PRESENCES = ['in_office', 'out_of_room', 'remote', 'absent'] as const;
export type SetPresence = (typeof SET_PRESENCES)[number];
export type Presence = 'at_window' | SetPresence;

/** One person as the directory shows them. */
export interface DirectoryEntryDto {
	id: number;
	name: string;
	position: string;
	role: 'clerk' | 'manager' | 'admin';
	departments: string[];
	room: string;
	extension: string;
	presence: Presence;
	/** The last day of an absence (a local day, YYYY-MM-DD), when known. */
	absentUntil: string | null;
	/** What was set (the form shows it; `presence` may differ: a window hold, a planned absence). */
	set: SetPresence;
	setUntil: string | null;
	/** Whom to contact instead while absent: the substitute chain, else the present heads. */
	contactInstead: { id: number; name: string }[];
	/** May the reader set this person's presence and absences. */
	mayEdit: boolean;
}

export interface AbsenceDto {
	id: number;
	staffId: number;
	from: string;
	to: string;
}

/** `directory:presence`: someone's presence changed; the pages repaint that row at once. */
export interface PresenceChangeDto {
	staffId: number;
	presence: Presence;
	absentUntil: string | null;
}

/** Text folded for search: case and Polish diacritics ignored ("lodz" finds "Łódź"). */
export function fold(text: string): string {
	return text.toLocaleLowerCase('pl').normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l');
}

/**
 * Whether a person matches a search: every word of it is found in their name, position,
 * departments, room or extension. The page filters as you type and the server with ?q=, alike.
 */
export function matchesSearch(entry: DirectoryEntryDto, query: string): boolean {
	const words = fold(query).split(/\s+/).filter(Boolean);
	if (words.length === 0) return true;
	const haystack = fold(
		[entry.name, entry.position, ...entry.departments, entry.room, entry.extension].join(' ')
	);
	return words.every((w) => haystack.includes(w));
}
