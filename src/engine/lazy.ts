/**
 * A chunk loaded on first use and cached afterwards; a failed load (the server restarted, a
 * flaky network) is forgotten, so the next call tries again instead of repeating the failure.
 */
export function lazyChunk<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((err: unknown) => {
      pending = undefined;
      throw err;
    });
    return pending;
  };
}
