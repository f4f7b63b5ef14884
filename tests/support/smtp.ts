/**
 * A real SMTP server for tests (the `smtp-server` package) on 127.0.0.1, that keeps every message
 * it accepts and reads it back as a mail client would: headers unfolded, RFC 2047 words in
 * headers and the body's transfer encoding decoded as UTF-8. It can be stopped and started again
 * on the same port (a mail server down for a while), and can refuse recipients for good (550).
 */
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
	from: string;
	to: string[];
	headers: Map<string, string>;
	subject: string;
	text: string;
	raw: string;
}

export interface TestSmtp {
	port: number;
	url: string;
	received: ReceivedMail[];
	/** Recipients answered "550 no such mailbox". */
	refuse: Set<string>;
	stop(): Promise<void>;
	/** Listening again on the same port. */
	start(): Promise<void>;
}

export async function startSmtp(port = 0): Promise<TestSmtp> {
	const received: ReceivedMail[] = [];
	const refuse = new Set<string>();
	let server: SMTPServer | null = null;
	const listen = (p: number) =>
		new Promise<number>((resolve, reject) => {
			const s = new SMTPServer({
				authOptional: true,
				disabledCommands: ['STARTTLS'],
				// The sink's own reverse DNS lookup of 127.0.0.1 is no part of sending.
				disableReverseLookup: true,
				logger: false,
				onRcptTo(address, _session, callback) {
					if (refuse.has(address.address)) {
						const err = Object.assign(new Error('No such mailbox'), { responseCode: 550 });
						return callback(err);
					}
					callback();
				},
				onData(stream, session, callback) {
					const chunks: Buffer[] = [];
					stream.on('data', (c: Buffer) => chunks.push(c));
					stream.on('end', () => {
						const raw = Buffer.concat(chunks).toString('latin1');
						const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
						received.push(
							parseMail(
								raw,
								from,
								session.envelope.rcptTo.map((r) => r.address)
							)
						);
						callback();
					});
				}
			});
			s.on('error', reject);
			s.listen(p, '127.0.0.1', () => {
				server = s;
				const address = s.server.address();
				resolve(typeof address === 'object' && address ? address.port : p);
			});
		});
	const actual = await listen(port);
	const smtp: TestSmtp = {
		port: actual,
		url: `smtp://127.0.0.1:${actual}`,
		received,
		refuse,
		stop: () =>
			new Promise<void>((resolve) => {
				const s = server;
				server = null;
				if (!s) return resolve();
				s.close(() => resolve());
			}),
		start: async () => {
			await listen(actual);
		}
	};
	return smtp;
}

/** A single-part text message as a mail client reads it. */
export function parseMail(raw: string, from: string, to: string[]): ReceivedMail {
	const split = raw.indexOf('\r\n\r\n');
	const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
	const headers = new Map<string, string>();
	for (const line of head.split('\r\n')) {
		const colon = line.indexOf(':');
		headers.set(line.slice(0, colon).toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
	}
	const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
	const body = raw.slice(split + 4);
	const bytes =
		encoding === 'base64'
			? Buffer.from(body.replace(/\s+/g, ''), 'base64')
			: encoding === 'quoted-printable'
				? quotedPrintable(body)
				: Buffer.from(body, 'latin1');
	return {
		from,
		to,
		headers,
		subject: headers.get('subject') ?? '',
		text: bytes.toString('utf8').replace(/\r\n/g, '\n'),
		raw
	};
}

function quotedPrintable(text: string): Buffer {
	const soft = text.replace(/=\r?\n/g, '');
	const bytes: number[] = [];
	for (let i = 0; i < soft.length; i++) {
		if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
			bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
			i += 2;
		} else bytes.push(soft.charCodeAt(i));
	}
	return Buffer.from(bytes);
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= and =?UTF-8?Q?…?=), adjacent ones joined. */
function decodeWords(value: string): string {
	return value
		.replace(/\?=\s+=\?/g, '?==?')
		.replace(
			/=\?([^?]+)\?([BQ])\?([^?]*)\?=/gi,
			(_m, charset: string, kind: string, data: string) => {
				if (charset.toLowerCase() !== 'utf-8') throw new Error(`unexpected charset ${charset}`);
				const bytes =
					kind.toUpperCase() === 'B'
						? Buffer.from(data, 'base64')
						: quotedPrintable(data.replace(/_/g, ' '));
				return bytes.toString('utf8');
			}
		);
}
