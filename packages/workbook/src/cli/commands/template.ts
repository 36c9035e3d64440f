import * as path from 'node:path';
import { renderFinding, resolveUnit } from '@ledger-review/scoring';
import { consolidateExamined } from '../../consolidate/consolidate';
import type { ConsolidatedLedger } from '../../consolidate/types';
import { inspectionFileName, inspectionWorkbook, ledgerTemplates } from '../../issuing';
import { buildTemplateWorkbookPlan } from '../../template/workbook';
import { writeBytes } from '../../node/files';
import { examineFolder } from '../../node/folder';
import { renderWorkbook } from '../../xlsx/writer';
import { requiredOption, stringOption, usageError, type ParsedArgs } from '../args';
import { loadContext, openItemsOption } from '../context';
import { openItems } from '../../rectification/open';
import type { OpenRectification } from '../../rectification/types';
import { roundSchedule } from '@ledger-review/scoring';
import type { CliIO } from '../io';
import { say, type CliLang } from '../messages';
import { createProgress } from '../progress';

export async function runTemplate(args: ParsedArgs, io: CliIO, lang: CliLang): Promise<number> {
  const context = await loadContext(stringOption(args, 'template'), lang, io.err);
  // --review: the open 整改 items of the latest review's 整改台账 (those the office has not closed).
  const reviewPath = stringOption(args, 'review');
  const openAsOf = async (asOf: string): Promise<OpenRectification[]> => (reviewPath ? openItemsOption(reviewPath, context.roster, asOf, lang) : []);

  if (args.options.ledgers && args.options.inspection) throw usageError('cli-options-conflict', { option: '--ledgers', other: '--inspection' });
  if (args.options.ledgers) {
    const month = requiredOption(args, 'month', '2021-04');
    const outDir = stringOption(args, 'out') ?? '.';
    const unitName = stringOption(args, 'unit');
    let units = context.roster;
    if (unitName) {
      const r = resolveUnit(unitName, context.roster);
      if (!r.unit) throw usageError('cli-unit-unknown', { unit: unitName, candidates: r.candidates.map((u) => u.name).join('、') });
      units = [r.unit];
    }
    // Carry-forward: last month's accepted ledgers pre-fill this month's.
    const carryPaths = stringOption(args, 'carry');
    let previous: ConsolidatedLedger[] = [];
    if (carryPaths) {
      const c = consolidateExamined(await examineFolder([carryPaths], context), {});
      previous = c.ledgers;
      for (const f of c.files.filter((x) => x.status === 'rejected')) io.err(`${f.file}: ${renderFinding(f.reason, lang)}`);
    }
    const wanted = new Set(units.map((u) => u.code));
    const open = await openAsOf(`${month}-01`);
    const planned = ledgerTemplates(context, month, previous, openItems(open)).filter((_, i) => wanted.has(context.roster[i].code));
    const progress = createProgress();
    let i = 0;
    for (const file of planned) {
      progress.update(i++, planned.length, file.fileName);
      await writeBytes(path.join(outDir, file.fileName), await renderWorkbook(file.plan));
    }
    progress.done();
    const carried = planned.filter((p) => p.carried).length;
    io.out(say(lang, 'ledgersWritten', { count: units.length, folder: outDir, carried }));
    const listing = planned.filter((p) => p.openItems > 0);
    if (reviewPath) io.out(say(lang, 'ledgersRectification', { units: listing.length, items: listing.reduce((n, p) => n + p.openItems, 0) }));
    return 0;
  }

  if (args.options.inspection) {
    const period = requiredOption(args, 'period', '2021-B2');
    const out = stringOption(args, 'out') ?? inspectionFileName(period);
    const from = stringOption(args, 'from');
    let ledgers: ConsolidatedLedger[] = [];
    if (from) ledgers = consolidateExamined(await examineFolder([from], context), {}).ledgers;
    const asOf = roundSchedule(period, context.settings).start;
    const open = await openAsOf(asOf);
    const { plan } = inspectionWorkbook(context, period, ledgers, open.length ? { items: open, asOf } : undefined);
    await writeBytes(out, await renderWorkbook(plan));
    io.out(say(lang, 'inspectionWritten', { file: out }));
    return 0;
  }

  const out = stringOption(args, 'out') ?? '指标模板.xlsx';
  await writeBytes(out, await renderWorkbook(buildTemplateWorkbookPlan(context)));
  io.out(say(lang, 'templateWritten', { file: out }));
  return 0;
}
