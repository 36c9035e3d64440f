import { buildTemplateWorkbookPlan } from '@ledger-review/workbook';
import { buildSampleQuarter } from '@ledger-review/workbook/demo';
import { defaultReviewContext } from './context';
import type { PlannedFile } from './plans';

/**
 * The bundled sample quarter (载入示例数据) as files to render, for someone without ledgers of
 * their own: what the CLI's `demo` writes, in the same roles. The template workbook carries the
 * sample's named inspection team, so 回避 is checked for real; the previous quarter's inputs
 * exist only to build the previous review, whose 检查性发言 history the current review needs.
 */
export interface SampleFiles {
  quarter: string;
  previousQuarter: string;
  /** 指标模板.xlsx: the defaults plus the sample's inspection team. */
  template: PlannedFile;
  /** This quarter's ledgers and inspection workbooks, as the units and the team sent them. */
  current: PlannedFile[];
  /** The previous quarter's ledgers and inspection workbooks. */
  previous: PlannedFile[];
}

export function sampleQuarterFiles(): SampleFiles {
  const sample = buildSampleQuarter();
  const context = { ...defaultReviewContext(), team: sample.team };
  const asFile = (f: { fileName: string; plan: PlannedFile['plan'] }): PlannedFile => ({
    fileName: f.fileName,
    plan: f.plan,
  });
  return {
    quarter: sample.quarter,
    previousQuarter: sample.previousQuarter,
    template: { fileName: '指标模板.xlsx', plan: buildTemplateWorkbookPlan(context) },
    current: [...sample.ledgers, ...sample.inspections].map(asFile),
    previous: [...sample.previous.ledgers, ...sample.previous.inspections].map(asFile),
  };
}
