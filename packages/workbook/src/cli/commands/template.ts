import * as path from 'node:path';
import { isBimonth, isMonth, renderFinding, resolveUnit } from '@ledger-review/scoring';
import { consolidateExamined } from '../../consolidate/consolidate';
import type { ConsolidatedLedger } from '../../consolidate/types';
import { inspectionFileName, inspectionWorkbook, ledgerTemplates } from '../../issuing';
import { buildTemplateWorkbookPlan } from '../../template/workbook';
import { writeBytes } from '../../node/files';
import { examineFolder } from '../../node/folder';
import { renderWorkbook } from '../../xlsx/writer';
import { UsageError, stringOption, type ParsedArgs } from '../args';
import { loadContext } from '../context';
import type { CliIO } from '../io';
import type { CliLang } from '../messages';
import { createProgress } from '../progress';

export async function runTemplate(args: ParsedArgs, io: CliIO, lang: CliLang): Promise<number> {
  const context = await loadContext(stringOption(args, 'template'), lang, io.err);
  const en = lang === 'en';

  if (args.options.ledgers) {
    const month = stringOption(args, 'month');
    if (!month || !isMonth(month)) throw new UsageError(en ? '--month YYYY-MM is required' : '需要 --month，如 2021-04');
    const outDir = stringOption(args, 'out') ?? '.';
    const unitName = stringOption(args, 'unit');
    let units = context.roster;
    if (unitName) {
      const r = resolveUnit(unitName, context.roster);
      if (!r.unit) throw new UsageError(`${en ? 'unknown unit' : '单位不在名录中'}：${unitName}${r.candidates.length ? `（${en ? 'did you mean' : '您是否要填写'} ${r.candidates.map((u) => u.name).join('、')}）` : ''}`);
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
    io.out(en ? `${units.length} ledgers written to ${outDir} (${carried} pre-filled from last month)` : `已生成 ${units.length} 份台账模板到 ${outDir}（其中 ${carried} 份沿用上月内容预填）`);
    return 0;
  }

  if (args.options.inspection) {
    const period = stringOption(args, 'period');
    if (!period || !isBimonth(period)) throw new UsageError(en ? '--period YYYY-Bn is required' : '需要 --period，如 2021-B2');
    const out = stringOption(args, 'out') ?? inspectionFileName(period);
    const from = stringOption(args, 'from');
    let ledgers: ConsolidatedLedger[] = [];
    if (from) ledgers = consolidateExamined(await examineFolder([from], context), {}).ledgers;
    const { plan } = inspectionWorkbook(context, period, ledgers);
    await writeBytes(out, await renderWorkbook(plan));
    io.out(en ? `inspection workbook written: ${out}` : `已生成检查评分表：${out}`);
    return 0;
  }

  const out = stringOption(args, 'out') ?? '指标模板.xlsx';
  await writeBytes(out, await renderWorkbook(buildTemplateWorkbookPlan(context)));
  io.out(en ? `template workbook written: ${out}` : `已生成模板工作簿：${out}`);
  return 0;
}
