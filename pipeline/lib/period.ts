// Reference periods: a calendar year ("2022") or a part of one: a half-year ("2016-H1", "2016-H2") or a
// quarter ("2023-Q3"). One definition of their syntax, order and arithmetic for every stage and output.

/** The syntax of a period, as the schemas write it (schemas/source.schema.json, observation.schema.json). */
export const periodPattern = "^[0-9]{4}(-(H[12]|Q[1-4]))?$";
const periodRegex = new RegExp(periodPattern);

export type PeriodPart = { kind: "H" | "Q"; index: number } | null;

export interface ParsedPeriod {
  year: number;
  /** null for a whole year. */
  part: PeriodPart;
}

export function isPeriod(text: string): boolean {
  return periodRegex.test(text);
}

/** Parses a period; throws on anything else (callers validate input against the schemas first). */
export function parsePeriod(period: string): ParsedPeriod {
  if (!periodRegex.test(period)) throw new Error(`not a period: ${JSON.stringify(period)}`);
  const year = Number(period.slice(0, 4));
  if (period.length === 4) return { year, part: null };
  return { year, part: { kind: period[5] as "H" | "Q", index: Number(period[6]) } };
}

export function formatPeriod({ year, part }: ParsedPeriod): string {
  return part === null ? String(year).padStart(4, "0") : `${String(year).padStart(4, "0")}-${part.kind}${part.index}`;
}

const monthsIn = { H: 6, Q: 3 } as const;

/** The months a period covers, as [first, last] counted from January of year 0 (so periods compare as numbers). */
export function periodMonths(period: string): [number, number] {
  const { year, part } = parsePeriod(period);
  if (part === null) return [year * 12, year * 12 + 11];
  const length = monthsIn[part.kind];
  const first = year * 12 + (part.index - 1) * length;
  return [first, first + length - 1];
}

/**
 * The period from January to the end of `period`, when it is one ("منذ بداية السنة" in a report on 2022-Q2 is
 * 2022-H1; on 2022-H2 or 2022-Q4, the year), or null (to the end of a third quarter: nine months, no period).
 */
export function fromJanuaryTo(period: string): string | null {
  const { year } = parsePeriod(period);
  const length = periodMonths(period)[1] - year * 12 + 1;
  if (length === 12) return formatPeriod({ year, part: null });
  const kind = (Object.keys(monthsIn) as Array<keyof typeof monthsIn>).find((k) => monthsIn[k] === length);
  return kind ? formatPeriod({ year, part: { kind, index: 1 } }) : null;
}

/** Chronological order: by first month, and a longer period before the parts that start with it (2016, 2016-H1, 2016-Q1). */
export function comparePeriods(a: string, b: string): number {
  const [aFirst, aLast] = periodMonths(a);
  const [bFirst, bLast] = periodMonths(b);
  return aFirst - bFirst || bLast - aLast;
}

/** The same period one year earlier: 2022 → 2021, 2016-H1 → 2015-H1 ("the same half of the previous year"). */
export function previousYearPeriod(period: string): string {
  const parsed = parsePeriod(period);
  return formatPeriod({ ...parsed, year: parsed.year - 1 });
}

/** How many parts of a kind a year has: two halves, four quarters. */
export const partsInYear = (kind: "H" | "Q"): number => (kind === "H" ? 2 : 4);

/** The part of a year right before a part ("2017-H1" → "2016-H2", "2019-Q3" → "2019-Q2"); null for a whole year. */
export function previousPartPeriod(period: string): string | null {
  const { year, part } = parsePeriod(period);
  if (part === null) return null;
  return part.index > 1 ? formatPeriod({ year, part: { ...part, index: part.index - 1 } }) : formatPeriod({ year: year - 1, part: { ...part, index: partsInYear(part.kind) } });
}

/** The calendar year a period lies in. */
export function periodYear(period: string): number {
  return parsePeriod(period).year;
}

/** Where a period sits on a time axis, in years: the middle of the months it covers (2016 → 2016.5, 2016-H1 → 2016.25). */
export function periodMidpoint(period: string): number {
  const [first, last] = periodMonths(period);
  return (first + last + 1) / 2 / 12;
}

/** Whether `inner` lies wholly within `outer` (2016-H1 within 2016; a period within itself). */
export function periodWithin(inner: string, outer: string): boolean {
  const [innerFirst, innerLast] = periodMonths(inner);
  const [outerFirst, outerLast] = periodMonths(outer);
  return innerFirst >= outerFirst && innerLast <= outerLast;
}

/** Whether `a` ends before `b` starts: a base period must be before the period it is compared with. */
export function periodBefore(a: string, b: string): boolean {
  return periodMonths(a)[1] < periodMonths(b)[0];
}

/** Whether two periods are as long as each other (a year and a year, a half and a half): a change compares such periods. */
export function sameLength(a: string, b: string): boolean {
  const [aFirst, aLast] = periodMonths(a);
  const [bFirst, bLast] = periodMonths(b);
  return aLast - aFirst === bLast - bFirst;
}
