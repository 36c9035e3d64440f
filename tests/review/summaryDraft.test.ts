/**
 * The 点评通报 draft reads like one (issue 10): every unit tied at a cut-off is named, dates are
 * written 2021年7月15日, rates carry their unit, problems are summarised by area with counts, an
 * 约谈 says whom, and the 整改 instruction names where units report it. The 公文's 点评通报 says
 * the same things.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { QuarterReview, UnitQuarterResult } from '@ledger-review/scoring';
import { summaryLines } from '@ledger-review/workbook';
import { buildDocuments, readReviewDocumentModel } from '@ledger-review/workbook/documents';
import { readGrids } from '@ledger-review/workbook';
import { documentsFixture } from '../documents/fixture';
import { buildSampleQuarter } from './sampleQuarter';

const sample = buildSampleQuarter();
const draft = (review: QuarterReview = sample.review) => summaryLines(review, sample.consolidation, sample.template).map((l) => l.text.zh);

/** The sample's 县区 re-ranked 1, 2, 3, 3, 5, 6: the 3rd and 4th units tie at 3rd. */
function tiedAtThird(): QuarterReview {
  const review: QuarterReview = structuredClone(sample.review);
  const counties = review.units.filter((u) => u.group === '县区').sort((a, b) => a.order - b.order);
  expect(counties).toHaveLength(6);
  const ranks = [1, 2, 3, 3, 5, 6];
  counties.forEach((u: UnitQuarterResult, i) => {
    u.rank = ranks[i];
    u.tied = ranks[i] === 3;
    u.order = i + 1;
    u.bottomRank = 1 + ranks.filter((r) => r > ranks[i]).length;
  });
  counties[3].composite = counties[2].composite;
  return review;
}

test('every unit tied at a cut-off is named, at the top and at the bottom, none twice', () => {
  const review = tiedAtThird();
  const counties = review.units.filter((u) => u.group === '县区').sort((a, b) => a.order - b.order);
  const line = draft(review).find((l) => l.startsWith('县区'))!;
  const [top, bottom] = line.split('居后的是');
  for (const u of counties.slice(0, 4)) expect(top).toContain(u.unitName);
  expect(top).toContain(`${counties[3].unitName}（${counties[3].composite.toFixed(2)} 分，第 3 名，并列）`);
  for (const u of counties.slice(4)) expect(bottom).toContain(u.unitName);
  for (const u of counties.slice(0, 4)) expect(bottom).not.toContain(u.unitName);
  // The sample's own tie at the bottom (two units at 4th of 6) names both.
  const own = draft().find((l) => l.startsWith('县区'))!.split('居后的是')[1];
  const tiedAtFourth = sample.review.units.filter((u) => u.group === '县区' && u.rank === 4);
  expect(tiedAtFourth).toHaveLength(2);
  for (const u of tiedAtFourth) expect(own).toContain(`${u.unitName}（`);
});

test('dates in Chinese, rates with their unit, 约谈 says whom, 整改 is reported where units report it', () => {
  const lines = draft();
  expect(lines).toContain(lines.find((l) => l.startsWith('点评会议日：2021年7月15日。')));
  expect(lines.join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  const mean = sample.review.units.reduce((s, u) => s + u.inspectionRate, 0) / sample.review.units.length;
  expect(lines.join('\n')).toContain(`各单位平均检查得分率 ${mean.toFixed(2)}%`);
  expect(lines).toContain('约谈主要领导：南乐县（县政府主要负责同志）、市自然资源和规划局（单位主要负责同志）。');
  expect(lines.find((l) => l.startsWith('各单位要对照'))).toContain('在下月工作台账的“整改情况”表中逐项填报整改进展');
});

test('problems are summarised by area with counts that add up to every problem found', () => {
  const lines = draft();
  const total = Number(/双月检查发现问题 (\d+) 条/.exec(lines.join('\n'))![1]);
  const areaLines = lines.filter((l) => /^\d\. .+方面：\d+ 条，涉及 \d+ 个单位。如/.test(l));
  expect(areaLines.length).toBeGreaterThanOrEqual(2);
  const counted = areaLines.reduce((s, l) => s + Number(/方面：(\d+) 条/.exec(l)![1]), 0);
  const rest = lines.find((l) => l.startsWith('其他 '));
  expect(counted + (rest ? Number(/共 (\d+) 条/.exec(rest)![1]) : 0)).toBe(total);
  // Most problems first.
  const counts = areaLines.map((l) => Number(/方面：(\d+) 条/.exec(l)![1]));
  expect([...counts].sort((a, b) => b - a)).toEqual(counts);
});

test('the 公文 点评通报 names whom the 约谈 is with and where 整改 is reported, with Chinese dates', async () => {
  const fx = await documentsFixture();
  const files = await buildDocuments(readReviewDocumentModel(readGrids(fx.bytes)));
  const circular = files.find((f) => f.path.endsWith('点评通报.docx'))!;
  const body = strFromU8(unzipSync(circular.bytes)['word/document.xml']).replace(/<[^>]+>/g, '');
  expect(body).toContain('并约谈南乐县政府主要负责同志和市自然资源和规划局主要负责同志');
  expect(body).toContain('在下月工作台账的“整改情况”表中逐项填报整改进展');
  expect(body).toMatch(/于\d{4}年\d{1,2}月\d{1,2}日/);
});
