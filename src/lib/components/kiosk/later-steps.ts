/**
 * The kiosk's steps after the first choice (a department's matters, the kind of ticket, a matter
 * not served now) and their navigation, in one chunk: the kiosk page loads it at the first touch,
 * so the first screen, which every visitor waits for, carries only the menu.
 */
export { default as KioskNav } from './KioskNav.svelte';
export { default as ServiceStep } from './ServiceStep.svelte';
export { default as TicketKindStep } from './TicketKindStep.svelte';
export { default as UnavailableMatter } from './UnavailableMatter.svelte';
