/**
 * The mail and SMS settings (config.ts readMessaging): off when not set; a mail server needs its
 * sender; a URL that is not SMTP stops the start with the reason, rather than every message
 * failing later.
 */
import { describe, expect, it } from 'vitest';
import { readMessaging } from '../../src/lib/server/config';
import { sendersFrom } from '../../src/lib/server/notify/senders';

describe('the messaging settings', () => {
	it('are off without the variables: no sender', () => {
		const config = readMessaging({});
		expect(config).toEqual({
			smtpUrl: '',
			mailFrom: '',
			smsapiToken: '',
			smsapiUrl: 'https://api.smsapi.pl',
			smsFrom: ''
		});
		expect(sendersFrom(config)).toEqual([]);
	});

	it('turn each channel on by its own variables', () => {
		const config = readMessaging({
			OKIENKO_SMTP_URL: 'smtps://kolejka:tajne@poczta.um.bierun.pl:465',
			OKIENKO_MAIL_FROM: 'Urząd Miejski w Bieruniu <kolejka@um.bierun.pl>',
			OKIENKO_SMSAPI_TOKEN: 'token',
			OKIENKO_SMSAPI_URL: 'https://api.smsapi.com/'
		});
		expect(config.smsapiUrl).toBe('https://api.smsapi.com');
		const senders = sendersFrom(config);
		expect(senders.map((s) => s.channel)).toEqual(['email', 'sms']);
		for (const s of senders) s.close?.();
	});

	it('refuse a mail server without a sender, or an address that is not SMTP', () => {
		expect(() => readMessaging({ OKIENKO_SMTP_URL: 'smtp://localhost:25' })).toThrow(
			'OKIENKO_SMTP_URL needs OKIENKO_MAIL_FROM too'
		);
		expect(() =>
			readMessaging({ OKIENKO_SMTP_URL: 'http://localhost', OKIENKO_MAIL_FROM: 'a@b.pl' })
		).toThrow('OKIENKO_SMTP_URL must start with smtp:// or smtps://');
	});
});
