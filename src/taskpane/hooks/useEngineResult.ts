import { useState } from 'react';
import { yieldToBrowser } from '../../browser/longWork';
import { loadEngine, type Engine } from '../../engine/load';

export interface EngineResult<R> {
  /** The last result, with the key of the inputs it was made from (to tell when they changed). */
  made: { value: R; key: string } | null;
  busy: boolean;
  /** What the last run threw; null after a run that did not. */
  error: unknown;
  run(key: string, compute: (engine: Engine) => R): Promise<void>;
}

/** A result the (lazily loaded) engine works out on a click, as 双月检查 and 年度汇总 summarise the picked files. */
export function useEngineResult<R>(): EngineResult<R> {
  const [made, setMade] = useState<{ value: R; key: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async (key: string, compute: (engine: Engine) => R) => {
    setBusy(true);
    setError(null);
    try {
      const engine = await loadEngine();
      await yieldToBrowser(); // paint the spinner before the synchronous stretch
      setMade({ value: compute(engine), key });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return { made, busy, error, run };
}
