/** Cancellation that looks like the DOM's, so every layer can test `err.name === 'AbortError'`. */
export function abortError(): Error {
  const err = new Error('aborted');
  err.name = 'AbortError';
  return err;
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}
