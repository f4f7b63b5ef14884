/**
 * The application in the test process (test-app.ts) with the real socket.io server on a
 * loopback port, for tests that need the test's clock and real socket clients: the demo accounts
 * sign in as at /login, each session's principal for the services and its socket for the events.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '../../src/lib/server/app';
import type { Principal } from '../../src/lib/server/auth/guard';
import { SESSION_COOKIE } from '../../src/lib/server/auth/cookies';
import { DEMO_ACCOUNTS } from '../../src/lib/server/demo/accounts';
import { attachRealtime } from '../../src/lib/server/realtime/attach';
import { connect, type TestSocket } from './sockets';
import { testApp, type TestApp, type TestAppOptions } from './test-app';

export interface RealtimeApp {
	testbed: TestApp;
	app: App;
	url: string;
	/** A demo account signed in: its principal, and its session's token for a socket. */
	session(login: string): Promise<{ principal: Principal; token: string }>;
	/** A socket with a session's cookie (closed with the app). */
	socketOf(token: string): Promise<TestSocket>;
	/** Closes the sockets, the HTTP server and the app. */
	close(): Promise<void>;
}

export async function realtimeApp(options: TestAppOptions): Promise<RealtimeApp> {
	const testbed = testApp(options);
	const app = testbed.app;
	const http: Server = createServer();
	attachRealtime(http, app);
	await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
	const sockets: TestSocket[] = [];
	return {
		testbed,
		app,
		url,
		session: async (login) => {
			const account = DEMO_ACCOUNTS.find((a) => a.login === login)!;
			const result = await app.accounts.login(account.login, account.password, '127.0.0.1');
			if (!result.ok) throw new Error(`${login} cannot sign in`);
			const principal = app.accounts.principalFor(result.token, undefined).principal;
			return { principal, token: result.token };
		},
		socketOf: async (token) => {
			const socket = await connect(url, `${SESSION_COOKIE}=${token}`);
			sockets.push(socket);
			return socket;
		},
		close: async () => {
			for (const s of sockets) s.close();
			await new Promise((resolve) => http.close(resolve));
			testbed.close();
		}
	};
}
