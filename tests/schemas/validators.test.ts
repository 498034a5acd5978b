// The precompiled validators (pipeline/validators/precompiled.ts) are what `npm run types` generates from
// schemas/, and they judge every document exactly as ajv compiling the schemas at run time did.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { ValidateFunction } from "ajv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { schemasDir } from "../../pipeline/lib/schemas.ts";
import { validators } from "../../pipeline/validators/precompiled.ts";
import { generateValidators, schemaAjv, validatorsFile } from "../../scripts/validators-source.ts";
import { repoRoot, runPipeline } from "../helpers/pipeline.ts";

const jsonFiles = (dir: string) => readdirSync(join(repoRoot, dir)).filter((f) => f.endsWith(".json")).map((f) => join(repoRoot, dir, f));

/** Real documents of every kind the pipeline validates: catalogue, lexicons, affixes, source metadata, and the seed's artifacts. */
async function samples(): Promise<Array<{ name: string; data: unknown }>> {
  const files = [...jsonFiles("pipeline/catalogue"), ...jsonFiles("pipeline/arabic/lexicon"), join(repoRoot, "pipeline/extract/cue-affixes.json"), ...jsonFiles("raw")];
  const fromFiles = files.map((file) => ({ name: relative(repoRoot, file), data: JSON.parse(readFileSync(file, "utf8")) as unknown }));
  const run = await runPipeline();
  const artifacts = [
    { name: "ingested", data: run.ingested[0] },
    { name: "extracted", data: run.extracted[0] },
    { name: "mention", data: run.extracted[0]?.mentions[0] },
    { name: "validated", data: run.validated },
    { name: "derived", data: run.derived },
    { name: "versions", data: JSON.parse(run.plan.tree.get("versions.json")!.toString("utf8")) },
  ];
  return [...fromFiles, ...JSON.parse(JSON.stringify(artifacts))];
}

/** A copy of `data` with one value, chosen by `pick`, replaced, removed, or given an unknown sibling. */
function mutate(data: unknown, pick: number, kind: number, value: unknown): unknown {
  const copy = structuredClone(data);
  const containers: Array<Record<string, unknown> | unknown[]> = [];
  const walk = (node: unknown) => {
    if (node && typeof node === "object") {
      containers.push(node as Record<string, unknown>);
      Object.values(node).forEach(walk);
    }
  };
  walk(copy);
  const target = containers[pick % Math.max(1, containers.length)];
  if (!target) return value;
  const keys = Object.keys(target);
  const key = keys[pick % Math.max(1, keys.length)];
  if (kind === 0 || key === undefined) (target as Record<string, unknown>).zz_unknown = value;
  else if (kind === 1) {
    if (Array.isArray(target)) target.splice(Number(key), 1);
    else delete target[key];
  } else (target as Record<string, unknown>)[key] = value;
  return copy;
}

describe("pipeline/validators/precompiled.ts", () => {
  it("is what `npm run types` generates from schemas/ (the schemas are the single definition)", async () => {
    const committed = readFileSync(join(repoRoot, validatorsFile), "utf8");
    expect(committed === (await generateValidators(schemasDir)), `${validatorsFile} is stale: run npm run types`).toBe(true);
  }, 60_000);

  it("has a validator for every schema file and nothing else", () => {
    const files = readdirSync(schemasDir).filter((f) => f.endsWith(".schema.json")).sort();
    expect(Object.keys(validators).sort()).toEqual(files);
  });

  it("gives the verdict and the errors of ajv compiling the schemas, on real documents and mutated ones", async () => {
    // ajv's own layout (each $ref's code copied where it is used): the generated code is laid out otherwise
    // (compactCode), which must not change what is accepted nor any error, in the order reported.
    const { ajv, files } = await schemaAjv(schemasDir);
    const docs = await samples();
    // schemaPath names the checked keyword inside the function that checks it, which a $ref no longer copied
    // changes ("#/type" for "#/definitions/trilingual/type"); nothing reads it (lib/schemas.ts reports an error
    // by its keyword, params, message and instance path).
    const reported = (errors: ValidateFunction["errors"]) => errors?.map(({ schemaPath: _where, ...error }) => error) ?? null;
    const compare = (file: string, data: unknown) => {
      const compiled = ajv.getSchema(file)!;
      const precompiled = validators[file]!;
      const verdict = precompiled(data);
      expect(verdict).toBe(compiled(data));
      expect(reported(precompiled.errors)).toEqual(reported(compiled.errors));
      return verdict;
    };
    // Every document against every schema: most pairs fail, which exercises the error paths as well.
    let valid = 0;
    for (const doc of docs) for (const file of files) if (compare(file, doc.data)) valid++;
    expect(valid).toBeGreaterThanOrEqual(docs.length);

    const values = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom("", "2024-02-30", "https://مثال.ma/ص", "not a url", "(", -1, 1.5, null));
    fc.assert(
      fc.property(fc.nat(docs.length - 1), fc.constantFrom(...files), fc.nat(), fc.integer({ min: 0, max: 2 }), values, (index, file, pick, kind, value) => {
        compare(file, mutate(docs[index]!.data, pick, kind, value));
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it("is the only way the pipeline validates: no module of pipeline/ imports ajv's compiler", () => {
    const offenders: string[] = [];
    const visit = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) visit(path);
        else if (entry.name.endsWith(".ts") && /^import (?!type )[^;]*from "ajv(-formats)?(\/dist\/(?!runtime|formats)[^"]*)?";/m.test(readFileSync(path, "utf8"))) {
          offenders.push(relative(repoRoot, path));
        }
      }
    };
    visit(join(repoRoot, "pipeline"));
    expect(offenders).toEqual([]);
  });
});
