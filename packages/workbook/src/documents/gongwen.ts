/**
 * The 公文 layout of GB/T 9704-2012 (党政机关公文格式) on the `docx` library: A4, 天头 37 mm,
 * 订口 28 mm, 版心 156 × 225 mm, 22 lines of 28 characters in 3号 仿宋; the red 发文机关标志 and
 * separator, 发文字号 with 〔〕, the title in 2号 小标宋, 主送机关, headings 一、 in 黑体 and （一）
 * in 楷体, 附件说明, 署名 and 成文日期, attachments on their own pages, page numbers “— 1 —” in
 * 4号 宋体 (odd pages right, even pages left) and the 版记 (抄送, 印发机关 and 印发日期) at the
 * foot of the last page.
 *
 * Fonts are named as Chinese offices have them (仿宋_GB2312, 方正小标宋简体, 黑体, 楷体_GB2312, 宋体);
 * a desk without one substitutes its own, as with any 公文 template.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  OverlapType,
  RelativeHorizontalPosition,
  Tab,
  TableAnchorType,
  TabStopType,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IParagraphOptions,
  type ISectionOptions,
} from 'docx';

export const FONTS = {
  fangsong: '仿宋_GB2312',
  xiaobiaosong: '方正小标宋简体',
  heiti: '黑体',
  kaiti: '楷体_GB2312',
  songti: '宋体',
} as const;

/** Sizes in half-points (docx): 2号 22 pt, 小二 18 pt, 3号 16 pt, 4号 14 pt, 小四 12 pt, 五号 10.5 pt. */
export const SIZE = { er: 44, xiaoer: 36, san: 32, si: 28, xiaosi: 24, wu: 21 } as const;

const mm = (v: number) => Math.round((v / 25.4) * 1440);
/** 版心: 156 mm wide (订口 28 mm, right 26 mm), 225 mm high (天头 37 mm, bottom 35 mm). */
export const PAGE = {
  width: mm(210),
  height: mm(297),
  top: mm(37),
  left: mm(28),
  right: mm(26),
  bottom: mm(35),
  textWidth: mm(156),
  textHeight: mm(225),
} as const;
/** 22 lines in 225 mm: 28.95 pt per line. */
export const LINE = 579;
/** One 3号 character with the spacing that fits 28 of them in 156 mm (442 pt): 15.75 pt. */
const CHAR_SPACING = -5; // twentieths of a point per character
const CHAR = 320 + CHAR_SPACING; // twips
const RED = 'FF0000';

export type Inline = string | { text: string; bold?: boolean; font?: keyof typeof FONTS };

export type Block =
  | { kind: 'p'; text: Inline | Inline[]; indent?: boolean; align?: 'left' | 'center' | 'right'; size?: number }
  | { kind: 'h1'; text: string }
  | { kind: 'h2'; text: string; rest?: string }
  | { kind: 'blank' }
  | {
      kind: 'table';
      columns: number[];
      /** Header row (repeated on each page); none when empty. */
      header: string[];
      rows: string[][];
      align?: ('left' | 'center' | 'right')[];
      size?: number;
      /** Columns whose cells are labels (黑体), for a table of label/value pairs. */
      labelColumns?: number[];
    }
  | { kind: 'pageBreak' };

export interface Attachment {
  title: string;
  /** The title as it breaks into lines on the attachment's page (default: `title` on one line). */
  titleLines?: string[];
  blocks: Block[];
}

export interface GongwenSpec {
  /** 发文机关标志 (red); absent for documents without a 版头 (本单位情况). */
  mark?: string;
  /** 发文字号, e.g. 濮法政办〔2021〕12号. */
  number?: string;
  /** The title; several strings are its lines (broken where the words allow, GB/T 9704 7.3.2). */
  title: string | string[];
  /** 主送机关, without the colon. */
  recipients?: string;
  body: Block[];
  /** 附件说明 lists these titles; the attachments follow the 成文日期 on new pages. */
  attachments?: Attachment[];
  /** 署名 (发文机关) and 成文日期 (ISO). */
  signature?: string;
  date?: string;
  /** 版记: absent for documents without one. */
  imprint?: { copyTo?: string; printer: string; date: string };
  /** Document properties. */
  creator?: string;
  /** Page numbers (default true). */
  pageNumbers?: boolean;
  /** Tighter spacing around the title and the 署名, for a page that must stay one page. */
  compact?: boolean;
  /** Title size in half-points (2号 by default). */
  titleSize?: number;
}

