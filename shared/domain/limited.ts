// You are here: running many independent jobs with at most n in flight, for the publication's loops
// over agencies (thousands of reads or jobs, which one at a time would wait on the network in turn).

/** Calls `job` for every item, at most `limit` at once; resolves when all have settled, rejects with the first error. */
export async function eachLimited<T>(items: readonly T[], limit: number, job: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      await job(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

/** `eachLimited`, keeping each result in the place of its item. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, job: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  await eachLimited(items, limit, async (item, index) => {
    results[index] = await job(item);
  });
  return results;
}
