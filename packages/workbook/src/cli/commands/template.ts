import * as path from 'node:path';
import {
  assignInspectors,
  bimonthMonths,
  isBimonth,
  isMonth,
  monthLabel,
  resolveUnit,
  templateFingerprint,
  addMonths,
  type Unit,
} from '@ledger-review/scoring';
import { consolidate } from '../../consolidate/consolidate';
import { buildInspectionPlan } from '../../layouts/inspectionPlan';
import { buildLedgerPlan } from '../../layouts/ledgerPlan';
import { buildTemplateWorkbookPlan } from '../../layouts/templateWorkbook';
import { collectInputFiles, writeBytes } from '../../node/files';
import { ledgerFacts } from '../../pipeline';
import { renderWorkbook } from '../../xlsx/xlsxWriter';
import { readGrids } from '../../xlsx/readGrids';
import { UsageError, stringOption, type ParsedArgs } from '../args';
import { loadContext } from '../context';
import type { CliIO } from '../main';
import type { CliLang } from '../messages';
import { createProgress } from '../progress';
import { batchReader } from './shared';

/** File name of a unit's ledger: stable, readable, sorts by unit. */
export function ledgerFileName(unit: Unit, month: string): string {
  return `${unit.name}_${monthLabel(month)}_工作台账.xlsx`;
}

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
    const carried = new Map<string, ReturnType<typeof consolidate>['ledgers'][number]>();
    if (carryPaths) {
      const files = await collectInputFiles([carryPaths]);
      const c = consolidate(files, { ...context, readGrids: batchReader(files, readGrids) });
      for (const l of c.ledgers) if (l.month === addMonths(month, -1)) carried.set(l.unitCode, l);
      for (const f of c.files.filter((x) => x.status === 'rejected')) io.err(`${f.file}: ${en ? f.reasonEn : f.reason}`);
    }
    const progress = createProgress();
    let i = 0;
    for (const unit of units) {
      progress.update(i++, units.length, unit.name);
      const prev = carried.get(unit.code);
      const plan = buildLedgerPlan({
        template: context.template,
        unit,
        month,
        settings: context.settings,
        fingerprint: templateFingerprint(context.template.indicators),
        carry: prev ? { header: { filler: prev.header.filler, phone: prev.header.phone, reviewer: prev.header.reviewer }, rows: prev.rows } : undefined,
      });
      await writeBytes(path.join(outDir, ledgerFileName(unit, month)), await renderWorkbook(plan));
    }
    progress.done();
    io.out(en ? `${units.length} ledgers written to ${outDir} (${carried.size} pre-filled from last month)` : `已生成 ${units.length} 份台账模板到 ${outDir}（其中 ${carried.size} 份沿用上月内容预填）`);
    return 0;
  }

  if (args.options.inspection) {
    const period = stringOption(args, 'period');
    if (!period || !isBimonth(period)) throw new UsageError(en ? '--period YYYY-Bn is required' : '需要 --period，如 2021-B2');
    const out = stringOption(args, 'out') ?? `${period}_双月检查评分表.xlsx`;
    const selfScores: Record<string, Record<string, number | null>> = {};
    const from = stringOption(args, 'from');
    if (from) {
      const files = await collectInputFiles([from]);
      const c = consolidate(files, { ...context, readGrids: batchReader(files, readGrids) });
      const months = bimonthMonths(period);
      // The latest ledger inside the period supplies each unit's self-scores.
      for (const l of [...c.ledgers].sort((a, b) => a.month.localeCompare(b.month))) {
        if (months.includes(l.month)) selfScores[l.unitCode] = ledgerFacts(l).selfScores;
      }
    }
    const assignment: Record<string, string> = {};
    const byCode = new Map(context.roster.map((u) => [u.code, u.name]));
    for (const a of assignInspectors(context.team, context.roster)) assignment[a.unitCode] = byCode.get(a.bureauCode) ?? a.bureauCode;
    const plan = buildInspectionPlan({
      template: context.template,
      units: context.roster,
      period,
      team: context.team,
      selfScores,
      assignment,
      roster: context.roster,
      selfHighRatio: context.settings.selfHighRatio,
    });
    await writeBytes(out, await renderWorkbook(plan));
    io.out(en ? `inspection workbook written: ${out}` : `已生成检查评分表：${out}`);
    return 0;
  }

  const out = stringOption(args, 'out') ?? '指标模板.xlsx';
  await writeBytes(out, await renderWorkbook(buildTemplateWorkbookPlan(context)));
  io.out(en ? `template workbook written: ${out}` : `已生成模板工作簿：${out}`);
  return 0;
}
