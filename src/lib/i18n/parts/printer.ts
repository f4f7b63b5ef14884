/**
 * Texts of the printed ticket, the live ticket page (/t/{code}) and printer alerts.
 * Polish first; English must have the same keys (the i18n unit test checks).
 */
import type { Message } from '../pl';

export const printerPl = {} satisfies Record<string, Message>;

export const printerEn: Record<keyof typeof printerPl, Message> = {};
