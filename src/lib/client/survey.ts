/** Sends survey answers; resolves to the server's error message, or null when recorded. */
export async function sendSurvey(url: string, body: unknown): Promise<string | null> {
	try {
		const res = await fetch(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(body)
		});
		if (res.ok) return null;
		const answer = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
		return answer?.error?.message ?? res.statusText;
	} catch {
		return navigator.onLine === false ? 'offline' : 'network error';
	}
}
