// The command line: the only module that touches process (argv, streams, exit status, signals).
// The stages and the recognizer are imported when a command needs them, so that --help and errors in the
// arguments answer at once.
import { parseCli, usage } from "./cli/args.ts";
import { isUserError, type UserError } from "./lib/errors.ts";
import { installInterruptHandlers } from "./lib/interrupt.ts";
import { ioUserError, isSystemError } from "./lib/io-errors.ts";

/** The user error an error stands for: itself, or a failed file operation (a full disk, a read-only folder ...). */
function asUserError(error: unknown): UserError | null {
  if (isUserError(error)) return error;
  if (isSystemError(error)) return ioUserError(error);
  return null;
}

async function main(argv: string[]): Promise<number> {
  const debug = argv.includes("--debug");
  try {
    const options = parseCli(argv);
    if (options.help) {
      process.stdout.write(`${usage}\n`);
      return 0;
    }
    if (options.command === "numbers") {
      const { runNumbersCommand } = await import("./arabic/numbers/jsonl.ts");
      await runNumbersCommand(process.stdin, process.stdout);
      return 0;
    }
    const { runStages } = await import("./cli/run.ts");
    return await runStages(options, { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) });
  } catch (error) {
    const userError = asUserError(error);
    if (userError) {
      process.stderr.write(`error: ${userError.message}\n`);
      if (debug) process.stderr.write(`${(error as Error).stack}\n`);
      return 1;
    }
    process.stderr.write(debug ? `internal error: ${(error as Error).stack}\n` : `internal error: ${(error as Error).message}\n  this is a bug: run again with --debug for the stack trace and report it\n`);
    return 1;
  }
}

/**
 * A reader that goes away before the run ends (`npm run pipeline | head -1`) closes the pipe: the run goes on
 * with its progress unread, as it would with nobody reading, rather than dying with a stack trace halfway.
 */
function ignoreClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
}

ignoreClosedPipe(process.stdout);
ignoreClosedPipe(process.stderr);
installInterruptHandlers(
  (status) => process.exit(status),
  (line) => process.stderr.write(`error: ${line}\n`),
);
process.exitCode = await main(process.argv.slice(2));
