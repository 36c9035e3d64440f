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
import { loadContext } from '../context';
import type { CliIO } from '../io';
import { say, type CliLang } from '../messages';
import { createProgress } from '../progress';

export async function runTemplate(args: ParsedArgs, io: CliIO, lang: CliLang): Promise<number> {
  const context = await loadContext(stringOption(args, 'template'), lang, io.err);

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
    const planned = ledgerTemplates(context, month, previous).filter((_, i) => wanted.has(context.roster[i].code));
    const progress = createProgress();
    let i = 0;
    for (const file of planned) {
      progress.update(i++, planned.length, file.fileName);
      await writeBytes(path.join(outDir, file.fileName), await renderWorkbook(file.plan));
    }
    progress.done();
    const carried = planned.filter((p) => p.carried).length;
    io.out(say(lang, 'ledgersWritten', { count: units.length, folder: outDir, carried }));
    return 0;
  }

  if (args.options.inspection) {
    const period = requiredOption(args, 'period', '2021-B2');
    const out = stringOption(args, 'out') ?? inspectionFileName(period);
    const from = stringOption(args, 'from');
    let ledgers: ConsolidatedLedger[] = [];
    if (from) ledgers = consolidateExamined(await examineFolder([from], context), {}).ledgers;
    const { plan } = inspectionWorkbook(context, period, ledgers);
    await writeBytes(out, await renderWorkbook(plan));
    io.out(say(lang, 'inspectionWritten', { file: out }));
    return 0;
  }

  const out = stringOption(args, 'out') ?? '指标模板.xlsx';
  await writeBytes(out, await renderWorkbook(buildTemplateWorkbookPlan(context)));
  io.out(say(lang, 'templateWritten', { file: out }));
  return 0;
}
