/**
 * Tests whose server sends e-mail to a real SMTP server started by the test (tests/support/smtp.ts):
 * each test gets its own mail server and an Okienko server configured to send to it, with a
 * public address for the links in the messages. The administrator's page fixture comes along.
 */
import { startServer } from '../../support/server';
import { startSmtp, type TestSmtp } from '../../support/smtp';
import { test as base } from './admin';

export const PUBLIC_URL = 'https://kolejka.urzad.test';

export const test = base.extend<{ smtp: TestSmtp }>({
	// eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
	smtp: async ({}, use) => {
		const smtp = await startSmtp();
		await use(smtp);
		await smtp.stop();
	},
	server: async ({ smtp }, use) => {
		const server = await startServer({
			env: {
				OKIENKO_SMTP_URL: smtp.url,
				OKIENKO_MAIL_FROM: 'Urząd Miejski w Bieruniu <kolejka@urzad.test>',
				OKIENKO_PUBLIC_URL: PUBLIC_URL
			}
		});
		await use(server);
		await server.stop();
	}
});

export { expect, openAdmin } from './admin';
