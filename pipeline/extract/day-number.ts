// A day of the month written in digits before a month's name ("26 دجنبر", "30 يونيو"): periods.ts reads it to tell a
// date from a span, year-to-date-end.ts to read where a count from January stops. Its own module so that neither
// imports the other.
import { asciiDigits } from "../arabic/normalise.ts";

/** One or two digits (Western, Arabic-Indic or Persian): a day's number. */
export const dayNumber = /^[0-9٠-٩۰-۹]{1,2}$/u;

/** The day of the month a word of digits writes. */
export const dayOf = (folded: string) => Number(asciiDigits(folded));
