/** The inquiry register (issue 15, Annex 2) as its pages show it. */
export type InquiryStateDto = 'received' | 'forwarded' | 'answered' | 'closed';

/** A list's row: nothing personal (no phone, no name). */
export interface InquiryRowDto {
	id: number;
	question: string;
	state: InquiryStateDto;
	channel: 'in_person' | 'phone';
	receivedAt: number;
	dueDay: string;
	overdue: boolean;
	receivedBy: string;
	forwardedTo: string | null;
}

/** An inquiry whose due day has just ended, for the people it concerns (no personal data). */
export interface InquiryAlertDto {
	id: number;
	dueDay: string;
}
