/**
 * The demo office: Urząd Miejski w Bieruniu with the matters of Annex 6 of the Standards
 * (digest §6), in the source's order and words. Two typos of the source are corrected for the
 * screen, as the digest (§9.8) asks: M02 "stwierdzającego" → "stwierdzające" and
 * M21 "Wydanie zezwolenie" → "Wydanie zezwolenia".
 *
 * Not from the ordinance, and to be confirmed with the office (digest §9.9): the opening hours
 * other than Monday's closing, the floor colours, the rooms and windows, the ticket prefixes.
 *
 * Long because it is data: the ordinance's list of matters, verbatim.
 */
import type { DepartmentSeed, OfficeSeed } from '../office/seed';

const EURZAD = 'https://eurzad.bierun.pl/#/strona/pl/strona_glowna';

export const DEMO_DEPARTMENTS: DepartmentSeed[] = [
	{
		key: 'podatki',
		kind: 'referat',
		pl: 'Referat Podatków',
		en: 'Tax Section',
		prefix: 'P',
		services: [
			{
				code: 'M01',
				pl: 'Zaświadczenie o stanie majątkowym',
				en: 'Certificate of property status',
				idRequired: true
			}
		]
	},
	{
		key: 'windykacja',
		kind: 'biuro',
		pl: 'Biuro Windykacji',
		en: 'Debt Collection Office',
		prefix: 'W',
		services: [
			{
				code: 'M02',
				pl: 'Zaświadczenie o niezaleganiu w podatkach lub stwierdzające stan zaległości',
				en: 'Certificate of no tax arrears, or stating the arrears',
				idRequired: true
			}
		]
	},
	{
		key: 'gpn',
		kind: 'wydzial',
		pl: 'Wydział Gospodarki Przestrzennej i Nieruchomości',
		en: 'Spatial Planning and Real Estate Department',
		prefix: 'G',
		services: [
			{
				code: 'M03',
				pl: 'Sporządzenie/zmiana planu zagospodarowania przestrzennego',
				en: 'Drawing up or amending a zoning plan'
			},
			{
				code: 'M04',
				pl: 'Udzielenie informacji o przeznaczeniu terenu w planie zagospodarowania przestrzennego',
				en: 'Information on land use in the zoning plan'
			},
			{
				code: 'M05',
				pl: 'Wypis i wyrys z planu zagospodarowania przestrzennego/studium uwarunkowań i kierunków zagospodarowania przestrzennego',
				en: 'Text and map extract from the zoning plan or the land-use study'
			},
			{
				code: 'M06',
				pl: 'Zaświadczenie o przeznaczeniu terenu w planie zagospodarowania przestrzennego - WYDAWANE TYLKO W CELU PRZEDŁOŻENIA DO URZĘDU SKARBOWEGO',
				en: 'Certificate of land designation in the zoning plan – ISSUED ONLY FOR THE TAX OFFICE'
			},
			{
				code: 'M07',
				pl: 'Uwagi do projektu miejscowego planu zagospodarowania przestrzennego wyłożonego do publicznego wglądu',
				en: 'Comments on a draft local zoning plan on public display'
			},
			{
				code: 'M08',
				pl: 'Zmiana studium uwarunkowań i kierunków zagospodarowania przestrzennego gminy',
				en: "Amending the municipality's land-use study"
			},
			{
				code: 'M09',
				pl: 'Uwagi do projektu zmiany studium uwarunkowań i kierunków zagospodarowania przestrzennego gminy wyłożonego do publicznego wglądu',
				en: 'Comments on a draft amendment of the land-use study on public display'
			},
			{ code: 'M10', pl: 'Wydzierżawienie gruntu gminnego', en: 'Lease of municipal land' },
			{
				code: 'M11',
				pl: 'Ustalenie numeru porządkowego budynku',
				en: "Assigning a building's street number"
			},
			{
				code: 'M12',
				pl: 'Zgłoszenie zamiaru wniesienia opłaty jednorazowej z tytułu przekształcenia prawa użytkowania wieczystego wraz z udzieleniem bonifikaty',
				en: 'Notice of a one-off fee for converting perpetual usufruct, with a discount'
			},
			{
				code: 'M13',
				pl: 'Zaświadczenie o zgodności zamierzonego sposobu użytkowania obiektu budowlanego z ustaleniami obowiązującego planu zagospodarowania',
				en: "Certificate that a building's intended use complies with the zoning plan"
			}
		]
	},
	{
		key: 'gk',
		kind: 'wydzial',
		pl: 'Wydział Gospodarki Komunalnej',
		en: 'Municipal Services Department',
		prefix: 'K',
		services: [
			{
				code: 'M14',
				pl: 'Wydanie zezwolenia na sprzedaż detaliczną napojów alkoholowych',
				en: 'Permit for retail sale of alcoholic beverages'
			},
			{
				code: 'M15',
				pl: 'Wniosek o przyznanie dodatku mieszkaniowego',
				en: 'Application for a housing allowance'
			},
			{
				code: 'M16',
				pl: 'Wniosek o wypłatę dodatku energetycznego',
				en: 'Application for the energy allowance'
			},
			{
				code: 'M17',
				pl: 'Wniosek o zawarcie umowy najmu lokalu mieszkalnego',
				en: 'Application to lease a municipal flat'
			},
			{
				code: 'M18',
				pl: 'Wniosek o wydanie zezwolenia na zajęcie pasa drogowego w celu prowadzenia handlu',
				en: 'Permit to occupy the road lane for trading'
			},
			{
				code: 'M19',
				pl: 'Wniosek o wykup lokalu mieszkalnego',
				en: 'Application to buy a municipal flat'
			},
			{
				code: 'M20',
				pl: 'Wniosek o przydział mieszkania komunalnego',
				en: 'Application for a municipal flat'
			},
			{
				code: 'M21',
				pl: 'Wydanie zezwolenia na zajęcie pasa drogowego w celu prowadzenia robót',
				en: 'Permit to occupy the road lane for works'
			}
		]
	},
	{
		key: 'osgo',
		kind: 'wydzial',
		pl: 'Wydział Ochrony Środowiska i Gospodarki Odpadami',
		en: 'Environmental Protection and Waste Management Department',
		prefix: 'O',
		services: [
			{
				code: 'M22',
				pl: 'Wydanie decyzji o środowiskowych uwarunkowaniach',
				en: 'Decision on environmental conditions'
			},
			{
				code: 'M23',
				pl: 'Wydanie zezwolenia na prowadzenie działalności w zakresie opróżniania zbiorników bezodpływowych i transportu nieczystości ciekłych',
				en: 'Permit for emptying cesspools and transporting liquid waste'
			},
			{
				code: 'M24',
				pl: 'Wydanie zaświadczenia o wpisie/zmianie zakresu wpisu do rejestru działalności regulowanej w zakresie odbierania odpadów od właścicieli nieruchomości',
				en: 'Certificate of entry in the register of waste collection businesses'
			},
			{
				code: 'M25',
				pl: 'Wniosek o opiniowanie rocznego planu łowieckiego',
				en: 'Opinion on the annual hunting plan'
			},
			{
				code: 'M26',
				pl: 'Deklaracja dotycząca źródeł ciepła i źródeł spalania paliw',
				en: 'Declaration of heating and fuel-combustion sources'
			}
		]
	},
	{
		key: 'nss',
		kind: 'wydzial',
		pl: 'Wydział Nadzoru i Spraw Społecznych',
		en: 'Supervision and Social Affairs Department',
		prefix: 'N',
		services: [
			{
				code: 'M27',
				pl: 'Wniosek o przyznanie Karty Rodzina Trzy Plus',
				en: 'Application for the Family Three Plus card'
			},
			{
				code: 'M28',
				pl: 'Wniosek o przyznanie stypendium dla studentów',
				en: 'Application for a student scholarship'
			}
		]
	},
	{
		key: 'so-usc',
		kind: 'wydzial',
		pl: 'Wydział Spraw Obywatelskich/Urząd Stanu Cywilnego',
		en: 'Civic Affairs Department / Civil Registry Office',
		prefix: 'U',
		// Digest §6: this department takes its clients directly, in its own rooms.
		note: {
			pl: 'Wnioski w formie papierowej są składane bezpośrednio w Wydziale.',
			en: 'Paper applications are submitted directly in the Department.'
		},
		services: [
			{
				code: 'SO',
				pl: 'Sprawy obywatelskie i stanu cywilnego',
				en: 'Civic affairs and civil registry',
				idRequired: true
			}
		]
	},
	{
		key: 'kancelaria',
		kind: 'kancelaria',
		pl: 'Kancelaria Urzędu',
		en: 'Front Office (Kancelaria)',
		prefix: 'I',
		services: [
			{
				code: 'INFO',
				pl: 'Informacja ogólna – nie wiem, gdzie się udać',
				en: "General information – I don't know where to go",
				prefix: 'I',
				featured: true,
				availableWhenLimited: true
			},
			{
				code: 'SKARGI',
				pl: 'Skargi i wnioski',
				en: 'Complaints and requests',
				prefix: 'S',
				featured: true,
				// Digest §1.3: on Monday complaints and requests are accepted until 17:30.
				lateAcceptance: { '1': '17:30' },
				availableWhenLimited: true
			}
		]
	}
];

