// A cold run of the command line on the project's own raw/, as a user runs it, against a bare `node -e 0`:
// a fresh publication into an empty output folder, then an unchanged run on the same folder, through the runner
// (scripts/pipeline.mjs, with the node flags of `npm run pipeline`) and through npm. The commands run in rounds, one after the other, so that a burst of
// load hits them alike; each ratio is the median of the ratios within a round. CPU time (user + system of the
// process and its children, from /proc) is reported beside the wall time: it moves less when the machine is busy.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { repoRoot } from "../lib/child.ts";
import { pipelineCommand } from "../lib/pipeline-command.ts";
import { fmtMs, fmtNum, median, table } from "../lib/format.ts";

export interface ColdStartFigure {
  label: string;
  command: string;
  runsMs: number[];
  ms: number;
  cpuMs: number | null;
  /** Median over the rounds of this command's time ÷ `node -e 0`'s in the same round. */
  ratioToNode: number;
  failures: string[];
}

/** User + system time of this process's waited-for children, in ms (Linux), or null. */
function childrenCpuMs(ticksPerSecond: number): number | null {
  try {
    // Fields after the command name (which may hold spaces): cutime and cstime are the 14th and 15th.
    const fields = readFileSync("/proc/self/stat", "utf8").replace(/^.*\) /s, "").split(" ");
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / ticksPerSecond;
  } catch {
    return null;
  }
}

interface Command {
  label: string;
  command: string;
  args: (tmp: string) => string[];
  /** Runs in the folder the previous command used (an unchanged re-run). */
  sameFolderAsPrevious?: boolean;
}

export function coldStart(rounds: number): ColdStartFigure[] {
  const ticks = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;
  const { flags, runner } = pipelineCommand();
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const folders = (tmp: string) => ["--out", join(tmp, "out"), "--work", join(tmp, "work")];
  const commands: Command[] = [
    { label: "node -e 0 (the floor)", command: process.execPath, args: () => ["-e", "0"] },
    { label: "node scripts/pipeline.mjs --help", command: process.execPath, args: () => [...flags, runner, "--help"] },
    { label: "node scripts/pipeline.mjs, fresh publication", command: process.execPath, args: (tmp) => [...flags, runner, ...folders(tmp)] },
    { label: "node scripts/pipeline.mjs, unchanged re-run", command: process.execPath, args: (tmp) => [...flags, runner, ...folders(tmp)], sameFolderAsPrevious: true },
    { label: "npm run -s pipeline, fresh publication", command: npm, args: (tmp) => ["run", "-s", "pipeline", "--", ...folders(tmp)] },
  ];
  // The runner rebuilds its bundle when a source is newer: do it now, not in a timed run.
  spawnSync(process.execPath, [runner, "--help"], { cwd: repoRoot, stdio: "ignore" });

  const runs = commands.map(() => ({ ms: [] as number[], cpu: [] as number[], failures: [] as string[] }));
  const perRound: Array<Array<number | undefined>> = [];
  for (let round = 0; round < rounds; round++) {
    const times: Array<number | undefined> = [];
    let tmp = "";
    for (const [index, command] of commands.entries()) {
      if (!command.sameFolderAsPrevious) {
        if (tmp) rmSync(tmp, { recursive: true, force: true });
        tmp = mkdtempSync(join(os.tmpdir(), "dgsn-bench-cli-"));
      }
      const cpuBefore = childrenCpuMs(ticks);
      const start = performance.now();
      const result = spawnSync(command.command, command.args(tmp), { cwd: repoRoot, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
      const ms = performance.now() - start;
      const cpuAfter = childrenCpuMs(ticks);
      if (result.status === 0) {
        runs[index]!.ms.push(ms);
        if (cpuBefore !== null && cpuAfter !== null) runs[index]!.cpu.push(cpuAfter - cpuBefore);
        times.push(ms);
      } else {
        runs[index]!.failures.push(`exit ${result.status ?? result.signal}: ${(result.stderr || result.stdout || "").trim().split("\n").slice(-3).join(" | ")}`);
        times.push(undefined);
      }
    }
    rmSync(tmp, { recursive: true, force: true });
    perRound.push(times);
  }
  return commands.map((command, index) => ({
    label: command.label,
    command: `${command.command === process.execPath ? "node" : command.command} ${command.args("<tmp>").join(" ").replace(`${repoRoot}/`, "")}`,
    runsMs: runs[index]!.ms,
    ms: median(runs[index]!.ms),
    cpuMs: runs[index]!.cpu.length ? median(runs[index]!.cpu) : null,
    ratioToNode: median(perRound.filter((t) => t[0] !== undefined && t[index] !== undefined).map((t) => t[index]! / t[0]!)),
    failures: runs[index]!.failures,
  }));
}

/** The figures as lines of the printed report. */
export function reportColdStart(rows: ColdStartFigure[]): string[] {
  const lines = [
    `Cold command line on raw/ (${Math.max(...rows.map((r) => r.runsMs.length))} rounds; fresh temporary --out and --work each round; ratio: median of the rounds' ratios to node -e 0)`,
    table(
      ["command", "runs", "median", "min", "max", "CPU", "× node -e 0"],
      rows.map((r) => [r.label, `${r.runsMs.length}${r.failures.length ? ` (+${r.failures.length} failed)` : ""}`, fmtMs(r.ms), fmtMs(Math.min(...r.runsMs)), fmtMs(Math.max(...r.runsMs)), fmtMs(r.cpuMs), fmtNum(r.ratioToNode)]),
    ),
  ];
  for (const r of rows) for (const f of r.failures) lines.push(`  ${r.label}: ${f}`);
  return lines;
}
