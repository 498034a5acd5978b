// What the tests of pipeline/parallel/ compare of a source's work, and how they catch a run's failure.
import type { SourceWork } from "../../pipeline/parallel/sources.ts";

/** What a source gives, without the times each stage took. */
export const results = (work: SourceWork[]) => work.map(({ ingested, extracted, sentences }) => ({ ingested, extracted, sentences }));

/** The message a run fails with; the test fails if it does not. */
export async function failure(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("the run did not fail");
}
