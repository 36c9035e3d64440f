import { DEFAULT_SETTINGS } from '../settings/settings';
import { unit } from '../scoring/testing/fixtures';
import { DEFAULT_OFFICE_CONTACT, campaignStatus, chaseText, type ReceivedLedger } from './status';

const A = { ...unit('XQ01', '华龙区', '县区'), contact: '王五', phone: '0393-1111111' };
const B = unit('XQ02', '清丰县', '县区');
const Z = unit('XQ07', '濮阳经济技术开发区', '县区', { kind: '功能区' });
const S = unit('SZ01', '市司法局', '市直');
const roster = [S, A, B, Z];

const got = (unitCode: string, month: string, filled: string | null, more: Partial<ReceivedLedger> = {}): ReceivedLedger => ({
  unitCode,
  month,
  filledDate: filled,
  receivedDate: null,
  filler: '',
  phone: '',
  ...more,
});

const ledgers: ReceivedLedger[] = [
  got('XQ01', '2021-01', '2021-02-03', { filler: '张三', phone: '13800000001', file: 'a1.xlsx' }),
  got('XQ01', '2021-02', '2021-03-09', { file: 'a2.xlsx' }),
  got('XQ01', '2021-03', '2021-04-05'),
  got('XQ02', '2021-01', '2021-02-05', { filler: '赵六', phone: '13900000002' }),
  got('SZ01', '2021-01', '2021-02-01'),
  got('SZ01', '2021-02', '2021-03-01'),
  got('SZ01', '2021-03', '2021-04-01'),
  got('SZ01', '2021-04', '2021-05-04', { filler: '钱七', phone: '0393-2222222' }),
];

describe('campaignStatus', () => {
  const s = campaignStatus({ roster, ledgers, asOf: '2021-05-06' });

  test('months from the campaign start (2021-01) to the last month ended; units 县区 then 市直', () => {
    expect(s.from).toBe('2021-01');
    expect(s.months).toEqual(['2021-01', '2021-02', '2021-03', '2021-04']);
    expect(s.units.map((u) => [u.unitName, u.group])).toEqual([
      ['华龙区', '县区'],
      ['清丰县', '县区'],
      ['濮阳经济技术开发区', '县区'],
      ['市司法局', '市直'],
    ]);
  });

  test('按时 / 逾期 N 天 / 未报送 per month; April due on 5 May is past due on the 6th', () => {
    const labels = (code: string) => s.units.find((u) => u.unitCode === code)!.months.map((c) => c.label);
    expect(labels('XQ01')).toEqual(['按时', '逾期 4 天', '按时', '未报送']);
    expect(labels('XQ02')).toEqual(['按时', '未报送', '未报送', '未报送']);
    expect(labels('SZ01')).toEqual(['按时', '按时', '按时', '按时']);
    expect(s.units[0].months[1].file).toBe('a2.xlsx');
    expect(s.totals).toEqual({ onTime: 7, late: 1, missing: 8, notDue: 0 });
  });

  test('on the due day itself a month not received is 未到期, never 未报送', () => {
    const early = campaignStatus({ roster, ledgers, asOf: '2021-05-05' });
    expect(early.units[0].months[3]).toMatchObject({ state: 'not-due', label: '未到期' });
    expect(early.units[0].overdue.map((o) => o.month)).toEqual([]);
    expect(early.totals.notDue).toBe(3);
  });

  test('the 催报 list: units with months past due and not received, days overdue as of the day', () => {
    expect(s.chase.map((u) => [u.unitName, u.overdue.map((o) => [o.month, o.daysOverdue])])).toEqual([
      ['华龙区', [['2021-04', 1]]],
      [
        '清丰县',
        [
          ['2021-02', 62],
          ['2021-03', 31],
          ['2021-04', 1],
        ],
      ],
      [
        '濮阳经济技术开发区',
        [
          ['2021-01', 90],
          ['2021-02', 62],
          ['2021-03', 31],
          ['2021-04', 1],
        ],
      ],
    ]);
  });

  test('the contact: the latest ledger naming someone, a blank field from the roster, else the roster, else none', () => {
    const contact = (code: string) => s.units.find((u) => u.unitCode === code)!.contact;
    expect(contact('XQ01')).toEqual({ name: '张三', phone: '13800000001', source: 'ledger', month: '2021-01' });
    expect(contact('SZ01')).toEqual({ name: '钱七', phone: '0393-2222222', source: 'ledger', month: '2021-04' });
    expect(contact('XQ07')).toEqual({ name: '', phone: '', source: 'none', month: null });
    const withRosterPhone = campaignStatus({ roster, ledgers: [got('XQ01', '2021-01', '2021-02-03', { filler: '张三' })], asOf: '2021-02-10' });
    expect(withRosterPhone.units[0].contact).toEqual({ name: '张三', phone: '0393-1111111', source: 'ledger', month: '2021-01' });
    const fromRoster = campaignStatus({ roster, ledgers: [], asOf: '2021-02-10' });
    expect(fromRoster.units[0].contact).toEqual({ name: '王五', phone: '0393-1111111', source: 'roster', month: null });
  });

  test('a resubmission: the later one counts (收到日期 over 填报日期), with a warning', () => {
    const r = campaignStatus({
      roster: [A],
      ledgers: [got('XQ01', '2021-01', '2021-02-03', { file: 'first.xlsx' }), got('XQ01', '2021-01', '2021-02-01', { receivedDate: '2021-02-08', file: 'again.xlsx' })],
      asOf: '2021-02-10',
    });
    expect(r.units[0].months[0]).toMatchObject({ label: '逾期 3 天', file: 'again.xlsx' });
    expect(r.warnings.map((w) => w.code)).toEqual(['ledger-duplicate']);
  });

  test('the start: an explicit month, the setting, or (setting blank) the earliest month received', () => {
    expect(campaignStatus({ roster, ledgers, asOf: '2021-05-06', from: '2021-03' }).months).toEqual(['2021-03', '2021-04']);
    expect(campaignStatus({ roster, ledgers: ledgers.filter((l) => l.month >= '2021-02'), asOf: '2021-05-06', settings: { campaignStart: '' } }).from).toBe('2021-02');
    expect(campaignStatus({ roster, ledgers: [], asOf: '2021-05-06', settings: { campaignStart: '' } }).months).toEqual(['2021-04']);
    // Before the campaign: nothing due.
    expect(campaignStatus({ roster, ledgers: [], asOf: '2020-12-20' }).months).toEqual([]);
  });

  test('ledgers of units not in the roster, and of months not yet ended, are left out', () => {
    const r = campaignStatus({ roster: [A], ledgers: [got('XX99', '2021-01', '2021-02-02'), got('XQ01', '2021-06', '2021-06-30')], asOf: '2021-02-10' });
    expect(r.months).toEqual(['2021-01']);
    expect(r.warnings.map((w) => w.code)).toEqual(['ledger-unknown-unit']);
  });

  test('settings are checked; the day must be a date', () => {
    expect(() => campaignStatus({ roster, ledgers, asOf: '2021-5-6' })).toThrow(RangeError);
    expect(() => campaignStatus({ roster, ledgers, asOf: '2021-05-06', settings: { ledgerDueDay: 40 } })).toThrow(/台账报送截止日/);
    expect(campaignStatus({ roster, ledgers, asOf: '2021-05-06', settings: { ledgerDueDay: 10 } }).units[0].months[1].label).toBe('按时');
    expect(DEFAULT_SETTINGS.campaignStart).toBe('2021-01');
  });
});

