import { isIsoDate, type OfficeContact } from '@ledger-review/scoring';
import type { GridSheet } from '../sheet/grid';
import { text, type CellPlan, type SheetPlan } from '../sheet/plan';
import { reviewWorkbookError } from './messages';

/**
 * The 公文's settings: who issues them, how they are numbered, to whom they go. Defaults are the
 * work plan's (濮法政办〔2021〕10号: issued by the office, sent to the counties, the three zones
 * and the city departments, contact 薛世方); the office changes them in a 文书设置 sheet (of the
 * template workbook or of the review workbook itself).
 */
export interface DocumentSettings {
  /** 发文机关 (署名 and 印发机关). */
  issuer: string;
  /** 发文机关标志, in red at the top of the first page. */
  issuerMark: string;
  /** 发文字号 pattern: {年} the year, {号} the sequence number. */
  numberPattern: string;
  /** Number of the first document (点评通报); the others follow in order. */
  firstNumber: number;
  /** The work plan the documents cite as their basis. */
  basis: string;
  /** 主送机关 of the 通报 and the 决定. */
  recipients: string;
  /** 抄送 in the 版记. */
  copyTo: string;
  /** 成文日期 of the 通报 and the 决定; '' = the 点评会议日. */
  issueDate: string;
  /** 点评会议: time of day and place. */
  meetingTime: string;
  meetingPlace: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
}

export const DEFAULT_DOCUMENT_SETTINGS: Readonly<DocumentSettings> = Object.freeze({
  issuer: '濮阳市法治政府建设领导小组办公室',
  issuerMark: '濮阳市法治政府建设领导小组办公室文件',
  numberPattern: '濮法政办〔{年}〕{号}号',
  firstNumber: 1,
  basis: '《濮阳市法治政府建设示范市创建“双月检查、季度点评”工作方案》（濮法政办〔2021〕10号）',
  recipients: '各县（区）党委、人民政府，开发区、工业园区、示范区党工委、管委会，市直各单位',
  copyTo: '市法治政府建设领导小组组长、副组长，市法治政府建设领导小组各成员单位',
  issueDate: '',
  meetingTime: '上午9:00',
  meetingPlace: '另行通知',
  contactName: '薛世方',
  contactPhone: '6666679',
  contactEmail: 'zfdxtk@163.com',
});

export const DOCUMENT_SETTINGS_SHEET = '文书设置';
const HEADER = ['设置项', '取值', '说明'] as const;

interface Row {
  key: keyof DocumentSettings;
  label: string;
  describe: string;
}

const ROWS: readonly Row[] = [
  { key: 'issuer', label: '发文机关', describe: '署名和版记中的印发机关' },
  { key: 'issuerMark', label: '发文机关标志', describe: '首页红色版头，一般为发文机关全称加“文件”' },
  { key: 'numberPattern', label: '发文字号格式', describe: '{年} 为年份，{号} 为顺序号，如 濮法政办〔{年}〕{号}号' },
  { key: 'firstNumber', label: '起始顺序号', describe: '点评通报的顺序号；会议通知、通报批评决定、约谈通知书依次顺延' },
  { key: 'basis', label: '依据文件', describe: '通报、决定中引用的工作方案' },
  { key: 'recipients', label: '主送机关', describe: '点评通报、通报批评决定的主送机关' },
  { key: 'copyTo', label: '抄送机关', describe: '版记中的抄送机关' },
  { key: 'issueDate', label: '成文日期', describe: '留空则为点评会议日；格式 2021-07-15 或 2021年7月15日' },
  { key: 'meetingTime', label: '会议时间', describe: '点评会议当日的开始时间' },
  { key: 'meetingPlace', label: '会议地点', describe: '点评会议地点' },
  { key: 'contactName', label: '联系人', describe: '创建专班联系人' },
  { key: 'contactPhone', label: '联系电话', describe: '' },
  { key: 'contactEmail', label: '电子信箱', describe: '' },
];

