/**
 * A recipient as staff see it in the outbox list: enough to tell two messages apart or to confirm
 * on the phone ("j***@example.pl?"), never the whole address (minimum exposure).
 */
export function maskRecipient(recipient: string | null): string {
	if (recipient === null) return '';
	const at = recipient.lastIndexOf('@');
	if (at > 0) return `${recipient[0]}***${recipient.slice(at)}`;
	// A phone number: its last three digits.
	const digits = recipient.replace(/\D/g, '');
	return digits.length > 3 ? `***${digits.slice(-3)}` : '***';
}
