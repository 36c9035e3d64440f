/**
 * Live validation inside Excel (src/taskpane/unit/ledgerWatcher.ts) against a fake host and
 * fake timers: what is read, when, how often, and which marks are written.
 */
import { dueIndicators } from '@ledger-review/scoring';
import { defaultReviewContext, readGrids, renderWorkbook, unitLedgerPlan } from '@ledger-review/workbook';
import * as engine from '../../src/engine';
import { HostError } from '../../src/office/errors';
import { LedgerWatcher, type WatcherState } from '../../src/taskpane/unit/ledgerWatcher';
import { filledLedgerBytes, ledgerIndicators } from '../fixtures/ledgers';
import { FakeHost } from './viewsFakeHost';

const HUALONG = ledgerIndicators();
const FIRST_ROW = 6;
const PROGRESS_COL = 'H';

async function setUp(options: { liveSupported?: boolean; bytes?: Uint8Array } = {}) {
  const host = new FakeHost(readGrids(options.bytes ?? (await filledLedgerBytes())));
  const states: WatcherState[] = [];
  const watcher = new LedgerWatcher({
    ops: host,
    engine: async () => engine,
    liveSupported: options.liveSupported ?? true,
    onState: (s) => states.push(s),
  });
  return { host, watcher, states, last: () => states[states.length - 1] };
}