/** `2021-07-15` → `2021年7月15日` (成文日期 uses Arabic numerals, no leading zeros: GB/T 9704 7.3.5). */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

const run = (text: string, font: string, size: number, extra: Partial<{ bold: boolean; color: string; scale: number }> = {}) =>
  new TextRun({
    text,
    font: { ascii: font, eastAsia: font, hAnsi: font, cs: font },
    size,
    characterSpacing: size === SIZE.san ? CHAR_SPACING : undefined,
    ...extra,
  });

const exact = (line: number, before = 0, after = 0): IParagraphOptions['spacing'] => ({ line, lineRule: LineRuleType.EXACT, before, after });

function inlineRuns(content: Inline | Inline[], font: string = FONTS.fangsong, size: number = SIZE.san): TextRun[] {
  return (Array.isArray(content) ? content : [content]).map((c) =>
    typeof c === 'string' ? run(c, font, size) : run(c.text, c.font ? FONTS[c.font] : font, size, { bold: c.bold }),
  );
}

/** Width of a line of text in twips, at 3号 (full-width characters one em, others half). */
function textWidth(s: string, em = CHAR): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\uffef]/.test(ch) ? em : em / 2;
  return w;
}

function tableBlock(b: Extract<Block, { kind: 'table' }>): Table {
  const size = b.size ?? SIZE.xiaosi;
  const total = b.columns.reduce((x, y) => x + y, 0);
  const widths = b.columns.map((c) => Math.floor((c / total) * PAGE.textWidth));
  const line = Math.round(size * 10 * 1.25);
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 60, right: 60, top: 20, bottom: 20 },
      children: text.split('\n').map(
        (part) =>
          new Paragraph({
            alignment: header ? AlignmentType.CENTER : b.align?.[i] === 'right' ? AlignmentType.RIGHT : b.align?.[i] === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
            spacing: exact(line),
            children: [run(part, header || b.labelColumns?.includes(i) ? FONTS.heiti : FONTS.fangsong, size)],
          }),
      ),
    });
  return new Table({
    width: { size: PAGE.textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      ...(b.header.length ? [new TableRow({ tableHeader: true, cantSplit: true, children: b.header.map((h, i) => cell(h, i, true)) })] : []),
      ...b.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((t, i) => cell(t, i, false)) })),
    ],
  });
}

function blockElements(b: Block, keepNext = false): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'p': {
      const size = b.size ?? SIZE.san;
      return [
        new Paragraph({
          alignment: b.align === 'center' ? AlignmentType.CENTER : b.align === 'right' ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED,
          indent: b.indent === false ? undefined : { firstLine: 2 * (size === SIZE.san ? CHAR : size * 10) },
          spacing: exact(size === SIZE.san ? LINE : Math.round(size * 10 * 1.75)),
          keepNext,
          children: inlineRuns(b.text, FONTS.fangsong, size),
        }),
      ];
    }
    case 'h1':
      return [new Paragraph({ indent: { firstLine: 2 * CHAR }, spacing: exact(LINE), keepNext: true, children: [run(b.text, FONTS.heiti, SIZE.san)] })];
    case 'h2':
      // （一）headings in 楷体; a heading may run on into its paragraph (“（一）……。正文”).
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: 2 * CHAR },
          spacing: exact(LINE),
          keepNext: keepNext || !b.rest,
          children: [run(b.text, FONTS.kaiti, SIZE.san), ...(b.rest ? [run(b.rest, FONTS.fangsong, SIZE.san)] : [])],
        }),
      ];
    case 'blank':
      return [new Paragraph({ spacing: exact(LINE), children: [] })];
    case 'table':
      return [tableBlock(b), new Paragraph({ spacing: exact(Math.round(LINE / 2)), children: [] })];
    case 'pageBreak':
      return [new Paragraph({ pageBreakBefore: true, spacing: exact(LINE), children: [] })];
  }
}

/** 发文机关标志: red 小标宋, centred, narrowed so it fits the 版心 on one line; 35 mm below the 版心's top. */
function markParagraph(mark: string): Paragraph {
  const chars = [...mark].length;
  const scale = 70;
  const sizePt = Math.min(42, Math.floor((PAGE.textWidth / 20 - 4) / (chars * (scale / 100))));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: mm(35), after: 0, line: Math.round(sizePt * 20 * 1.2), lineRule: LineRuleType.EXACT },
    children: [run(mark, FONTS.xiaobiaosong, sizePt * 2, { color: RED, scale })],
  });
}