/** The 文书设置 sheet for the template workbook: one row per setting, values editable. */
export function documentSettingsSheet(settings: DocumentSettings = DEFAULT_DOCUMENT_SETTINGS): SheetPlan {
  const rows: CellPlan[][] = [HEADER.map((h) => text(h, 'header'))];
  for (const r of ROWS) {
    const v = settings[r.key];
    rows.push([
      text(r.label, 'locked'),
      typeof v === 'number' ? { value: v, style: 'input', unlocked: true } : text(v, 'input', { unlocked: true, wrap: true }),
      text(r.describe, 'note'),
    ]);
  }
  return {
    name: DOCUMENT_SETTINGS_SHEET,
    rows,
    columns: [{ width: 16 }, { width: 60 }, { width: 56 }],
    freeze: { rows: 1, columns: 0 },
  };
}

const DATE_RE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/**
 * Settings from the first workbook (in the order given) that has a 文书设置 sheet; rows found by
 * their label in column A, a blank value keeps the default. An invalid value is an error naming
 * the sheet and row (ReviewWorkbookError).
 */
export function readDocumentSettings(...workbooks: ReadonlyArray<readonly GridSheet[] | undefined>): DocumentSettings {
  const out: DocumentSettings = { ...DEFAULT_DOCUMENT_SETTINGS };
  const sheet = workbooks.flatMap((w) => w ?? []).find((s) => s.name.trim() === DOCUMENT_SETTINGS_SHEET);
  if (!sheet) return out;
  sheet.grid.forEach((cells, i) => {
    const label = String(cells?.[0] ?? '').trim();
    const def = ROWS.find((r) => r.label === label);
    const raw = cells?.[1];
    if (!def || raw === null || raw === undefined || String(raw).trim() === '') return;
    const value = String(raw).trim();
    const where = `${DOCUMENT_SETTINGS_SHEET} B${i + 1}`;
    if (def.key === 'firstNumber') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) throw reviewWorkbookError('document-setting-not-count', { setting: label, where, value });
      out.firstNumber = n;
    } else if (def.key === 'issueDate') {
      const m = typeof raw === 'number' ? null : DATE_RE.exec(value);
      const iso =
        typeof raw === 'number'
          ? new Date(Math.round((raw - 25569) * 86_400_000)).toISOString().slice(0, 10)
          : m
            ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`
            : '';
      if (!isIsoDate(iso)) throw reviewWorkbookError('document-setting-not-date', { setting: label, where, value });
      out.issueDate = iso;
    } else if (def.key === 'numberPattern') {
      if (!value.includes('{号}')) throw reviewWorkbookError('document-setting-no-number', { setting: label, where, value });
      out.numberPattern = value;
    } else {
      out[def.key] = value as never;
    }
  });
  return out;
}

/** 发文字号 of the n-th document: `濮法政办〔2021〕12号`. */
export function documentNumber(settings: DocumentSettings, year: number, n: number): string {
  return settings.numberPattern.replace(/\{年\}/g, String(year)).replace(/\{号\}/g, String(n));
}

/** The office's contact (发文机关, 联系人, 联系电话, 电子信箱) as the status, the 催报 text and each ledger's 填报说明 show it. */
export function officeContactOf(settings: Pick<DocumentSettings, 'issuer' | 'contactName' | 'contactPhone' | 'contactEmail'>): OfficeContact {
  return { office: settings.issuer, name: settings.contactName, phone: settings.contactPhone, email: settings.contactEmail };
}

const CONTACT_KEYS: ReadonlyArray<keyof DocumentSettings> = ['issuer', 'contactName', 'contactPhone', 'contactEmail'];

/**
 * The office's contact from the 文书设置 sheet of the first workbook that has one (defaults: the
 * work plan's). Reads only these plain-text rows, so a bad 起始顺序号 elsewhere in the sheet (an
 * error for the 公文) never stops a ledger or the 催报 from naming whom to call.
 */
export function readOfficeContact(...workbooks: ReadonlyArray<readonly GridSheet[] | undefined>): OfficeContact {
  const out: DocumentSettings = { ...DEFAULT_DOCUMENT_SETTINGS };
  const sheet = workbooks.flatMap((w) => w ?? []).find((s) => s.name.trim() === DOCUMENT_SETTINGS_SHEET);
  for (const cells of sheet?.grid ?? []) {
    const def = ROWS.find((r) => r.label === String(cells?.[0] ?? '').trim());
    const raw = cells?.[1];
    if (!def || !CONTACT_KEYS.includes(def.key) || raw === null || raw === undefined || String(raw).trim() === '') continue;
    out[def.key] = String(raw).trim() as never;
  }
  return officeContactOf(out);
}
