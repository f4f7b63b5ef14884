/**
 * The whole catalog in the staff screens' languages (Polish, English), for the browser of a
 * staff screen (+layout.ts). Apart from ./index so that the Ukrainian texts, which no staff
 * screen shows, stay out of that script.
 */
import { en } from './en';
import { pl } from './pl';

export const staffCatalogs = { pl, en };