/**
 * 版记 at the foot of the last page: 抄送 and 印发机关/印发日期 between rules (heavy, thin,
 * heavy), a table floating at the bottom of the 版心 — so its last line is the page's last line
 * wherever the body ends. About 1 mm narrower than the 版心 on each side: LibreOffice (7.4) keeps
 * a floating table within ~290 twips of the 版心's width in the text flow instead of placing it.
 */
function imprintTable(imprint: NonNullable<GongwenSpec['imprint']>): Table {
  const heavy = { style: BorderStyle.SINGLE, size: 8, color: '000000' }; // 1 pt ≈ 0.35 mm
  const thin = { style: BorderStyle.SINGLE, size: 6, color: '000000' }; // 0.75 pt ≈ 0.25 mm
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const one = 280; // one 4号 character
  const width = PAGE.textWidth - 300;
  const line = Math.round(SIZE.si * 10 * 1.6);
  const margins = { top: 60, bottom: 60, left: 0, right: 0 };
  // One full-width row a line of the 版记, ruled above and below.
  const ruledRow = (top: typeof thin, bottom: typeof thin, paragraph: Paragraph) =>
    new TableRow({
      children: [
        new TableCell({
          width: { size: width, type: WidthType.DXA },
          margins,
          borders: { top, bottom, left: none, right: none },
          children: [paragraph],
        }),
      ],
    });
  const rows: TableRow[] = [];
  if (imprint.copyTo) {
    rows.push(
      ruledRow(
        heavy,
        thin,
        new Paragraph({
          indent: { left: one + 3 * one, right: one, hanging: 3 * one },
          spacing: exact(line),
          children: [run(`抄送：${imprint.copyTo}。`, FONTS.fangsong, SIZE.si)],
        }),
      ),
    );
  }
  rows.push(
    ruledRow(
      imprint.copyTo ? thin : heavy,
      heavy,
      new Paragraph({
        indent: { left: one, right: one },
        tabStops: [{ type: TabStopType.RIGHT, position: width - 2 * one }],
        spacing: exact(line),
        children: [run(imprint.printer, FONTS.fangsong, SIZE.si), new TextRun({ children: [new Tab()] }), run(`${chineseDate(imprint.date)}印发`, FONTS.fangsong, SIZE.si)],
      }),
    ),
  );
  const copyLines = imprint.copyTo ? Math.ceil(textWidth(`抄送：${imprint.copyTo}。`, one) / (width - 5 * one)) : 0;
  const height = (copyLines ? copyLines * line + 120 : 0) + line + 120 + 40;
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    layout: TableLayoutType.FIXED,
    // No default cell margins: LibreOffice adds them to the width it compares with the 版心.
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    float: {
      horizontalAnchor: TableAnchorType.MARGIN,
      verticalAnchor: TableAnchorType.MARGIN,
      relativeHorizontalPosition: RelativeHorizontalPosition.CENTER,
      // An absolute offset from the 版心's top: LibreOffice ignores a bottom-aligned one.
      absoluteVerticalPosition: PAGE.textHeight - height,
      overlap: OverlapType.NEVER,
    },
    rows,
  });
}

function pageFooter(side: 'odd' | 'even'): Footer {
  // “— 1 —” in 4号 宋体, one character in from the outside edge (GB/T 9704 7.5).
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: 280 } : { left: 280 },
        children: [
          new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: { ascii: FONTS.songti, eastAsia: FONTS.songti, hAnsi: FONTS.songti }, size: SIZE.si }),
        ],
      }),
    ],
  });
}

const titleRuns = (title: string | string[], size: number = SIZE.er) =>
  (Array.isArray(title) ? title : [title]).map(
    (line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, font: { ascii: FONTS.xiaobiaosong, eastAsia: FONTS.xiaobiaosong, hAnsi: FONTS.xiaobiaosong }, size }),
  );

