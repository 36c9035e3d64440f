import type { Lang } from '@ledger-review/scoring';

/** CLI text in both languages (zh-CN default). */
export type CliLang = Lang;

const zh = {
  usage: `台账点评 ledger-review — 法治政府建设示范市创建“双月检查、季度点评”台账工具

用法:
  ledger-review template [--out 指标模板.xlsx]
      生成模板工作簿（指标体系、单位名录、评分规则、检查组），供办公室修改。
  ledger-review template --ledgers --month 2021-04 [--unit 华龙区] [--carry 上月台账目录] --out 目录
      为各单位（或指定单位）生成当月工作台账模板；--carry 以上月台账预填（沿用上月，改动处再修改）。
  ledger-review template --inspection --period 2021-B2 [--from 台账目录] --out 检查评分表.xlsx
      生成双月检查评分表，预填各单位本期最新台账的自评分。
  ledger-review validate 文件或目录... [--json]
      校验单位台账；退出码 0 全部通过，1 有错误，2 用法错误或文件无法读取。
  ledger-review consolidate 文件或目录... --out 汇总.xlsx [--quarter 2021Q2]
      汇总台账：台账汇总、报送情况、文件清单、问题清单。再次运行替换同单位同月份数据，保留办公室手填内容。
  ledger-review review 文件或目录... --quarter 2021Q2 --out 点评.xlsx [--previous 上季度点评.xlsx]
      生成季度点评工作簿：综合排名、得分明细、点评结果、通报问题、整改台账等（得分和排名为公式）。
  ledger-review documents 季度点评.xlsx --out 目录 [--round 2021-B3] [--pdf]
      由季度点评工作簿生成公文（.docx，GB/T 9704 格式）：点评通报、点评会议通知、通报批评决定和约谈通知书（如有）、
      各单位检查反馈单（--round）、每个单位一页的“本单位情况”；--pdf 另用 LibreOffice 转为 PDF。
      发文机关、发文字号、主送、抄送等取自“文书设置”工作表（点评工作簿或 --template 模板工作簿中），否则用工作方案的默认值。
      退出码 0 已生成，1 已生成但 PDF 未全部转换，2 用法错误或文件不是季度点评工作簿。
  ledger-review demo [目录]
      在目录（默认 demo-output）写入示例季度：各单位台账、检查评分表、季度点评工作簿和 文书/ 下的公文。

通用选项: --template 模板工作簿.xlsx（默认使用内置模板）  --lang en  --json  --quiet`,
  unknownCommand: (c: string) => `未知命令“${c}”`,
  usageError: '用法错误',
  seeHelp: '运行 ledger-review --help 查看用法。',
  failed: '运行失败',
};

const en: typeof zh = {
  usage: `ledger-review — ledger validation, consolidation and quarterly review for the rule-of-law government campaign

Usage:
  ledger-review template [--out template.xlsx]
      Write the template workbook (indicators, roster, scoring settings, inspection team) for the office to edit.
  ledger-review template --ledgers --month 2021-04 [--unit NAME] [--carry DIR] --out DIR
      Write each unit's (or one unit's) ledger for the month; --carry pre-fills from last month's ledgers.
  ledger-review template --inspection --period 2021-B2 [--from DIR] --out FILE
      Write the bimonthly inspection workbook, pre-filled with self-scores from each unit's latest ledger.
  ledger-review validate FILES_OR_DIRS... [--json]
      Validate unit ledgers; exit 0 all valid, 1 errors found, 2 usage error or unreadable input.
  ledger-review consolidate FILES_OR_DIRS... --out FILE [--quarter 2021Q2]
      Consolidate ledgers (data, submission status, file accounting, findings); re-running replaces, keeps typed columns.
  ledger-review review FILES_OR_DIRS... --quarter 2021Q2 --out FILE [--previous PREVIOUS_REVIEW.xlsx]
      Build the quarterly review workbook (rankings, scores, outcomes, problems, rectification; live formulas).
  ledger-review documents REVIEW.xlsx --out DIR [--round 2021-B3] [--pdf]
      Write the quarter's official documents (.docx, GB/T 9704 layout) from a review workbook: the circular, the meeting
      notice, the criticism decision and interview notices (when any), per-unit inspection feedback (--round) and a
      one-page summary per unit; --pdf also converts them with LibreOffice. Issuer, numbering, recipients and copy-to
      come from a 文书设置 sheet (in the review workbook or --template), else the work plan's defaults.
      Exit 0 written, 1 written but not every PDF converted, 2 usage error or not a review workbook.
  ledger-review demo [DIR]
      Write the sample quarter (ledgers, inspection workbooks, review workbook, documents in 文书/) into DIR (default demo-output).

Common options: --template TEMPLATE.xlsx (built-in default otherwise)  --lang en  --json  --quiet`,
  unknownCommand: (c: string) => `unknown command "${c}"`,
  usageError: 'usage error',
  seeHelp: 'Run ledger-review --help for usage.',
  failed: 'failed',
};

export function cliText(lang: CliLang): typeof zh {
  return lang === 'en' ? en : zh;
}