describe('chaseText', () => {
  const s = campaignStatus({ roster, ledgers, asOf: '2021-05-06' });

  test('one heading, then one line per unit with its contact, months and the office’s contact', () => {
    expect(chaseText(s, DEFAULT_OFFICE_CONTACT, 'zh-CN').split('\n')).toEqual([
      '【台账催报】截至2021年5月6日，以下 3 个单位尚有工作台账未报送（每月 5 日前报送上月台账）：',
      '1. 华龙区（填报人 张三，电话 13800000001）：2021年4月（截止2021年5月5日，已逾期 1 天）工作台账未报送。请尽快报送濮阳市法治政府建设领导小组办公室（联系人：薛世方，电话：6666679，邮箱：zfdxtk@163.com）。',
      '2. 清丰县（填报人 赵六，电话 13900000002）：2021年2月（截止2021年3月5日，已逾期 62 天）、2021年3月（截止2021年4月5日，已逾期 31 天）、2021年4月（截止2021年5月5日，已逾期 1 天）工作台账未报送。请尽快报送濮阳市法治政府建设领导小组办公室（联系人：薛世方，电话：6666679，邮箱：zfdxtk@163.com）。',
      '3. 濮阳经济技术开发区（未留填报人和电话）：2021年1月（截止2021年2月5日，已逾期 90 天）、2021年2月（截止2021年3月5日，已逾期 62 天）、2021年3月（截止2021年4月5日，已逾期 31 天）、2021年4月（截止2021年5月5日，已逾期 1 天）工作台账未报送。请尽快报送濮阳市法治政府建设领导小组办公室（联系人：薛世方，电话：6666679，邮箱：zfdxtk@163.com）。',
    ]);
  });

  test('in English, and with another contact (a blank field left out)', () => {
    const text = chaseText(s, { office: 'the office', name: '李四', phone: '', email: 'x@y.cn' }, 'en').split('\n');
    expect(text[0]).toBe('[Ledger reminder] As of 2021-05-06, 3 unit(s) have ledgers not yet received (each month’s ledger is due by day 5 of the next month):');
    expect(text[1]).toBe('1. 华龙区 (contact 张三, phone 13800000001): ledger of 2021-04 (due 2021-05-05, 1 day overdue) not received. Please send it to the office as soon as possible (contact 李四, email x@y.cn).');
  });

  test('nobody to chase', () => {
    const none = campaignStatus({ roster: [S], ledgers, asOf: '2021-05-06' });
    expect(chaseText(none, DEFAULT_OFFICE_CONTACT, 'zh-CN')).toBe('截至2021年5月6日，应报的工作台账均已收到，无需催报。');
  });
});