/** The paragraphs and tables of a 公文, in order. */
function content(spec: GongwenSpec): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  if (spec.mark) out.push(markParagraph(spec.mark));
  if (spec.number) {
    // 发文字号 two lines below the mark; the red separator 4 mm below it, as wide as the 版心.
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: exact(LINE, spec.mark ? 2 * LINE : 0),
        border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 11 } },
        children: [run(spec.number, FONTS.fangsong, SIZE.san)],
      }),
    );
  }
  // Title two lines below the separator, 2号 小标宋, centred (several lines when long).
  out.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: exact(Math.round((spec.titleSize ?? SIZE.er) * 10 * (spec.compact ? 1.3 : 1.5)), spec.number ? 2 * LINE : 0, spec.compact ? LINE / 2 : 0),
      children: titleRuns(spec.title, spec.titleSize),
    }),
  );
  if (spec.recipients) {
    out.push(new Paragraph({ spacing: exact(LINE, LINE), children: [run(`${spec.recipients}：`, FONTS.fangsong, SIZE.san)] }));
  } else if (!spec.compact) {
    out.push(new Paragraph({ spacing: exact(LINE), children: [] }));
  }
  // The 署名 never stands alone on a page: the last paragraph and the 附件说明 go with it.
  spec.body.forEach((b, i) => out.push(...blockElements(b, !!spec.signature && i === spec.body.length - 1)));

  const attachments = spec.attachments ?? [];
  if (attachments.length) {
    // 附件说明: one line below the body, two characters in; several attachments numbered 1. 2.
    const label = '附件：';
    attachments.forEach((a, i) => {
      const item = attachments.length > 1 ? `${i + 1}．${a.title}` : a.title;
      out.push(
        new Paragraph({
          spacing: exact(LINE, i === 0 ? LINE : 0),
          indent: { left: 2 * CHAR + textWidth(label), hanging: i === 0 ? textWidth(label) : 0 },
          keepNext: !!spec.signature,
          children: [run(i === 0 ? `${label}${item}` : item, FONTS.fangsong, SIZE.san)],
        }),
      );
    });
  }
  if (spec.signature && spec.date) {
    // Unstamped 公文 (GB/T 9704 7.3.5.3): 署名 two characters in from the right, the date on the
    // next line starting two characters to the right of the 署名's first character.
    const date = chineseDate(spec.date);
    const sigStart = PAGE.textWidth - 2 * CHAR - textWidth(spec.signature);
    out.push(
      new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 2 * CHAR }, spacing: exact(LINE, spec.compact ? LINE / 2 : 2 * LINE), keepNext: true, children: [run(spec.signature, FONTS.fangsong, SIZE.san)] }),
      new Paragraph({
        // Left-aligned from the computed position: the date's width depends on the font's digits.
        indent: sigStart + 2 * CHAR + textWidth(date) + 4 * CHAR <= PAGE.textWidth ? { left: sigStart + 2 * CHAR } : { left: PAGE.textWidth - 4 * CHAR - textWidth(date) - 2 * CHAR },
        spacing: exact(LINE),
        children: [run(date, FONTS.fangsong, SIZE.san)],
      }),
    );
  } else if (spec.date) {
    out.push(new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: 4 * CHAR }, spacing: exact(LINE, LINE), children: [run(chineseDate(spec.date), FONTS.fangsong, SIZE.san)] }));
  }
  attachments.forEach((a, i) => {
    // Each attachment on a new page: “附件” (or 附件1) in 黑体 at the top left, its title centred.
    out.push(
      new Paragraph({ pageBreakBefore: true, spacing: exact(LINE), children: [run(attachments.length > 1 ? `附件${i + 1}` : '附件', FONTS.heiti, SIZE.san)] }),
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: exact(Math.round(SIZE.er * 10 * 1.5), LINE, LINE), children: titleRuns(a.titleLines ?? a.title) }),
    );
    for (const b of a.blocks) out.push(...blockElements(b));
  });
  if (spec.imprint) out.push(imprintTable(spec.imprint), new Paragraph({ spacing: exact(LINE), children: [] }));
  return out;
}

/** The 公文 as a docx Document (one section, odd/even page numbers). */
export function gongwenDocument(spec: GongwenSpec): Document {
  const withNumbers = spec.pageNumbers !== false;
  const section: ISectionOptions = {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, header: mm(15), footer: mm(21), gutter: 0 },
      },
      grid: { linePitch: LINE },
    },
    footers: withNumbers ? { default: pageFooter('odd'), even: pageFooter('even') } : undefined,
    children: content(spec),
  };
  return new Document({
    creator: spec.creator ?? spec.signature ?? '',
    title: Array.isArray(spec.title) ? spec.title.join('') : spec.title,
    evenAndOddHeaderAndFooters: withNumbers,
    styles: {
      default: {
        document: {
          run: { font: { ascii: FONTS.fangsong, eastAsia: FONTS.fangsong, hAnsi: FONTS.fangsong }, size: SIZE.san },
          paragraph: { spacing: exact(LINE) },
        },
      },
    },
    sections: [section],
  });
}

/** The .docx bytes of a 公文. Works in Node and in the browser. */
export async function renderGongwen(spec: GongwenSpec): Promise<Uint8Array> {
  return Packer.pack(gongwenDocument(spec), 'uint8array');
}