/** Windows of the demo office: label, room (first digit = floor), the services' codes. */
const ANNEX6_CODES = Array.from({ length: 28 }, (_, i) => `M${String(i + 1).padStart(2, '0')}`);
const range = (from: number, to: number) => ANNEX6_CODES.slice(from - 1, to);

export const DEMO_WINDOWS: { label: string; room: string; services: string[] }[] = [
	// The Kancelaria's direct-service positions take every Annex 6 matter (digest §1.2).
	{ label: '1', room: '010', services: [...ANNEX6_CODES, 'INFO', 'SKARGI'] },
	{ label: '2', room: '010', services: [...ANNEX6_CODES, 'INFO', 'SKARGI'] },
	{ label: '3', room: '010', services: [...ANNEX6_CODES, 'INFO', 'SKARGI'] },
	{ label: '4', room: '105', services: ['SO'] },
	{ label: '5', room: '105', services: ['SO'] },
	{ label: '6', room: '201', services: range(3, 13) },
	{ label: '7', room: '202', services: range(14, 21) },
	{ label: '8', room: '301', services: range(22, 26) },
	{ label: '9', room: '302', services: range(1, 2) },
	{ label: '10', room: '303', services: range(27, 28) }
];

export const DEMO_FLOORS = [
	{ floor: 0, pl: 'zielony', en: 'green', hex: '#1b7f3b' },
	{ floor: 1, pl: 'niebieski', en: 'blue', hex: '#1f5fbf' },
	{ floor: 2, pl: 'żółty', en: 'yellow', hex: '#e0b000' },
	{ floor: 3, pl: 'czerwony', en: 'red', hex: '#c0392b' }
];

