import { useCallback, useEffect, useRef, useState } from 'react';
import { loadEngine } from '../../engine/load';
import type { HostOps } from '../../office/types';
import { INITIAL_WATCHER_STATE, LedgerWatcher, type WatcherState } from '../unit/ledgerWatcher';

export interface LedgerWatch {
  state: WatcherState;
  validateNow(): void;
  setLive(on: boolean): void;
  select(sheet: string, address: string): void;
}

/** The live validation of the open workbook for the lifetime of the 单位校验 view. */
export function useLedgerWatcher(ops: HostOps, liveSupported: boolean): LedgerWatch {
  const [state, setState] = useState<WatcherState>(() =>
    liveSupported ? INITIAL_WATCHER_STATE : { ...INITIAL_WATCHER_STATE, live: 'unavailable' },
  );
  const watcher = useRef<LedgerWatcher | null>(null);

  useEffect(() => {
    const w = new LedgerWatcher({ ops, engine: loadEngine, liveSupported, onState: setState });
    watcher.current = w;
    void w.start();
    return () => {
      watcher.current = null;
      void w.dispose();
    };
  }, [ops, liveSupported]);

  const validateNow = useCallback(() => void watcher.current?.validateNow(), []);
  const setLive = useCallback((on: boolean) => void watcher.current?.setLive(on), []);
  const select = useCallback(
    (sheet: string, address: string) => void watcher.current?.select(sheet, address),
    [],
  );
  return { state, validateNow, setLive, select };
}
