/**
 * The API's `issues` in the request's language (issue 12, item 18): the validator's English never
 * reaches a caller; each issue keeps its path and zod's code for programs, and its message is
 * Polish by default and English with the `lang` cookie (the API's one way of choosing).
 * Against the built app in the test process (tests/support/in-process.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorDto } from '../../src/lib/shared/dto';
import { post } from '../support/api';
import { startInProcess, type InProcessServer } from '../support/in-process';
import { connect, request } from '../support/sockets';

let server: InProcessServer;

beforeAll(async () => {
	server = await startInProcess();
});
afterAll(async () => {
	await server?.stop();
});

const ENGLISH_OF_ZOD = /Invalid input|expected \w+, received|Too (big|small)|Unrecognized key/;

async function refused(body: unknown, lang?: 'en' | 'pl'): Promise<ApiErrorDto> {
	const cookie = lang ? `${server.adminCookie}; lang=${lang}` : undefined;
	const answer = await post(server.url, '/api/survey/paper', body, cookie);
	expect(answer.status).toBe(400);
	if (!('error' in answer.body)) throw new Error('expected a refusal');
	return answer.body.error;
}

const BAD = {
	locationId: '1',
	day: '2021-02-30',
	answers: { A: { satisfied: true, comment: 'x'.repeat(1001) } },
	suggestions: null,
	extra: 1
};

describe('validation issues', () => {
	it('are Polish by default, with their path and code', async () => {
		const error = await refused(BAD);
		expect(error.code).toBe('bad_request');
		expect(error.message).toBe('Nieprawidłowe żądanie.');
		const byPath = Object.fromEntries(error.issues!.map((i) => [i.path, i]));
		expect(byPath.locationId).toEqual({
			path: 'locationId',
			code: 'invalid_type',
			message: 'Nieprawidłowy rodzaj wartości: oczekiwano liczby.'
		});
		expect(byPath.day).toMatchObject({ code: 'invalid_format' });
		expect(byPath.day!.message).toMatch(/^Nieprawidłowa data/);
		expect(byPath['answers.A.comment']).toMatchObject({
			code: 'too_big',
			message: 'Za długi tekst: najwyżej 1000 znaków.'
		});
		expect(byPath['(body)']).toMatchObject({
			code: 'unrecognized_keys',
			message: 'Nieznane pola: extra.'
		});
		expect(JSON.stringify(error)).not.toMatch(ENGLISH_OF_ZOD);
	});

	it('are English with the lang cookie', async () => {
		const error = await refused(BAD, 'en');
		expect(error.message).toBe('Invalid request.');
		const byPath = Object.fromEntries(error.issues!.map((i) => [i.path, i]));
		expect(byPath.locationId!.message).toBe('Wrong kind of value: expected a number.');
		expect(byPath['answers.A.comment']!.message).toBe('Text too long: at most 1000 characters.');
		expect(JSON.stringify(error)).not.toMatch(ENGLISH_OF_ZOD);
	});

	it('say a blank paper form and a future date in words', async () => {
		const blank = await refused({ locationId: 1, day: '2026-01-15', departmentIds: [1] });
		expect(blank.issues).toEqual([
			{
				path: '(body)',
				code: 'custom',
				message:
					'Formularz jest pusty. Zaznacz co najmniej jedną odpowiedź albo wpisz uwagę, tak jak na papierowej ankiecie.'
			}
		]);
		const future = await refused({
			locationId: 1,
			day: '2099-01-01',
			answers: { A: { satisfied: true, comment: null } }
		});
		expect(future.issues).toEqual([
			{
				path: 'day',
				code: 'custom',
				message: expect.stringMatching(
					/^Data nie może być z przyszłości: .*\(\d{4}-\d{2}-\d{2}\)\.$/
				)
			}
		]);
	});

	it('reach a socket acknowledgement in the socket’s language too', async () => {
		const socket = await connect(server.url, `${server.adminCookie}; lang=pl`);
		try {
			const reply = await request(socket, 'window:action', { windowId: 'x', action: 'call' });
			if (!('error' in reply)) throw new Error('expected a refusal');
			expect(reply.error.issues?.[0]).toMatchObject({
				path: 'windowId',
				code: 'invalid_type',
				message: 'Nieprawidłowy rodzaj wartości: oczekiwano liczby.'
			});
		} finally {
			socket.close();
		}
	});
});