/** Host calls after `from`, as `op` or `op:args` for reads. */
function callsSince(host: FakeHost, from: number): string[] {
  return host.calls
    .slice(from)
    .map((c) => (c.op === 'read' ? `read:${c.args ? (c.args as string[]).join('+') : 'all'}` : c.op));
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

test('start: one full read and the marks sheet read, the verdict, live, selection and activation watched; nothing written when the marks are right', async () => {
  const { host, watcher, last } = await setUp();
  await watcher.start();
  // Opening the pane must not write: every write is an undo entry (ExcelApi 1.20) or clears undo.
  expect(callsSince(host, 0).sort()).toEqual([
    'read:all',
    'read:校验标记',
    'subscribe',
    'subscribe',
    'subscribe',
  ]);
  expect(last()).toMatchObject({ checking: false, live: 'on', error: null, checks: 1 });
  expect(last().check).toMatchObject({ unitName: '华龙区', month: '2021-04', canSubmit: true });
  await watcher.dispose();
});

test('start on a ledger whose marks are stale (a mark left for a fixed cell): the marks are rewritten once', async () => {
  const { host, watcher } = await setUp();
  host.edit('校验标记', 'H7', 'E');
  await watcher.start();
  expect(host.count('marks')).toBe(1);
  expect(host.calls.find((c) => c.op === 'marks')!.args).toMatchObject({ cells: [] });
  await watcher.validateNow();
  expect(host.count('marks')).toBe(1); // the workbook holds the right marks now
  await watcher.dispose();
});

test('typing in the next cell during the debounce (Excel in cell-edit mode): no error banner, the check runs once the edit ends', async () => {
  const { host, watcher, last } = await setUp();
  await watcher.start();
  host.edit('工作台账', `${PROGRESS_COL}${FIRST_ROW}`, 150);
  host.fireChange({ address: `${PROGRESS_COL}${FIRST_ROW}` });
  host.failNext.read = new HostError('cell-edit-mode');
  await jest.advanceTimersByTimeAsync(400);
  expect(last()).toMatchObject({ waiting: true, error: null });
  expect(last().check!.canSubmit).toBe(true);
  await jest.advanceTimersByTimeAsync(800);
  expect(last()).toMatchObject({ waiting: false, error: null });
  expect(last().check!.canSubmit).toBe(false);
  await watcher.dispose();
});

test('a dropdown pick Excel on the web did not report: leaving the 完成状态 cell re-checks; other moves do not', async () => {
  const { host, watcher, last } = await setUp();
  await watcher.start();
  const statusCol = host.sheets
    .find((s) => s.name === '工作台账')!
    .grid.find((r) => r.includes('完成状态'))!
    .indexOf('完成状态');
  const status = `${String.fromCharCode(65 + statusCol)}${FIRST_ROW}`;
  host.fireSelection('B3');
  host.fireSelection('C3');
  await jest.advanceTimersByTimeAsync(1000);
  const before = host.calls.length;
  host.fireSelection(status);
  // The unit picks 未启动 with progress 100 left in place: no onChanged on the web.
  host.edit('工作台账', status, '未启动');
  host.fireSelection(`A${FIRST_ROW + 3}`);
  await jest.advanceTimersByTimeAsync(400);
  expect(callsSince(host, before)[0]).toBe('read:工作台账+元数据');
  expect(last().check!.canSubmit).toBe(false);
  await watcher.dispose();
});

test('an edit: debounced, then exactly one read of the ledger and metadata and one marks write', async () => {
  const { host, watcher, last } = await setUp();
  await watcher.start();
  const before = host.calls.length;
  const row = FIRST_ROW + 1;
  host.edit('工作台账', `${PROGRESS_COL}${row}`, 150);
  // A paste arrives as a burst of change events: one check after they settle.
  host.fireChange({ address: `${PROGRESS_COL}${row}` });
  await jest.advanceTimersByTimeAsync(200);
  host.fireChange({ address: `${PROGRESS_COL}${row}` });
  await jest.advanceTimersByTimeAsync(399);
  expect(callsSince(host, before)).toEqual([]);
  await jest.advanceTimersByTimeAsync(1);
  expect(callsSince(host, before)).toEqual(['read:工作台账+元数据', 'marks']);
  expect(last().check!.canSubmit).toBe(false);
  expect(last().lastChange).toMatchObject({ address: `${PROGRESS_COL}${row}` });
  const marks = host.calls.at(-1)!.args as { cells: unknown[] };
  expect(marks.cells).toContainEqual({ row, col: 8, mark: 'E' });

  // An edit that changes no verdict costs one read and no write (Excel keeps its undo history).
  const mid = host.calls.length;
  host.edit('工作台账', `F${FIRST_ROW}`, '又补充了一些情况');
  host.fireChange({ address: `F${FIRST_ROW}` });
  await jest.advanceTimersByTimeAsync(400);
  expect(callsSince(host, mid)).toEqual(['read:工作台账+元数据']);

  // Fixing it (or undoing the edit) clears the mark.
  const fix = host.calls.length;
  host.edit('工作台账', `${PROGRESS_COL}${row}`, 100);
  host.fireChange({ address: `${PROGRESS_COL}${row}`, changeType: 'RangeEdited' });
  await jest.advanceTimersByTimeAsync(400);
  expect(callsSince(host, fix)).toEqual(['read:工作台账+元数据', 'marks']);
  expect((host.calls.at(-1)!.args as { cells: unknown[] }).cells).toEqual([]);
  expect(last().check!.canSubmit).toBe(true);
  await watcher.dispose();
});

test('changes of the hidden helper sheets (our own writes) start nothing', async () => {
  const { host, watcher } = await setUp();
  await watcher.start();
  const before = host.calls.length;
  host.fireChange({ sheetName: '校验标记', address: 'A1:N50' });
  host.fireChange({ sheetName: '元数据', address: 'B2' });
  await jest.advanceTimersByTimeAsync(1000);
  expect(callsSince(host, before)).toEqual([]);
  await watcher.dispose();
});

test('requests during a check are coalesced into one more check, never run in parallel', async () => {
  const { host, watcher } = await setUp();
  await watcher.start();
  const before = host.calls.length;
  const a = watcher.validateNow();
  const b = watcher.validateNow();
  const c = watcher.validateNow();
  await Promise.all([a, b, c]);
  expect(callsSince(host, before)).toEqual(['read:all', 'read:校验标记', 'read:all', 'read:校验标记']);
  await watcher.dispose();
});

test('activation re-reads the ledger and its metadata, not the whole workbook', async () => {
  const { host, watcher } = await setUp();
  await watcher.start();
  const before = host.calls.length;
  host.fireActivated();
  await jest.advanceTimersByTimeAsync(0);
  expect(callsSince(host, before)).toEqual(['read:工作台账+元数据']);
  await watcher.dispose();
});

test('a ledger sheet that vanished since the last full read: the live read falls back to a full one', async () => {
  const { host, watcher, last } = await setUp();
  await watcher.start();
  host.sheets.find((s) => s.name === '工作台账')!.name = '四月';
  host.failNext.read = new HostError('sheet-not-found', { sheet: '工作台账' });
  const before = host.calls.length;
  host.fireChange({ sheetName: '四月', address: 'F6' });
  await jest.advanceTimersByTimeAsync(400);
  expect(callsSince(host, before).slice(0, 2)).toEqual(['read:工作台账+元数据', 'read:all']);
  expect(last().check!.sheet).toBe('四月');
  expect(last().error).toBeNull();
  await watcher.dispose();
});

test('host errors are kept for the UI; a failed marks write is retried with the next check', async () => {
  const { host, watcher, last } = await setUp();
  host.edit('校验标记', 'H7', 'E'); // a stale mark, so the start has something to write
  host.failNext.marks = new HostError('cell-edit-mode');
  await watcher.start();
  expect(last().check!.canSubmit).toBe(true);
  expect(last().marksError).toBeInstanceOf(HostError);

  host.fireChange({ address: 'F6' });
  await jest.advanceTimersByTimeAsync(400);
  expect(host.count('marks')).toBe(2);
  expect(last().marksError).toBeNull();

  host.failNext.read = new HostError('office-error', { message: 'GeneralException' });
  await watcher.validateNow();
  expect((last().error as HostError).code).toBe('office-error');
  expect(last().check).not.toBeNull(); // the previous verdict stays visible

  host.failNext.select = new HostError('sheet-not-found', { sheet: '工作台账' });
  await watcher.select('工作台账', 'H7');
  expect((last().error as HostError).code).toBe('sheet-not-found');
  await watcher.select('工作台账', 'H8');
  expect(host.calls.filter((c) => c.op === 'select').map((c) => c.args)).toEqual([
    { sheet: '工作台账', address: 'H7' },
    { sheet: '工作台账', address: 'H8' },
  ]);
  await watcher.dispose();
});

test('without ExcelApi 1.7 nothing is subscribed for edits; a refused subscription is shown', async () => {
  const old = await setUp({ liveSupported: false });
  await old.watcher.start();
  expect(old.last().live).toBe('unavailable');
  expect(old.host.calls.filter((c) => c.op === 'subscribe').map((c) => c.args)).toEqual(['activated']);
  await old.watcher.dispose();

  const refused = await setUp();
  refused.host.failNext.subscribe = new HostError('requirement-missing', { version: '1.7' });
  await refused.watcher.start();
  expect(refused.last().live).toBe('failed');
  expect((refused.last().liveError as HostError).code).toBe('requirement-missing');
  expect(refused.last().check!.canSubmit).toBe(true); // the button still works
  await refused.watcher.dispose();
});

test('live validation can be switched off and on; dispose unsubscribes and ignores late timers', async () => {
  const { host, watcher, last } = await setUp();
  await watcher.start();
  await watcher.setLive(false);
  expect(last().live).toBe('off');
  expect(host.changeListener).toBeNull();
  await watcher.setLive(true);
  expect(last().live).toBe('on');

  host.fireChange({ address: 'F6' });
  const before = host.calls.length;
  await watcher.dispose();
  await jest.advanceTimersByTimeAsync(1000);
  expect(callsSince(host, before)).toEqual(['unsubscribe', 'unsubscribe', 'unsubscribe']);
  expect(host.changeListener).toBeNull();
  expect(host.activatedListener).toBeNull();
});

test('a workbook that is not a ledger gets the reason and no marks sheet', async () => {
  const inspection = engine.inspectionWorkbook(engine.defaultReviewContext(), '2021-B2');
  const { host, watcher, last } = await setUp({ bytes: await engine.renderWorkbook(inspection.plan) });
  await watcher.start();
  expect(last().check).toMatchObject({ isLedger: false });
  expect(host.count('marks')).toBe(0);
  await watcher.dispose();
});

test('a whole ledger of problems is still one read and one write per edit', async () => {
  const rows = Object.fromEntries(
    HUALONG.map((i) => [i.code, { status: '已完成' as const, progress: 10, evidence: '' }]),
  );
  const { host, watcher, last } = await setUp({ bytes: await filledLedgerBytes({ rows }) });
  await watcher.start();
  expect(last().check!.errors).toBeGreaterThanOrEqual(HUALONG.length);
  const before = host.calls.length;
  host.edit('工作台账', `H${FIRST_ROW}`, 100);
  host.fireChange({ address: `H${FIRST_ROW}` });
  await jest.advanceTimersByTimeAsync(400);
  expect(callsSince(host, before)).toEqual(['read:工作台账+元数据', 'marks']);
  await watcher.dispose();
});

test('沿用上月: a live re-read includes the hidden carried copy, so the stale-text warning holds until the cell is rewritten', async () => {
  const context = defaultReviewContext();
  const unit = context.roster.find((u) => u.name === '华龙区')!;
  const july = dueIndicators(context.template, unit, '2021-07', context.settings);
  const rows = july.map((i, n) => ({
    row: 0,
    code: i.code,
    workDone: n === 0 ? '本月办件2227件' : `推进${i.code}`,
    status: '推进中' as const,
    progress: 50,
    actual: i.target ? i.target.value : null,
    evidence: '',
    selfScore: 0,
    problems: '',
    nextSteps: '',
    remarks: '',
  }));
  const plan = unitLedgerPlan(context, unit, '2021-07', {
    header: { filler: '张明', phone: '0393-6666679', reviewer: '李华' },
    rows,
  }).plan;
  const bytes = await renderWorkbook(plan);
  const { host, watcher, last } = await setUp({ bytes });
  host.edit('工作台账', 'B3', 44411); // 2021-08-03
  await watcher.start();
  const stale = () =>
    last()
      .check!.findings.filter((f) => f.code === 'work-done-carried-stale')
      .map((f) => f.address);
  expect(stale()).toEqual(['F6']);
  const before = host.calls.length;
  host.edit('工作台账', 'H7', 60);
  host.fireChange({ address: 'H7' });
  await jest.advanceTimersByTimeAsync(1200);
  expect(callsSince(host, before)).toContain('read:工作台账+元数据+沿用上月');
  expect(stale()).toEqual(['F6']);
  host.edit('工作台账', 'F6', '7月办件2310件');
  host.fireChange({ address: 'F6' });
  await jest.advanceTimersByTimeAsync(1200);
  expect(stale()).toEqual([]);
  await watcher.dispose();
});
