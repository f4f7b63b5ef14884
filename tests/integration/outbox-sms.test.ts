/**
 * Booking SMS through SMSAPI.pl's HTTP API (issue 14), against a fake of it on node:http started
 * in the test: the request is the documented one (POST /sms.do, Bearer token, form fields to,
 * message, from, format=json, encoding=utf-8) with the text in the booking's language; the API's
 * errors are retried or given up by their code; without a token nothing is sent and the message
 * waits. And the retention job: a week after the slot the messages' recipients are gone, and one
 * not yet sent is given up.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { MessagingConfig } from '../../src/lib/server/config';
import type { BookingRequest } from '../../src/lib/server/desk/bookings';
import { idsOf, testApp, type TestApp } from '../support/test-app';
import { matter as matterSeed, testOffice, WEEKDAYS_0730_1530 } from '../support/test-office';

interface SmsRequest {
	method: string;
	url: string;
	headers: http.IncomingHttpHeaders;
	form: URLSearchParams;
}

let testbed: TestApp | null = null;
let api: http.Server | null = null;
let now: number;
const requests: SmsRequest[] = [];
/** What the fake API answers next (SMSAPI answers errors with HTTP 200 too). */
let answer: unknown = { count: 1, list: [{ id: '1', points: 0.16, status: 'QUEUE' }] };

async function startApi(): Promise<string> {
	requests.length = 0;
	api = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			requests.push({
				method: req.method ?? '',
				url: req.url ?? '',
				headers: req.headers,
				form: new URLSearchParams(Buffer.concat(chunks).toString('utf8'))
			});
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end(JSON.stringify(answer));
		});
	});
	await new Promise<void>((resolve) => api!.listen(0, '127.0.0.1', resolve));
	return `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
}

function start(messaging: Partial<MessagingConfig>) {
	now = Date.parse('2026-12-03T10:00:00Z'); // Thursday
	testbed = testApp({
		seed: testOffice({
			location: { week: WEEKDAYS_0730_1530, hoursEnforced: true },
			departments: [
				{
					key: 'usc',
					kind: 'wydzial',
					pl: 'Urząd Stanu Cywilnego',
					en: 'Registry Office',
					prefix: 'U',
					services: [matterSeed('U1', { pl: 'Odpis aktu urodzenia', en: 'Birth certificate' })]
				}
			],
			windows: { '1': ['U1'] }
		}),
		clock: () => now,
		outboxEveryMs: 3_600_000,
		config: {
			messaging: {
				smtpUrl: '',
				mailFrom: '',
				smsapiToken: '',
				smsapiUrl: '',
				smsFrom: '',
				...messaging
			}
		}
	});
	testbed.app.db
		.prepare(
			`INSERT INTO appointment_schedules (service_id, weekday, from_time, to_time, slot_minutes, capacity)
			 VALUES (?, 1, '08:00', '09:00', 30, 2)`
		)
		.run(idsOf(testbed.app).service('U1'));
}

const request = (over: Partial<BookingRequest> = {}): BookingRequest => ({
	locationId: idsOf(testbed!.app).location,
	serviceId: idsOf(testbed!.app).service('U1'),
	day: '2026-12-07',
	start: '08:30',
	lang: 'pl',
	email: null,
	phone: '+48 600 123 456',
	interpreter: false,
	accessible: false,
	bookedBy: null,
	...over
});

interface Row {
	channel: string;
	state: string;
	attempts: number;
	last_error: string | null;
	recipient: string | null;
	body: string;
}
const rows = () => testbed!.app.db.prepare('SELECT * FROM outbox ORDER BY id').all() as Row[];

afterEach(async () => {
	testbed?.close();
	testbed = null;
	await new Promise((resolve) => (api ? api.close(resolve) : resolve(null)));
	api = null;
	answer = { count: 1, list: [{ id: '1', points: 0.16, status: 'QUEUE' }] };
});

describe('booking SMS through SMSAPI.pl', () => {
	it('posts the documented request with the token, in the booking language, with diacritics', async () => {
		const url = await startApi();
		start({ smsapiToken: 'test-token-123', smsapiUrl: url, smsFrom: 'UM Bierun' });
		const booking = testbed!.app.bookings.book(request());
		await expect.poll(() => rows()[0]?.state).toBe('sent');
		expect(requests).toHaveLength(1);
		const sms = requests[0]!;
		expect(sms.method).toBe('POST');
		expect(sms.url).toBe('/sms.do');
		expect(sms.headers.authorization).toBe('Bearer test-token-123');
		expect(sms.headers['content-type']).toBe('application/x-www-form-urlencoded');
		expect(Object.fromEntries(sms.form)).toEqual({
			to: '48600123456',
			message: `Urząd Testowy: Rezerwacja: Odpis aktu urodzenia, 7.12 godz. 08:30. Kod na kiosk: ${booking.code}.`,
			from: 'UM Bierun',
			format: 'json',
			encoding: 'utf-8'
		});
	});

	it('retries after an error of the API and gives up on a wrong number', async () => {
		const url = await startApi();
		start({ smsapiToken: 'test-token-123', smsapiUrl: url });
		answer = { error: 101, message: 'Authorization failed' };
		testbed!.app.bookings.book(request());
		await expect.poll(() => rows()[0]?.attempts).toBe(1);
		expect(rows()[0]).toMatchObject({ state: 'retrying', last_error: 'smsapi_101' });
		expect(requests[0]!.form.has('from')).toBe(false);

		answer = { error: 13, message: 'No correct phone numbers' };
		now += 60_000;
		await testbed!.app.outbox.sendDue();
		expect(rows()[0]).toMatchObject({ state: 'given_up', attempts: 2, last_error: 'smsapi_13' });
	});

	it('sends nothing without a token: the message waits, shown as not configured', async () => {
		await startApi();
		start({});
		testbed!.app.bookings.book(request({ lang: 'en' }));
		await testbed!.app.outbox.sendDue();
		expect(requests).toHaveLength(0);
		expect(rows()[0]).toMatchObject({ channel: 'sms', state: 'pending', attempts: 0 });
		expect(testbed!.app.outbox.list()[0]).toMatchObject({
			recipient: '***456',
			notConfigured: true,
			nextAttemptAt: null
		});
	});
});

describe('the retention of messages', () => {
	it('clears the recipients a week after the slot and gives up what was never sent', async () => {
		const url = await startApi();
		start({ smsapiToken: 'test-token-123', smsapiUrl: url });
		testbed!.app.bookings.book(request());
		await expect.poll(() => rows()[0]?.state).toBe('sent');
		await new Promise((resolve) => api!.close(resolve));
		api = null;
		// A second booking's SMS that cannot go out (the API is gone).
		testbed!.app.bookings.book(request({ start: '08:00', phone: '600 999 888' }));
		await expect.poll(() => rows()[1]?.attempts).toBe(1);

		// Six days after the slot, all is still kept; eight days after, the job (at start) clears it.
		now = Date.parse('2026-12-13T10:00:00Z');
		expect(testbed!.app.outbox.forgetRecipients()).toBe(0);
		expect(rows().map((r) => r.recipient)).toEqual(['+48 600 123 456', '600 999 888']);
		now = Date.parse('2026-12-15T10:00:00Z');
		testbed!.restart();
		expect(rows()).toMatchObject([
			{ recipient: null, body: '', state: 'sent' },
			{ recipient: null, body: '', state: 'given_up', last_error: 'contact_deleted' }
		]);
		expect(testbed!.app.outbox.list().map((m) => m.recipient)).toEqual([null, null]);
	});
});
