/** Messages of the documents module, in both languages (zh-CN first). */
export interface DocText {
  zh: string;
  en: string;
}

const t = (zh: string, en: string): DocText => ({ zh, en });

export const DOC_TEXT = {
  notReview: (why: string, whyEn: string) =>
    t(`不是季度点评工作簿：${why}。请选择由“季度点评”生成的工作簿（含“综合排名”“点评结果”等工作表）。`, `not a quarterly review workbook: ${whyEn}`),
  missingSheet: (sheet: string) => t(`缺少“${sheet}”工作表`, `sheet ${sheet} is missing`),
  missingHeader: (sheet: string, labels: string) =>
    t(`“${sheet}”工作表找不到表头（${labels}）`, `sheet ${sheet} has no header row with ${labels}`),
  noQuarter: () => t('元数据中没有季度', 'the metadata names no quarter'),
  noCachedResult: (sheet: string, cell: string) =>
    t(
      `“${sheet}”工作表 ${cell} 单元格的公式没有计算结果。请用 Excel、WPS 或 LibreOffice 打开该工作簿并保存后再生成文书`,
      `${sheet}!${cell} holds a formula without a computed result; open and save the workbook in Excel, WPS or LibreOffice first`,
    ),
  notANumber: (sheet: string, cell: string, value: string) =>
    t(`“${sheet}”工作表 ${cell} 单元格应为数字，现为“${value}”`, `${sheet}!${cell} should be a number, found "${value}"`),
  noUnits: () => t('“综合排名”中没有单位', 'the ranking lists no unit'),
  badSetting: (label: string, value: string, expected: string) =>
    t(`文书设置“${label}”的取值“${value}”无效：${expected}`, `document setting ${label} = "${value}" is invalid: ${expected}`),
  unknownRound: (round: string, periods: string) =>
    t(`点评工作簿中没有检查期间 ${round} 的数据（有：${periods}）`, `the review workbook holds no data of round ${round} (it has ${periods})`),
};

export class ReviewWorkbookError extends Error {
  readonly en: string;
  constructor(text: DocText) {
    super(text.zh);
    this.name = 'ReviewWorkbookError';
    this.en = text.en;
  }
}