export const DEMO_LOCATION = {
	slug: 'bierun',
	name: 'Urząd Miejski w Bieruniu',
	address: 'Bieruń',
	timeZone: 'Europe/Warsaw',
	// Monday until 17:00 (digest §1.3); the other hours are placeholders to confirm.
	week: {
		'1': { opens: '07:30', closes: '17:00' },
		'2': { opens: '07:30', closes: '15:30' },
		'3': { opens: '07:30', closes: '15:30' },
		'4': { opens: '07:30', closes: '15:30' },
		'5': { opens: '07:30', closes: '14:00' }
	},
	cutoffMinutes: 15,
	// The demo must work whenever someone tries it; the kiosk says so on screen.
	hoursEnforced: false,
	// The ordinance gives no phone number; the office fills it in (an empty one is not shown).
	contactPhone: '',
	// Printed as „urząd@um.bierun.pl” in Annex 3; digest §4 reads it as urzad@.
	contactEmail: 'urzad@um.bierun.pl',
	eServicesUrl: EURZAD
};

/** The whole office as `npm start` seeds a new database (OKIENKO_SEED=office or demo). */
export const DEMO_OFFICE: OfficeSeed = {
	location: DEMO_LOCATION,
	floors: DEMO_FLOORS,
	departments: DEMO_DEPARTMENTS,
	windows: DEMO_WINDOWS
};
