import { describe, expect, it } from 'vitest';
import { DEMO_DEPARTMENTS, DEMO_WINDOWS } from '../../src/lib/server/demo/office';
import { floorOfRoom } from '../../src/lib/server/queue';

const annex6 = DEMO_DEPARTMENTS.flatMap((d) => d.services.filter((s) => /^M\d\d$/.test(s.code)));

describe('the demo office (Annex 6, digest §6)', () => {
	it('has the seven departments of Annex 6 in the source order, plus the Kancelaria', () => {
		expect(DEMO_DEPARTMENTS.map((d) => d.pl)).toEqual([
			'Referat Podatków',
			'Biuro Windykacji',
			'Wydział Gospodarki Przestrzennej i Nieruchomości',
			'Wydział Gospodarki Komunalnej',
			'Wydział Ochrony Środowiska i Gospodarki Odpadami',
			'Wydział Nadzoru i Spraw Społecznych',
			'Wydział Spraw Obywatelskich/Urząd Stanu Cywilnego',
			'Kancelaria Urzędu'
		]);
	});

	it('has the 28 matters M01–M28 in order, in the source words', () => {
		expect(annex6.map((s) => s.code)).toEqual(
			Array.from({ length: 28 }, (_, i) => `M${String(i + 1).padStart(2, '0')}`)
		);
		const byCode = Object.fromEntries(annex6.map((s) => [s.code, s.pl]));
		expect(byCode.M06).toBe(
			'Zaświadczenie o przeznaczeniu terenu w planie zagospodarowania przestrzennego - WYDAWANE TYLKO W CELU PRZEDŁOŻENIA DO URZĘDU SKARBOWEGO'
		);
		expect(byCode.M26).toBe('Deklaracja dotycząca źródeł ciepła i źródeł spalania paliw');
		// The two source typos, corrected for the screen as digest §9.8 asks.
		expect(byCode.M02).toBe(
			'Zaświadczenie o niezaleganiu w podatkach lub stwierdzające stan zaległości'
		);
		expect(byCode.M21).toBe(
			'Wydanie zezwolenia na zajęcie pasa drogowego w celu prowadzenia robót'
		);
		for (const s of annex6) expect(s.en.length, s.code).toBeGreaterThan(5);
	});

	it('offers complaints (until 17:30 on Monday) and general information on the first screen', () => {
		const featured = DEMO_DEPARTMENTS.flatMap((d) => d.services).filter((s) => s.featured);
		expect(featured.map((s) => s.pl)).toEqual([
			'Informacja ogólna – nie wiem, gdzie się udać',
			'Skargi i wnioski'
		]);
		expect(featured[1]!.lateAcceptance).toEqual({ '1': '17:30' });
	});

	it('serves every matter at some window, in three-digit rooms, Civic Affairs in its own room', () => {
		const served = new Set(DEMO_WINDOWS.flatMap((w) => w.services));
		for (const s of DEMO_DEPARTMENTS.flatMap((d) => d.services))
			expect(served.has(s.code), s.code).toBe(true);
		for (const w of DEMO_WINDOWS) expect(() => floorOfRoom(w.room)).not.toThrow();
		const civic = DEMO_WINDOWS.filter((w) => w.services.includes('SO'));
		expect(civic.every((w) => w.room !== '010' && w.services.length === 1)).toBe(true);
	});
});
