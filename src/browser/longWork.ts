/**
 * Helpers for long work on the page's main thread: cancellation that looks like the DOM's (so
 * every layer can test `err.name === 'AbortError'`), and a pause that lets the browser paint the
 * progress bar and handle the cancel button between files.
 */
export function abortError(): Error {
  const err = new Error('aborted');
  err.name = 'AbortError';
  return err;
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

/** A macrotask boundary: React commits, the browser paints and runs clicks before work goes on. */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Yields at most every `sliceMs` of work: often enough for a responsive page, rarely enough
 * that the pauses (≥ 1 ms each in browsers) do not add up.
 */
export function timeSlicer(sliceMs = 50): () => Promise<void> {
  let last = performance.now();
  return async () => {
    if (performance.now() - last < sliceMs) return;
    await yieldToBrowser();
    last = performance.now();
  };
}
