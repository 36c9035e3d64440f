/**
 * A 双月检查 round in the task pane (SPEC §10), the same steps as `ledger-review round`: before
 * the round, the 检查通知 workbook and the team's 检查评分表 (self-scores pre-filled from the
 * period's ledgers, open 整改 items of the latest picked review in its 整改复查 sheet); after
 * scoring, one 检查反馈单 per unit and the 检查情况报告. The library functions are the CLI's; here
 * the picked files (already read) replace the command line's paths.
 */
import type { Finding } from '@ledger-review/scoring';
import {
  REVIEW_KIND,
  TEMPLATE_KIND,
  examineFile,
  feedbackFileName,
  feedbackFolder,
  feedbackPlan,
  inspectionWorkbook,
  isWorkbookFile,
  ledgerFacts,
  openRectifications,
  readMeta,
  readRegister,
  reviewContextFromTemplate,
  roundNoticeFileName,
  roundNoticePlan,
  roundReportFileName,
  roundReportPlan,
  roundContact,
  roundLedgers,
  roundResults,
  roundScored,
  workbookKind,
  META_KEYS,
  type FileExamination,
  type GridSheet,
  type ReceivedFile,
  type ReviewContext,
} from '@ledger-review/workbook';
import { readDocumentSettings } from '@ledger-review/workbook/documents';
import { defaultReviewContext } from './context';
import type { PlannedFile } from './plans';

/** What the round's picked files give before any output: the context, the ledgers, the open items. */
interface RoundSources {
  context: ReviewContext;
  templateFile: string | null;
  templateSheets: readonly GridSheet[] | undefined;
  /** The latest picked review (its 整改台账 gives the open items), or null. */
  reviewFile: { name: string; quarter: string; sheets: readonly GridSheet[] } | null;
  examined: FileExamination[];
}

function roundSources(files: readonly ReceivedFile[]): RoundSources {
  let context: ReviewContext | null = null;
  let templateFile: string | null = null;
  let templateSheets: readonly GridSheet[] | undefined;
  let reviewFile: RoundSources['reviewFile'] = null;
  const rest: ReceivedFile[] = [];
  for (const f of files) {
    const kind = isWorkbookFile(f) ? workbookKind(f.sheets) : null;
    if (isWorkbookFile(f) && kind === TEMPLATE_KIND) {
      // The first valid template workbook steers the round (roster, indicators, team for 回避, 文书设置).
      if (context) continue;
      const read = reviewContextFromTemplate(f.sheets).context;
      if (read) {
        context = read;
        templateFile = f.name;
        templateSheets = f.sheets;
      }
      continue;
    }
    if (isWorkbookFile(f) && kind === REVIEW_KIND) {
      const quarter = readMeta(f.sheets)?.[META_KEYS.quarter] ?? '';
      if (!reviewFile || quarter > reviewFile.quarter) reviewFile = { name: f.name, quarter, sheets: f.sheets };
      continue;
    }
    rest.push(f);
  }
  const ctx = context ?? defaultReviewContext();
  return { context: ctx, templateFile, templateSheets, reviewFile, examined: rest.map((f) => examineFile(f, ctx)) };
}

/** The contact line from the template workbook's 文书设置 (else the work plan's), as the CLI writes it. */
const contactLine = (templateSheets: readonly GridSheet[] | undefined) => roundContact(readDocumentSettings(templateSheets));

export interface RoundNotice {
  period: string;
  /** 检查通知.xlsx */
  notice: PlannedFile;
  /** 检查评分表.xlsx */
  scoring: PlannedFile;
  units: number;
  /** Units whose self-scores were pre-filled from a ledger of the period. */
  prefilledUnits: number;
  /** Open 整改 items listed for re-checking. */
  open: number;
  templateFile: string | null;
  reviewFile: string | null;
}

/** Before the round: the 检查通知 and the 检查评分表 (`ledger-review round --notice`). */
export function roundNoticeFiles(files: readonly ReceivedFile[], period: string, asOf: string): RoundNotice {
  const src = roundSources(files);
  const { context } = src;
  const open = src.reviewFile ? openRectifications(readRegister(src.reviewFile.sheets, asOf), context.roster, asOf) : [];
  const ledgers = roundLedgers(src.examined, period);
  const contact = contactLine(src.templateSheets);
  const scoring = inspectionWorkbook(context, period, ledgers, open.length ? { items: open, asOf } : undefined);
  return {
    period,
    notice: { fileName: roundNoticeFileName(period), plan: roundNoticePlan({ context, period, open, contact }) },
    scoring: { fileName: scoring.fileName, plan: scoring.plan },
    units: context.roster.length,
    prefilledUnits: scoring.prefilledUnits,
    open: open.length,
    templateFile: src.templateFile,
    reviewFile: src.reviewFile?.name ?? null,
  };
}

export interface RoundUnitLine {
  unitCode: string;
  unitName: string;
  /** 得分率 0–100. */
  rate: number;
  deducted: number;
  problems: number;
}

export type RoundResultFiles =
  | {
      ok: true;
      period: string;
      /** 检查情况报告.xlsx */
      report: PlannedFile;
      /** One 检查反馈单 per unit, named `检查反馈单/2021-B3/华龙区检查反馈单.xlsx` (the CLI's folder). */
      feedback: PlannedFile[];
      /** The zip of the 反馈单. */
      feedbackZipName: string;
      units: RoundUnitLine[];
      averageRate: number;
      /** The 80% line (settings). */
      line: number;
      /** Units below the line, lowest first. */
      below: RoundUnitLine[];
      /** 整改 items raised by the round. */
      items: number;
      /** Inspection workbooks used, and files of another period left out or with problems. */
      inspectionFiles: string[];
      notices: Finding[];
      /** Errors in the inspection workbooks used (the CLI exits 1 then). */
      inputErrors: number;
    }
  /** No scored inspection workbook of the period among the picked files. */
  | { ok: false; period: string; notices: Finding[] };

/** After scoring: the 检查反馈单 per unit and the 检查情况报告 (`ledger-review round --results`). */
export function roundResultFiles(files: readonly ReceivedFile[], period: string): RoundResultFiles {
  const src = roundSources(files);
  const { context } = src;
  const { files: ofPeriod, inspections, rechecks, notices, inputErrors } = roundScored(src.examined, period);
  if (!inspections.length) return { ok: false, period, notices };

  const ledgers = roundLedgers(src.examined, period);
  const input = { period, template: context.template, roster: context.roster, settings: context.settings, inspections, ledgers: ledgers.map(ledgerFacts) };
  const results = roundResults(input);
  const contact = contactLine(src.templateSheets);
  const folder = feedbackFolder(period);
  const feedback = results.summary.units.map((u): PlannedFile => ({
    fileName: `${folder}/${feedbackFileName({ name: u.unitName })}`,
    plan: feedbackPlan(results, u, input, contact),
  }));
  const { summary } = results;
  const units = summary.units.map((u): RoundUnitLine => ({
    unitCode: u.unitCode,
    unitName: u.unitName,
    rate: u.score.rate,
    deducted: u.deducted.length,
    problems: u.problems,
  }));
  return {
    ok: true,
    period,
    report: { fileName: roundReportFileName(period), plan: roundReportPlan(results, input, rechecks) },
    feedback,
    feedbackZipName: `${period}_检查反馈单.zip`,
    units,
    averageRate: summary.averageRate,
    line: summary.line,
    below: summary.below.map((code) => units.find((u) => u.unitCode === code)!),
    items: results.items.length,
    inspectionFiles: ofPeriod.map((e) => e.name),
    notices,
    inputErrors,
  };
}
