// Command-line arguments: one place that turns argv into options, with defaults and checks. Every usage error
// names the bad argument and shows the usage line.
import { parseArgs } from "node:util";
import { isCalendarDate } from "../lib/dates.ts";
import { defaultMaxBytes } from "../io/raw-sources.ts";
import { UserError } from "../lib/errors.ts";

export const commands = ["all", "ingest", "extract", "coverage", "validate", "derive", "publish", "explain", "numbers"] as const;
export type Command = (typeof commands)[number];

export interface CliOptions {
  command: Command;
  /** For explain: the source to explain. */
  sourceId: string | undefined;
  raw: string;
  out: string;
  work: string;
  catalogue: string | undefined;
  strict: boolean;
  check: boolean;
  /** Write every stage's artifact into the work folder during a whole run (a stage run alone always writes its own). */
  keepWork: boolean;
  /** Release date of a new version: --date, else SOURCE_DATE_EPOCH, else today (UTC). */
  date: string;
  /** Where `date` came from, for messages. */
  dateSource: string;
  maxBytes: number;
  debug: boolean;
  help: boolean;
  /** PIPELINE_TEST_HOOK: a fault or pause the command line's tests inject into a publication. */
  testHook: string | undefined;
}

export const usageLine = "npm run pipeline -- [command] [options]";

export const usage = `Usage: ${usageLine}

Commands (default: all, every stage in order):
  ingest     raw/ → work/ingested/<id>.json     decode, hash, set cruft aside, normalise, split sentences
  extract    → work/extracted/<id>.json         every number, mapped to indicators through the catalogue
  coverage   → work/coverage.json               every number accounted for (warnings; errors with --strict)
  validate   → work/validated.json              quotes, values, parts and wholes, agreement across sources
  derive     → work/derived.json                derived figures of the catalogue, with intervals
  publish    → output/                          a new version when the data changed, all or nothing
  explain ID every number of source ID: its status, the words that decided it, and what to add to the
             catalogue for a number held back or not accounted for (reads raw/, writes nothing)
  numbers    JSON Lines on stdin → one line of recognised numbers per input line on stdout
Each stage alone reads the previous stage's artifact from the work folder and writes its own. A whole run
keeps the artifacts in memory (checked against their schemas all the same) and writes only coverage.json,
unless --keep-work is given; it builds nothing when the latest version was built from the same inputs.

Options:
  --raw DIR          sources, only ever read (default raw)
  --out DIR          published output (default output): a folder the pipeline owns (it has versions.json or
                     .pipeline-output), or an empty or new one; it writes only its own files there
  --work DIR         intermediate artifacts (default work)
  --catalogue DIR    indicators, rules, derivations (default pipeline/catalogue)
  --strict           unaccounted numbers are errors
  --check            compare the output folder with what the pipeline would publish; write nothing;
                     exit 1 on a difference (with no command or with publish)
  --keep-work        also write every stage's artifact into the work folder (with no command)
  --date YYYY-MM-DD  release date of a new version (default: SOURCE_DATE_EPOCH, else today in UTC)
  --max-bytes N      largest accepted source text (default ${defaultMaxBytes})
  --debug            show stack traces
  --help, -h         this text

Environment:
  SOURCE_DATE_EPOCH  release date as a Unix time in seconds, when --date is not given (reproducible builds)
  CHROMIUM_PATH      the Chromium the download page's browser tests drive (npm test; default /usr/bin/chromium)

Exit status:
  0      success (with --check: the output folder is what the pipeline publishes)
  1      an error in the input, the options or the file system, or a difference found by --check
  128+n  stopped by signal n (130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP): nothing half-published`;

/** A mistake on the command line: names the argument, shows the usage line, says how to fix it. */
export class UsageError extends UserError {
  constructor(argument: string, problem: string, fix: string) {
    super(argument, "", problem, fix);
    this.message = `${argument}: ${problem}\n  usage: ${usageLine}\n  fix: ${fix}`;
  }
}

const optionSpecs = {
  raw: { type: "string", example: "--raw raw" },
  out: { type: "string", example: "--out output" },
  work: { type: "string", example: "--work work" },
  catalogue: { type: "string", example: "--catalogue pipeline/catalogue" },
  strict: { type: "boolean" },
  check: { type: "boolean" },
  "keep-work": { type: "boolean" },
  date: { type: "string", example: "--date 2026-11-29" },
  "max-bytes": { type: "string", example: "--max-bytes 20000000" },
  debug: { type: "boolean" },
  help: { type: "boolean" },
} as const satisfies Record<string, { type: "string" | "boolean"; example?: string }>;

type OptionName = keyof typeof optionSpecs;
const optionNames = Object.keys(optionSpecs) as OptionName[];
const isOptionName = (name: string): name is OptionName => Object.hasOwn(optionSpecs, name);

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** "did you mean --strict?" for a near miss, else a pointer to --help. */
function suggestion(word: string, candidates: readonly string[], prefix: string): string {
  const near = candidates.filter((c) => editDistance(word, c) <= 2).sort((a, b) => editDistance(word, a) - editDistance(word, b));
  return near.length ? `did you mean ${prefix}${near[0]}? See --help for the others` : `see --help for the ${prefix ? "options" : "commands"}`;
}

/** The last day a release date may fall on, and the first: Unix time starts in 1970; ISO years have four digits. */
const firstDay = "1970-01-01";
const lastDay = "9999-12-31";

