// A CPU profile of one pipeline run (--profile), summarised by function and by package.
import { readFileSync } from "node:fs";
import { repoRoot } from "../lib/child.ts";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export function summariseProfile(file: string, top: number) {
  const profile = JSON.parse(readFileSync(file, "utf8")) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfById = new Map<number, number>();
  profile.samples.forEach((id, i) => selfById.set(id, (selfById.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const where = (url: string) => url.replace(/^file:\/\//, "").replace(`${repoRoot}/`, "");
  const packageOf = (url: string) => {
    const path = where(url);
    const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    if (module) return module[1]!;
    if (path.startsWith("pipeline/")) return path.split("/").slice(0, path.startsWith("pipeline/arabic/") ? 3 : 2).join("/");
    if (path.startsWith("node:") || path === "") return path || "(native, GC, idle)";
    return path;
  };
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let total = 0;
  for (const [id, us] of selfById) {
    const frame = nodes.get(id)!.callFrame;
    const fn = `${frame.functionName || "(anonymous)"} ${where(frame.url)}${frame.url ? `:${frame.lineNumber + 1}` : ""}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    const pkg = frame.functionName === "(garbage collector)" ? "(garbage collector)" : packageOf(frame.url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
    total += us;
  }
  const ranked = (map: Map<string, number>) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, us]) => ({ name, ms: us / 1000, share: us / total }));
  return { file, totalMs: total / 1000, topFunctions: ranked(byFunction), topPackages: ranked(byPackage) };
}
