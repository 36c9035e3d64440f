/**
 * `ledger-review documents <quarterly review workbook> --out <folder>` in-process: the documents
 * written, --round and --json, --template's 文书设置, and exit 2 with a Chinese error naming the
 * file for a missing file, a workbook that is not a review and an unknown round.
 */
import {
  DEFAULT_ROSTER,
  DEFAULT_TEMPLATE,
  defaultInspectionTeamStructure,
  resolveSettings,
} from '@ledger-review/scoring';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../helpers/cli';
import { buildTemplateWorkbookPlan } from '@ledger-review/workbook';
import { renderWorkbook } from '@ledger-review/workbook';
import { documentsFixture, type DocumentsFixture } from '../documents/fixture';
import { suiteTempDir } from '../helpers/tempDir';
import { testWithTools } from '../helpers/tools';

const dir = suiteTempDir('lr-cli-docs-');
const review = join(dir, '2021Q2_季度点评.xlsx');
const template = join(dir, '指标模板.xlsx');
let fx: DocumentsFixture;

beforeAll(async () => {
  fx = await documentsFixture();
  writeFileSync(review, fx.bytes);
  const roster = DEFAULT_ROSTER.map((u) => ({ ...u, aliases: [...u.aliases] }));
  writeFileSync(
    template,
    await renderWorkbook(
      buildTemplateWorkbookPlan({
        template: DEFAULT_TEMPLATE,
        roster,
        settings: resolveSettings(),
        team: defaultInspectionTeamStructure(roster),
      }),
    ),
  );
}, 60_000);

test("writes the quarter's documents and one 本单位情况 per unit; exit 0", async () => {
  const out = join(dir, '文书');
  const r = await cli('documents', review, '--out', out);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  expect(r.out).toContain('2021年第二季度：已写入');
  expect(r.out).toContain('2021Q2_点评通报.docx  濮法政办〔2021〕1号');
  expect(readdirSync(out).sort()).toEqual(
    [
      '2021Q2_点评会议通知.docx',
      '2021Q2_点评通报.docx',
      '2021Q2_通报批评决定.docx',
      '本单位情况',
      '约谈通知书',
    ].sort(),
  );
  expect(readdirSync(join(out, '本单位情况')).sort()).toEqual(
    fx.review.units.map((u) => `${u.unitName}.docx`).sort(),
  );
});

test('--round writes the 检查反馈单; --json lists every document; --template brings its 文书设置', async () => {
  const out = join(dir, 'json');
  const r = await cli(
    'documents',
    review,
    '--out',
    out,
    '--round',
    '2021-B2',
    '--json',
    '--template',
    template,
  );
  expect(r.code).toBe(0);
  const json = JSON.parse(r.out) as {
    quarter: string;
    documents: { kind: string; path: string; number: string | null }[];
  };
  expect(json.quarter).toBe('2021Q2');
  expect(json.documents.filter((d) => d.kind === 'feedback')).toHaveLength(fx.review.units.length);
  expect(json.documents[0]).toMatchObject({ kind: 'circular', number: '濮法政办〔2021〕1号' });
  expect(existsSync(join(out, '检查反馈单', '2021-B2', `${fx.review.units[0].unitName}.docx`))).toBe(true);
});

test('a file that is missing or not a review workbook, or a round it lacks: exit 2, a Chinese error naming the file', async () => {
  const missing = await cli('documents', join(dir, '没有这个文件.xlsx'), '--out', join(dir, 'x'));
  expect(missing.code).toBe(2);
  expect(missing.err).toContain('没有这个文件.xlsx”：该文件或目录不存在 [path-not-found]');

  const notReview = await cli('documents', template, '--out', join(dir, 'y'));
  expect(notReview.code).toBe(2);
  expect(notReview.err).toContain(`“${template}”不是季度点评工作簿：缺少“综合排名”工作表`);

  const round = await cli('documents', review, '--out', join(dir, 'z'), '--round', '2021-B4');
  expect(round.code).toBe(2);
  expect(round.err).toContain('点评工作簿中没有检查期间 2021-B4 的数据（有：2021-B2、2021-B3）');

  const usage = await cli('documents', '--out', join(dir, 'w'));
  expect(usage.code).toBe(2);
  expect(usage.err).toContain('documents 命令需要一个季度点评工作簿 [cli-missing-review-workbook]');
  expect((await cli('documents', review)).err).toContain(
    'documents 命令需要 --out，如 文书/ [cli-missing-option]',
  );
  expect((await cli('documents', review, '--out', dir, '--round', 'B3')).err).toContain(
    '选项 --round 的取值“B3”不是有效的检查期间',
  );
});

testWithTools(
  ['soffice'],
  '--pdf also writes each document as PDF beside its .docx (LibreOffice)',
  async () => {
    const out = join(dir, 'pdf');
    const r = await cli('documents', review, '--out', out, '--pdf');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const files = (readdirSync(out, { recursive: true }) as string[]).map(String);
    const docx = files.filter((f) => f.endsWith('.docx'));
    expect(files.filter((f) => f.endsWith('.pdf')).sort()).toEqual(
      docx.map((f) => f.replace(/\.docx$/, '.pdf')).sort(),
    );
    expect(existsSync(join(out, '本单位情况', `${fx.review.units[0].unitName}.pdf`))).toBe(true);
    expect(r.out).toContain(`PDF：${docx.length} 个`);
  },
  240_000,
);