function releaseDate(given: string | undefined, env: NodeJS.ProcessEnv, now: Date): { date: string; source: string } {
  if (given !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(given)) throw new UsageError(`--date ${given}`, "is not a date written YYYY-MM-DD", "write it as YYYY-MM-DD, e.g. --date 2026-11-29");
    if (given < firstDay) throw new UsageError(`--date ${given}`, `is before ${firstDay}`, `give a release date from ${firstDay} to ${lastDay}`);
    if (!isCalendarDate(given)) throw new UsageError(`--date ${given}`, "is not a day of the calendar", "give a day that exists, e.g. --date 2026-02-28");
    return { date: given, source: "--date" };
  }
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== "") {
    if (!/^\d+$/.test(epoch)) throw new UserError("SOURCE_DATE_EPOCH", "", `"${epoch}" is not a number of seconds`, "set it to a Unix time, e.g. $(git log -1 --format=%ct), or unset it");
    const milliseconds = Number(epoch) * 1000;
    if (!(milliseconds <= Date.parse(`${lastDay}T23:59:59Z`))) {
      throw new UserError("SOURCE_DATE_EPOCH", "", `${epoch.length > 20 ? `${epoch.slice(0, 20)}…` : epoch} seconds is after ${lastDay}`, "set it to a Unix time in seconds (not milliseconds), e.g. $(git log -1 --format=%ct), or unset it");
    }
    return { date: new Date(milliseconds).toISOString().slice(0, 10), source: "SOURCE_DATE_EPOCH" };
  }
  return { date: now.toISOString().slice(0, 10), source: "today's date (no --date or SOURCE_DATE_EPOCH)" };
}

function tokensOf(argv: string[]) {
  try {
    return parseArgs({ args: argv, strict: false, allowPositionals: true, tokens: true, options: { help: { type: "boolean", short: "h" }, ...Object.fromEntries(optionNames.filter((n) => optionSpecs[n].type === "string").map((n) => [n, { type: "string" as const }])) } }).tokens;
  } catch (error) {
    throw new UsageError("command line", (error as Error).message, "see --help");
  }
}

export function parseCli(argv: string[], env: NodeJS.ProcessEnv = process.env, now = new Date()): CliOptions {
  const values: Partial<Record<OptionName, string | boolean>> = {};
  const positionals: string[] = [];
  for (const token of tokensOf(argv)) {
    if (token.kind === "positional") positionals.push(token.value);
    if (token.kind !== "option") continue;
    const { name, rawName, value, inlineValue } = token;
    if (!isOptionName(name)) throw new UsageError(rawName, "is not an option", suggestion(name, optionNames, "--"));
    const spec = optionSpecs[name];
    if (values[name] !== undefined) throw new UsageError(rawName, "is given twice", `give ${rawName} once`);
    if (spec.type === "boolean") {
      if (inlineValue) throw new UsageError(`${rawName}=${value}`, `${rawName} takes no value`, `write ${rawName} alone`);
      values[name] = true;
    } else {
      if (value === undefined || (!inlineValue && value.startsWith("--"))) {
        throw new UsageError(rawName, `needs a value${value === undefined ? "" : ` (it was followed by the option ${value})`}`, `e.g. ${"example" in spec ? spec.example : rawName}`);
      }
      values[name] = value;
    }
  }
  const [command = "all", ...extra] = positionals;
  if (!(commands as readonly string[]).includes(command)) throw new UsageError(command, "is not a command", suggestion(command, commands, ""));
  const sourceId = command === "explain" ? extra.shift() : undefined;
  if (command === "explain" && sourceId === undefined) throw new UsageError("explain", "needs the id of a source", "write: npm run pipeline -- explain <source-id> (the file name in raw/ without .txt)");
  if (extra.length) throw new UsageError(extra[0]!, "is one argument too many", `give one command at most (here "${command}")`);
  const text = (name: OptionName, fallback: string) => (typeof values[name] === "string" ? (values[name] as string) : fallback);
  const flag = (name: OptionName) => values[name] === true;
  if (flag("keep-work") && command !== "all") throw new UsageError("--keep-work", `does not apply to the ${command} command`, "a stage run alone always writes its artifact: use --keep-work with no command");
  if (flag("check") && command !== "all" && command !== "publish") {
    throw new UsageError("--check", `does not apply to the ${command} command`, "use --check alone (every stage, then the comparison) or with publish");
  }
  const maxBytesText = values["max-bytes"];
  const maxBytes = maxBytesText === undefined ? defaultMaxBytes : /^\d+$/.test(String(maxBytesText)) ? Number(maxBytesText) : Number.NaN;
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) throw new UsageError(`--max-bytes ${String(maxBytesText)}`, "is not a positive whole number", "give a number of bytes, e.g. --max-bytes 20000000");
  const help = flag("help");
  const { date, source } = help ? { date: "", source: "" } : releaseDate(typeof values.date === "string" ? values.date : undefined, env, now);
  return {
    command: command as Command,
    sourceId,
    raw: text("raw", "raw"),
    out: text("out", "output"),
    work: text("work", "work"),
    catalogue: typeof values.catalogue === "string" ? values.catalogue : undefined,
    strict: flag("strict"),
    check: flag("check"),
    keepWork: flag("keep-work"),
    date,
    dateSource: source,
    maxBytes,
    debug: flag("debug"),
    help,
    testHook: env.PIPELINE_TEST_HOOK || undefined,
  };
}
