import { todayIso } from '../components/LedgerResult';
import { formatMonth, previousQuarter, quarterOf } from '@ledger-review/scoring';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ledgerMonths } from '../../browser/pickedFiles';
import { loadEngine } from '../../engine/load';
import type { HostContext } from '../../office/types';
import {
  isAbort,
  runOffice,
  sampleFiles,
  type ReviewRunOutcome,
  type RunProgress,
} from '../session/reviewRun';
import type { PickedFilesState } from './usePickedFiles';
import type { DecisionRequest } from '../components/officeDecisionLists';
import type { GridSheet } from '@ledger-review/workbook';

/** The quarter whose review comes next: the last completed one. */
export function defaultReviewQuarter(today: Date): string {
  return previousQuarter(quarterOf(formatMonth(today.getFullYear(), today.getMonth() + 1)));
}

export interface ReviewSession {
  /** The quarter to review: chosen, else inferred from the picked ledgers, else the last one. */
  quarter: string;
  quarterSource: 'chosen' | 'inferred' | 'default';
  setQuarter(quarter: string): void;
  progress: RunProgress | null;
  outcome: ReviewRunOutcome | null;
  /** Completed runs so far (a new result replaces the old one's download messages). */
  runs: number;
  /** The picked files changed since the outcome was made. */
  stale: boolean;
  error: unknown;
  cancelled: boolean;
  run(): Promise<void>;
  loadSample(): Promise<void>;
  cancel(): void;
  /** Sheets of the user's own the run would replace, waiting for an answer; null when not asking. */
  confirm?: { sheets: string[] } | null;
  answerConfirm?(replace: boolean): void;
  /**
   * 办公室调整: types the line into the review (the open workbook's, else the one on screen) and
   * builds the review again from it, so the confirmed lists and everything after follow it.
   */
  adjust?(request: DecisionRequest): Promise<boolean>;
}

/**
 * The office's side of the task pane, shared by 汇总台账 (picking, running, file statuses) and
 * 季度点评 (ranking, downloads): one quarter, one result, one piece of long work at a time.
 */
export function useReviewSession(host: HostContext, files: PickedFilesState, today: Date): ReviewSession {
  const [chosen, setChosen] = useState<string | null>(null);
  const [inferred, setInferred] = useState<string | null>(null);
  const [progress, setProgress] = useState<RunProgress | null>(null);
  const [outcome, setOutcome] = useState<ReviewRunOutcome | null>(null);
  const [runs, setRuns] = useState(0);
  const [ranWith, setRanWith] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [cancelled, setCancelled] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const [confirm, setConfirm] = useState<{ sheets: string[] } | null>(null);
  const answer = useRef<((replace: boolean) => void) | null>(null);

  const months = ledgerMonths(files.files).join(',');
  useEffect(() => {
    if (!months) {
      setInferred(null);
      return;
    }
    let live = true;
    // The engine is loaded already: it read the files these months came from.
    void loadEngine().then((engine) => {
      if (live) setInferred(engine.inferReviewQuarter(months.split(',')));
    });
    return () => {
      live = false;
    };
  }, [months]);

  const quarter = chosen ?? inferred ?? defaultReviewQuarter(today);
  const quarterSource = chosen ? 'chosen' : inferred ? 'inferred' : 'default';
  const fileIds = files.files.map((f) => f.id).join(',');

  /** Runs one piece of long work; true when it completed (not cancelled, no error). */
  const longWork = useCallback(async (work: (signal: AbortSignal) => Promise<void>): Promise<boolean> => {
    controller.current?.abort();
    const ac = new AbortController();
    controller.current = ac;
    setError(null);
    setCancelled(false);
    try {
      await work(ac.signal);
      return true;
    } catch (err) {
      if (isAbort(err)) setCancelled(true);
      else setError(err);
      return false;
    } finally {
      if (controller.current === ac) controller.current = null;
      setProgress(null);
    }
  }, []);

  // In browser mode the review the office adjusted lives only here (and in its download): a
  // re-run of the same quarter starts from it, as one in Excel starts from the open workbook.
  const adjusted = useRef<{ quarter: string; sheets: GridSheet[] } | null>(null);

  const build = useCallback(
    (forQuarter: string, request?: DecisionRequest) =>
      longWork(async (signal) => {
        const engine = await loadEngine();
        const kept = adjusted.current?.quarter === forQuarter ? adjusted.current.sheets : undefined;
        const onScreen = outcome?.result.quarter === forQuarter ? outcome.result.run.plan : null;
        const result = await runOffice({
          host,
          inputs: files.reviewInputs(),
          quarter: forQuarter,
          engine,
          signal,
          asOf: todayIso(today),
          amendReview: (existing) => {
            const base = existing ?? kept;
            if (!request) return base;
            const line = engine.decisionLine(request.kind, request.action, request.unitName, request.reason);
            return engine.typeDecisionLine(
              base ?? (onScreen ? engine.reviewSheetsOfPlan(onScreen) : []),
              line,
            );
          },
          onProgress: setProgress,
          confirmReplace: (sheets) =>
            new Promise<boolean>((resolve) => {
              answer.current = resolve;
              setConfirm({ sheets });
            }),
        });
        if (request && host.kind === 'browser')
          adjusted.current = {
            quarter: forQuarter,
            sheets: engine.reviewSheetsOfPlan(result.result.run.plan),
          };
        setOutcome(result);
        setRuns((n) => n + 1);
        setRanWith(fileIds);
      }),
    [longWork, host, files, fileIds, today, outcome],
  );
  const run = useCallback(async () => void (await build(quarter)), [build, quarter]);
  const adjust = useCallback(
    (request: DecisionRequest) => build(outcome?.result.quarter ?? quarter, request),
    [build, outcome, quarter],
  );

  const loadSample = useCallback(
    () =>
      longWork(async (signal) => {
        const engine = await loadEngine();
        files.add(await sampleFiles({ engine, signal, onProgress: setProgress }));
      }).then(() => undefined),
    [longWork, files],
  );

  const answerConfirm = useCallback((replace: boolean) => {
    const resolve = answer.current;
    answer.current = null;
    setConfirm(null);
    resolve?.(replace);
  }, []);

  const cancel = useCallback(() => {
    controller.current?.abort();
    answerConfirm(false);
  }, [answerConfirm]);

  return {
    quarter,
    quarterSource,
    setQuarter: setChosen,
    progress,
    outcome,
    runs,
    stale: outcome !== null && ranWith !== fileIds,
    error,
    cancelled,
    run,
    loadSample,
    cancel,
    confirm,
    answerConfirm,
    adjust,
  };
}
