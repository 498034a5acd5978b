// V8 lets a heap that allocates fast grow to up to four times what it held after its last full collection
// before collecting again. Publishing 10,000 sources allocates fast, and its garbage kept the main thread's heap
// at 350-400 MB for about 60 MB held (peak RSS 710-860 MB). Growing by at most a fifth between full collections
// caps it (about 490 MB; a third gave 540-590 MB) for some more CPU time in collections. A small corpus is left
// alone: on the seed the extra collections while the heap grows from nothing cost about 30 ms of a cold run.
// Node warns that changing V8's flags after start-up may have unpredictable effects; this one only changes when
// full collections run, is set before the large allocations begin, and the bench's corpus (10,000 sources)
// runs with it: it bears on memory and time, not on what is computed.
import { setFlagsFromString } from "node:v8";

/** Text from which the heaps' growth is bounded (the corpus worth worker threads, sources.ts). */
export const boundedHeapFromBytes = 1_000_000;

let bounded = false;

/** Bounds the growth of every heap of the process (this thread's, and worker threads started after) for a large corpus. */
export function boundHeapGrowth(corpusBytes: number): void {
  if (bounded || corpusBytes < boundedHeapFromBytes) return;
  setFlagsFromString("--heap-growing-percent=20");
  bounded = true;
}
