// Command-line arguments: one place that turns argv into options, with defaults and checks.
import { parseArgs } from "node:util";
import { isCalendarDate } from "../lib/dates.ts";
import { UserError } from "../lib/errors.ts";
import { defaultMaxBytes } from "../io/raw-sources.ts";

export const commands = ["all", "ingest", "extract", "coverage", "validate", "derive", "publish", "numbers"] as const;
export type Command = (typeof commands)[number];

export interface CliOptions {
  command: Command;
  raw: string;
  out: string;
  work: string;
  catalogue: string | undefined;
  strict: boolean;
  check: boolean;
  /** Release date of a new version: --date, else SOURCE_DATE_EPOCH, else today (UTC). */
  date: string;
  maxBytes: number;
  debug: boolean;
  help: boolean;
}

export const usage = `Usage: npm run pipeline -- [command] [options]

Commands (default: all, every stage in order):
  ingest     raw/ → work/ingested/<id>.json     decode, hash, set cruft aside, normalise, split sentences
  extract    → work/extracted/<id>.json         every number, mapped to indicators through the catalogue
  coverage   → work/coverage.json               every number accounted for (warnings; errors with --strict)
  validate   → work/validated.json              quotes, values, parts and wholes, agreement across sources
  derive     → work/derived.json                derived figures of the catalogue, with intervals
  publish    → output/                          a new version when the data changed, atomically
  numbers    JSON Lines on stdin → one line of recognised numbers per input line on stdout

Options:
  --raw DIR          sources (default raw)
  --out DIR          published output (default output)
  --work DIR         intermediate artifacts (default work)
  --catalogue DIR    indicators, rules, derivations (default pipeline/catalogue)
  --strict           unaccounted numbers are errors
  --check            compare output/ with what the pipeline would publish; write nothing; exit 1 on a difference
  --date YYYY-MM-DD  release date of a new version (default: SOURCE_DATE_EPOCH, else today in UTC)
  --max-bytes N      largest accepted source text (default ${defaultMaxBytes})
  --debug            show stack traces
  --help             this text`;

function releaseDate(given: string | undefined, env: NodeJS.ProcessEnv, now: Date): string {
  if (given !== undefined) {
    if (!isCalendarDate(given)) throw new UserError("--date", "", `"${given}" is not a date`, "write it as YYYY-MM-DD, e.g. --date 2026-11-29");
    return given;
  }
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== "") {
    if (!/^\d+$/.test(epoch)) throw new UserError("SOURCE_DATE_EPOCH", "", `"${epoch}" is not a number of seconds`, "set it to a Unix time, e.g. $(git log -1 --format=%ct)");
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  }
  return now.toISOString().slice(0, 10);
}

export function parseCli(argv: string[], env: NodeJS.ProcessEnv = process.env, now = new Date()): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        raw: { type: "string", default: "raw" },
        out: { type: "string", default: "output" },
        work: { type: "string", default: "work" },
        catalogue: { type: "string" },
        strict: { type: "boolean", default: false },
        check: { type: "boolean", default: false },
        date: { type: "string" },
        "max-bytes": { type: "string" },
        debug: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw new UserError("command line", "", (error as Error).message, "see --help");
  }
  const { values, positionals } = parsed;
  const [command = "all", ...extra] = positionals;
  if (!(commands as readonly string[]).includes(command)) throw new UserError("command line", "", `unknown command "${command}"`, `use one of: ${commands.join(", ")}`);
  if (extra.length) throw new UserError("command line", "", `unexpected argument "${extra[0]}"`, "give one command at most; see --help");
  const maxBytes = values["max-bytes"] === undefined ? defaultMaxBytes : Number(values["max-bytes"]);
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) throw new UserError("--max-bytes", "", `"${values["max-bytes"]}" is not a positive whole number`, "give a number of bytes, e.g. --max-bytes 20000000");
  return {
    command: command as Command,
    raw: values.raw,
    out: values.out,
    work: values.work,
    catalogue: values.catalogue,
    strict: values.strict,
    check: values.check,
    date: releaseDate(values.date, env, now),
    maxBytes,
    debug: values.debug,
    help: values.help,
  };
}
