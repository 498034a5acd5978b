// Calendar dates written YYYY-MM-DD, as the command line, the versions and the workbook take them.

/** Whether `text` is a real day written YYYY-MM-DD: "2024-02-29" is, "2023-02-29", "2024-2-9" and "2024-02-30" are not. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const instant = new Date(`${text}T00:00:00Z`);
  // The round trip rejects a day that Date would silently roll over into the next month.
  return !Number.isNaN(instant.getTime()) && instant.toISOString().slice(0, 10) === text;
}
