/**
 * `?next=` values for the redirect after signing in or pairing (auth/home.ts safeNext): the unit
 * test and the tests against the real server use the same table.
 */

/** Values that must not be followed: each lands on the person's home page. */
export const REFUSED_NEXT: string[] = [
	'/\t/evil.example',
	'/\t\t/evil.example',
	'\t//evil.example',
	'/\n/evil.example',
	'/\r/evil.example',
	'/\r\n/evil.example',
	'/\\evil.example',
	'/\\/evil.example',
	'\\\\evil.example',
	'//evil.example',
	'///evil.example',
	'////evil.example/admin',
	'/%2f/evil.example',
	'/%2F%2Fevil.example',
	'/%5cevil.example',
	'/%5C%5Cevil.example',
	'javascript:alert(1)',
	'JaVaScRiPt:alert(1)',
	'/javascript:alert(1)',
	'data:text/html,<script>alert(1)</script>',
	'http://evil.example',
	'http://evil.example/admin',
	'https:evil.example',
	'https:/evil.example',
	'http:evil.example',
	'//127.0.0.1:3000@evil.example/admin',
	'/。evil.example',
	'/／evil.example',
	'/／／evil.example',
	'/\u2215evil.example',
	'/\uff3cevil.example',
	'/%E3%80%82evil.example',
	'/admin/../../evil.example',
	'/api/health',
	'/api/manage/report.csv?table=heatmap',
	'/_app/version.json',
	'/admin/__data.json',
	'/logout',
	'/no/such/page',
	'/admin/audit' + '/x'.repeat(300),
	'/manage?from=' + 'x'.repeat(600),
	'/' + 'a'.repeat(5000),
	'',
	'admin',
	' /admin',
	'?next=/admin',
	'#/admin'
];

/** Values that stay: the app's page, normalized as the URL parser reads it. */
export const FOLLOWED_NEXT: [string, string][] = [
	['/admin', '/admin'],
	['/admin/audit', '/admin/audit'],
	['/manage?from=2026-01-01&to=2026-01-31', '/manage?from=2026-01-01&to=2026-01-31'],
	['/clerk/4', '/clerk/4'],
	['/kiosk/urzad?kiosk=lobby-1', '/kiosk/urzad?kiosk=lobby-1'],
	['/', '/'],
	// Tabs and line breaks inside a path are dropped, as a browser drops them.
	['/adm\tin', '/admin'],
	['/admin\r\n', '/admin'],
	// Dot segments are resolved; the fragment is not sent on.
	['/clerk/../admin/./audit', '/admin/audit'],
	['/admin#section', '/admin'],
	// Characters a header cannot carry come out percent-encoded.
	['/manage?note=zażółć', '/manage?note=za%C5%BC%C3%B3%C5%82%C4%87'],
	['/clerk/ą', '/clerk/%C4%85']
];
