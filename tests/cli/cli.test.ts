/**
 * The ledger-review CLI called in-process (`main(argv, io)` with captured output): usage and
 * exit codes (0 valid, 1 errors, 2 usage error or unreadable input), `validate --json`, English
 * output, `template` variants writing real files, carry-forward, consolidate/review, and no
 * progress output when stderr is not a terminal.
 */
import { DEFAULT_TEMPLATE, dueIndicators, resolveSettings } from '@ledger-review/scoring';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// The CLI is a program, not library surface: tests drive it through its entry point.
import { cli, validateInputs, type Captured } from '../helpers/cli';
import { suiteTempDir } from '../helpers/tempDir';
import {
  consolidate,
  defaultReviewContext,
  readGrids,
  readReceivedFile,
  readTemplateWorkbook,
} from '@ledger-review/workbook';
import { editXlsx, loadXlsx, rowWith, sheetOf } from '../fixtures/excel';
import { filledLedgerBytes, unitOf } from '../fixtures/ledgers';
import { pngLikeBytes } from '../fixtures/bad/hostileInputs';

const context = defaultReviewContext();
// The indicators of 华龙区's April ledger (填报频次: the quarterly and yearly ones are not due in April).
const HUALONG_CODES = dueIndicators(DEFAULT_TEMPLATE, unitOf('华龙区'), '2021-04', resolveSettings()).map(
  (i) => i.code,
);

const dir = suiteTempDir('lr-cli-');
// 清丰县's ledger also has a row 已完成 at 50%: two errors.
const { good, bad, notZip } = validateInputs(dir, { [HUALONG_CODES[0]]: { status: '已完成', progress: 50 } });

/** One file's entry in `validate --json`, as far as these tests read it. */
interface ValidateEntry {
  file: string;
  kind: string;
  status: string;
  valid: boolean;
  errors: number;
  findings: Array<Record<string, unknown>>;
}
const validateJson = (r: Captured) => JSON.parse(r.out) as ValidateEntry[];

describe('usage', () => {
  test('--help prints the usage in Chinese and exits 0; no command exits 2', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('用法：ledger-review <命令> [选项]');
    for (const c of ['template', 'validate', 'consolidate', 'review', 'documents', 'demo'])
      expect(help.out).toMatch(new RegExp(`^  ${c} +\\S`, 'm'));
    expect(help.out).toContain(
      '退出码：0 完成；1 输入文件有错误（结果已写出）；2 用法错误或没有可读取的输入',
    );
    expect((await cli()).code).toBe(2);
  });

  test('--help per command names every option of that command and its exit codes; --version answers', async () => {
    const help = await cli('review', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^ledger-review review — 生成季度点评工作簿/);
    for (const o of [
      '--quarter',
      '--out',
      '--previous',
      '--as-of',
      '--force',
      '--json',
      '--template',
      '--lang',
    ])
      expect(help.out).toContain(o);
    expect(help.out).toContain('退出码：0 完成；1 输入文件有错误，结果已写出；2 用法错误或没有可读取的输入');
    const v = await cli('--version');
    expect(v).toMatchObject({
      code: 0,
      out: expect.stringMatching(/^台账点评 ledger-review \d+\.\d+\.\d+\n?$/),
    });
  });

  test('--lang en switches the usage to English', async () => {
    const help = await cli('--help', '--lang', 'en');
    expect(help.code).toBe(0);
    expect(help.out).toContain('Usage:');
    expect(help.out).not.toMatch(/用法/);
  });

  test('an unknown command is a usage error (exit 2) with a pointer to --help', async () => {
    const r = await cli('frobnicate');
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toBe(
      '用法错误：未知命令“frobnicate” [cli-unknown-command]\n运行 ledger-review --help 查看用法。',
    );
    expect((await cli('frobnicate', '--lang', 'en')).err).toBe(
      'usage error: Unknown command "frobnicate" [cli-unknown-command]\nRun ledger-review --help for usage.',
    );
  });

  test.each([
    [['validate'], 'validate 命令需要要处理的文件或目录 [cli-missing-files]'],
    [['template', '--ledgers'], 'template 命令需要 --month，如 2021-04 [cli-missing-option]'],
    [
      ['template', '--ledgers', '--month', '2021-13'],
      '选项 --month 的取值“2021-13”不是有效的月份：应为 YYYY-MM（月份 01–12），如 2021-04 [cli-bad-month]',
    ],
    [
      ['template', '--inspection', '--period', '2021-B7'],
      '选项 --period 的取值“2021-B7”不是有效的检查期间：应为 YYYY-Bn（n 为 1–6，B1 为 1–2 月），如 2021-B2 [cli-bad-period]',
    ],
    [['template', '--ledgers', '--month', '2021-04', '--unit', '华龙'], ''],
    [['consolidate', '.'], 'consolidate 命令需要 --out，如 汇总.xlsx [cli-missing-option]'],
    [['review', 'in', '--out', 'x.xlsx'], 'review 命令需要 --quarter，如 2021Q2 [cli-missing-option]'],
    [
      ['review', 'in', '--out', 'x.xlsx', '--quarter', '2021-Q2'],
      '选项 --quarter 的取值“2021-Q2”不是有效的季度：应为 YYYYQn（n 为 1–4），如 2021Q2 [cli-bad-quarter]',
    ],
    [['template', '--out'], '选项 --out 需要一个取值，如 路径 [cli-missing-value]'],
    [
      ['review', 'in', '--out', 'x.xlsx', '--quarter', '2021Q2', '--previus', 'q1.xlsx'],
      'review 命令没有选项 --previus，您是否要用 --previous [cli-unknown-option]',
    ],
    [
      ['template', '--ledgers', '--inspection'],
      '选项 --ledgers 与 --inspection 不能同时使用 [cli-options-conflict]',
    ],
  ])('%j is a usage error', async (argv, message) => {
    if (argv.includes('--unit')) {
      // 华龙 is an alias of 华龙区: not an error (writes into a temp folder instead).
      const r = await cli(...argv, '--out', join(dir, 'alias'));
      expect(r.code).toBe(0);
      expect(readdirSync(join(dir, 'alias'))).toEqual(['华龙区_2021年4月_工作台账.xlsx']);
      return;
    }
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`用法错误：${message}`);
  });

  test('regression: a usage error in review answers before reading the input folders', async () => {
    // `review . --out x.xlsx` used to read every file under the folder (node_modules too) first.
    const fsPromises = jest.requireActual<typeof import('node:fs')>('node:fs').promises;
    const stat = jest.spyOn(fsPromises, 'stat');
    try {
      const r = await cli('review', dir, '--out', join(dir, 'x.xlsx'));
      expect(r.code).toBe(2);
      expect(stat).not.toHaveBeenCalled();
    } finally {
      stat.mockRestore();
    }
  });

  test('an unknown unit is a usage error that suggests names', async () => {
    const r = await cli(
      'template',
      '--ledgers',
      '--month',
      '2021-04',
      '--unit',
      '华龙县',
      '--out',
      join(dir, 'none'),
    );
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^用法错误：单位“华龙县”不在单位名录中，您是否要填写：.*华龙区/);
    expect(existsSync(join(dir, 'none'))).toBe(false);
  });
});

describe('validate', () => {
  test('--json on a valid ledger: exit 0 and one result per file with the documented shape', async () => {
    const r = await cli('validate', good, '--json');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const json = JSON.parse(r.out);
    expect(json).toEqual([
      {
        file: good,
        name: '华龙区 2021年4月 工作台账.xlsx',
        kind: 'ledger',
        status: 'accepted',
        unitCode: 'XQ01',
        unit: '华龙区',
        period: '2021-04',
        valid: true,
        errors: 0,
        warnings: 0,
        reason: { code: 'account-valid', message: '通过校验，已采用' },
        findings: [],
      },
    ]);
  });

  test('--json on a ledger with errors: exit 1, every finding with its rule, cell and message', async () => {
    const r = await cli('validate', bad, good, '--json');
    expect(r.code).toBe(1);
    const json = validateJson(r);
    expect(json.map((x) => [x.file, x.valid, x.errors])).toEqual([
      [bad, false, 2],
      [good, true, 0],
    ]);
    expect(json[0].findings).toEqual([
      {
        code: 'phone-invalid',
        severity: 'error',
        sheet: '工作台账',
        row: 2,
        column: 'I',
        address: 'I2',
        message: expect.stringContaining('联系电话“12”格式不正确'),
      },
      {
        code: 'completed-progress-below-100',
        severity: 'error',
        sheet: '工作台账',
        row: 6,
        column: 'H',
        address: 'H6',
        message: '完成状态为“已完成”，但完成进度为 50%（应为 100）',
      },
    ]);
  });

  test('unreadable input exits 2, and the other files are still reported', async () => {
    const r = await cli('validate', notZip, good, '--json');
    expect(r.code).toBe(2);
    const json = validateJson(r);
    expect(json.map((x) => [x.file, x.kind, x.status])).toEqual([
      [notZip, 'unknown', 'rejected'],
      [good, 'ledger', 'accepted'],
    ]);
    expect(json[0].findings).toEqual([
      expect.objectContaining({
        code: 'file-not-zip',
        message: '文件“南乐县.xlsx”不是有效的 .xlsx 工作簿（不是 zip 压缩格式），无法读取',
      }),
    ]);
    expect((await cli('validate', join(dir, 'no-such-file.xlsx'))).code).toBe(2);
  });

  test('a folder is validated file by file; the text report names cells in Chinese', async () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    writeFileSync(join(folder, 'b.xlsx'), readFileSync(bad));
    writeFileSync(join(folder, 'a.xlsx'), readFileSync(good));
    const r = await cli('validate', folder);
    expect(r.code).toBe(1);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe(`✓ ${join(folder, 'a.xlsx')}  华龙区 2021-04  已接收  0 个错误，0 个警告`);
    expect(lines[1]).toBe(
      `✗ ${join(folder, 'b.xlsx')}  清丰县 2021-04  已接收（有错误）  2 个错误，0 个警告`,
    );
    expect(lines[2]).toMatch(/^ {2}错误 工作台账!I2 联系电话“12”格式不正确.*\[phone-invalid\]$/);
    expect(lines.at(-1)).toBe('共 2 个文件，1 个通过校验');
  });

  test('--lang en renders messages and summaries in English', async () => {
    const r = await cli('validate', bad, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.out).toContain('2 errors, 0 warnings');
    expect(r.out).toContain(
      'error 工作台账!H6 The status is 已完成 (completed) but progress is 50% (should be 100) [completed-progress-below-100]',
    );
    expect(r.out.split('\n').at(-1)).toBe('0/1 valid');
    const json = JSON.parse((await cli('validate', bad, '--json', '--lang', 'en')).out);
    expect(json[0].findings[1].message).toBe(
      'The status is 已完成 (completed) but progress is 50% (should be 100)',
    );
  });

  test('--quiet keeps the one-line verdict per file', async () => {
    const r = await cli('validate', bad, '--quiet');
    expect(r.out.split('\n')).toHaveLength(2);
  });

  test('no progress output when stderr is not a terminal', async () => {
    const writes: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      writes.push(String(chunk));
      return true;
    });
    try {
      expect(process.stderr.isTTY).toBeFalsy();
      const r = await cli('validate', good, bad);
      expect(r.err).toBe('');
    } finally {
      spy.mockRestore();
    }
    expect(writes).toEqual([]);
  });
});

describe('template', () => {
  test('writes the template workbook, which reads back as the defaults', async () => {
    const out = join(dir, '指标模板.xlsx');
    const r = await cli('template', '--out', out);
    expect(r).toMatchObject({ code: 0, out: `已生成模板工作簿：${out}` });
    const read = readTemplateWorkbook(readGrids(new Uint8Array(readFileSync(out))));
    expect(read.problems).toEqual([]);
    expect(read.template).toEqual(context.template);
  });

  test('--ledgers writes one ledger per unit of the roster', async () => {
    const out = join(dir, 'ledgers-all');
    const r = await cli('template', '--ledgers', '--month', '2021-04', '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`已生成 29 份台账模板到 ${out}（其中 0 份沿用上月内容预填）`);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(context.roster.length);
    expect(files).toContain('濮阳经济技术开发区_2021年4月_工作台账.xlsx');
    const c = consolidate(
      [readReceivedFile(files[0], new Uint8Array(readFileSync(join(out, files[0]))))],
      context,
    );
    expect(c.files[0]).toMatchObject({ kind: 'ledger', period: '2021-04' });
  }, 60_000);

  test('--ledgers --unit takes aliases (开发区)', async () => {
    const out = join(dir, 'ledgers-zone');
    expect(
      (await cli('template', '--ledgers', '--month', '2021-04', '--unit', '开发区', '--out', out)).code,
    ).toBe(0);
    expect(readdirSync(out)).toEqual(['濮阳经济技术开发区_2021年4月_工作台账.xlsx']);
  });

  test('--carry pre-fills next month from last month’s ledger; the date is left for the unit', async () => {
    const april = join(dir, 'april');
    mkdirSync(april);
    const [a, b] = HUALONG_CODES;
    writeFileSync(
      join(april, '华龙区4月.xlsx'),
      await filledLedgerBytes({
        rows: {
          [a]: { status: '推进中', progress: 40, evidence: '', workDone: '已起草初稿', nextSteps: '5月定稿' },
          [b]: { remarks: '=沿用' },
        },
      }),
    );
    writeFileSync(join(april, '坏文件.xlsx'), pngLikeBytes());
    const out = join(dir, 'may');
    const r = await cli(
      'template',
      '--ledgers',
      '--month',
      '2021-05',
      '--unit',
      '华龙区',
      '--carry',
      april,
      '--out',
      out,
    );
    expect(r.code).toBe(0);
    expect(r.out).toBe(`已生成 1 份台账模板到 ${out}（其中 1 份沿用上月内容预填）`);
    expect(r.err).toBe(
      '坏文件.xlsx: 文件“坏文件.xlsx”不是有效的 .xlsx 工作簿（不是 zip 压缩格式），无法读取',
    );
    const bytes = new Uint8Array(readFileSync(join(out, '华龙区_2021年5月_工作台账.xlsx')));
    const ws = sheetOf(await loadXlsx(bytes), '工作台账');
    expect(ws.getCell('E2').value).toBe('2021-05');
    expect(ws.getCell('G2').value).toBe('张明');
    expect(ws.getCell('I2').value).toBe('0393-6666679');
    expect(ws.getCell('B3').value).toBeNull();
    expect([
      ws.getCell('F6').value,
      ws.getCell('G6').value,
      ws.getCell('H6').value,
      ws.getCell('M6').value,
    ]).toEqual(['已起草初稿', '推进中', 40, '5月定稿']);
    expect(ws.getCell('N7').value).toBe('=沿用');
    expect(ws.getCell('N7').type).toBe(3); // ExcelJS ValueType.String: carried text stays text
    // Filled in with a date, the carried ledger validates for May.
    const dated = await editXlsx(bytes, (wb) => {
      sheetOf(wb, '工作台账').getCell('B3').value = new Date(Date.UTC(2021, 5, 2));
    });
    const c = consolidate([readReceivedFile('may.xlsx', dated)], context);
    expect(c.files[0]).toMatchObject({ status: 'accepted', period: '2021-05', unitCode: 'XQ01' });
  });

  test('--inspection writes the inspection workbook (English message with --lang en)', async () => {
    const out = join(dir, 'B2.xlsx');
    const r = await cli('template', '--inspection', '--period', '2021-B2', '--out', out, '--lang', 'en');
    expect(r).toMatchObject({ code: 0, out: `inspection workbook written: ${out}` });
    expect(readGrids(new Uint8Array(readFileSync(out))).map((s) => s.name)).toEqual([
      '检查评分',
      '检查组',
      '元数据',
    ]);
  });

  test('--template with an edited workbook uses it, and a broken one is refused naming every cell', async () => {
    const templ = join(dir, '指标模板-改.xlsx');
    const base = new Uint8Array(readFileSync(join(dir, '指标模板.xlsx')));
    let pointsRow = 0;
    writeFileSync(
      templ,
      await editXlsx(base, (wb) => {
        const ind = sheetOf(wb, '指标体系');
        pointsRow = rowWith(ind, 1, '1.1');
        ind.getCell(pointsRow, 4).value = -1;
      }),
    );
    const r = await cli('validate', good, '--template', templ);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${templ} 指标体系!D${pointsRow}: 第${pointsRow}行：分值“-1”应为大于 0 的数`);
    expect(r.err).toContain(
      `用法错误：模板工作簿 ${templ} 有 1 处错误（见上），请修改后重试 [cli-template-invalid]`,
    );

    const renamed = join(dir, '指标模板-名称.xlsx');
    writeFileSync(
      renamed,
      await editXlsx(base, (wb) => {
        const roster = sheetOf(wb, '单位名录');
        roster.getCell(rowWith(roster, 1, 'XQ01'), 3).value = '濮阳市华龙区、华龙、华龙城区';
      }),
    );
    const ok = await cli('validate', good, '--template', renamed, '--json');
    expect(ok.code).toBe(0);
  });
});

describe('consolidate and review', () => {
  test('consolidate writes the consolidation sheets; unit text starting with = + - @ stays text in them', async () => {
    const inputs = join(dir, 'q2');
    mkdirSync(inputs);
    const hostile = {
      workDone: '=HYPERLINK("http://x","点击")',
      problems: '+86 热线未回复',
      nextSteps: '-继续推进',
      remarks: '@办公室 请核实',
    };
    writeFileSync(
      join(inputs, '华龙区 2021年4月.xlsx'),
      await filledLedgerBytes({ rows: { [HUALONG_CODES[0]]: hostile } }),
    );
    writeFileSync(join(inputs, '华龙区 2021年5月.xlsx'), await filledLedgerBytes({ month: '2021-05' }));
    const out = join(dir, '汇总.xlsx');
    const r = await cli('consolidate', inputs, '--out', out, '--quarter', '2021Q2', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json).sort()).toEqual([
      'asOf',
      'complete',
      'files',
      'historyMissing',
      'ledgers',
      'notices',
      'output',
      'quarter',
      'units',
    ]);
    expect(json.quarter).toBe('2021Q2');
    expect(json.files.map((f: { file: string; status: string }) => [f.file, f.status])).toEqual([
      ['华龙区 2021年4月.xlsx', 'accepted'],
      ['华龙区 2021年5月.xlsx', 'accepted'],
    ]);
    const bytes = new Uint8Array(readFileSync(out));
    const sheets = readGrids(bytes);
    for (const s of sheets)
      expect([
        s.name,
        [...(s.formulas?.values() ?? [])].filter((f) => /HYPERLINK|^86|继续推进|办公室/.test(f.formula)),
      ]).toEqual([s.name, []]);
    const wb = await loadXlsx(bytes);
    const found: string[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (Object.values(hostile).includes(String(cell.value))) {
            found.push(String(cell.value));
            expect(cell.type).toBe(3); // ExcelJS ValueType.String
          }
        }),
      ),
    );
    expect(new Set(found)).toEqual(new Set(Object.values(hostile)));
  }, 60_000);

  test('consolidate infers the quarter from file names, and exits 1 when a file has errors', async () => {
    const inputs = join(dir, 'q2-errors');
    mkdirSync(inputs);
    writeFileSync(join(inputs, '清丰县2021年4月台账.xlsx'), readFileSync(bad));
    const out = join(dir, '汇总2.xlsx');
    const r = await cli('consolidate', inputs, '--out', out);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')[0]).toBe(
      '2021年第二季度：共 1 个文件，已接收 0，已接收（有警告） 0，已接收（有错误） 1，已拒收 0，已被替换 0',
    );
    expect(r.out.split('\n').at(-1)).toBe(`已写入：${out}`);
  }, 60_000);

  test('review writes the quarterly review workbook (--lang en summary)', async () => {
    const out = join(dir, '点评.xlsx');
    const r = await cli('review', join(dir, 'q2'), '--quarter', '2021Q2', '--out', out, '--lang', 'en');
    expect([r.code, r.out]).toEqual([
      0,
      expect.stringMatching(
        /^2021Q2: 2 files — 2 accepted, 0 accepted with warnings, 0 accepted with errors, 0 rejected, 0 superseded\n/,
      ),
    ]);
    expect(r.out.split('\n').at(-1)).toBe(`written: ${out}`);
    const meta = readGrids(new Uint8Array(readFileSync(out))).find((s) => s.name === '元数据');
    expect(meta?.grid.map((row) => row[1])).toContain('review');
  }, 60_000);
});

test('demo writes the sample quarter and its review', async () => {
  const out = join(dir, 'demo');
  const r = await cli('demo', out);
  expect(r.code).toBe(0);
  expect(r.out.split('\n')[0]).toBe(`示例季度已写入 ${out}`);
  const reviews = readdirSync(out).filter((f) => f.endsWith('季度点评.xlsx'));
  expect(reviews.length).toBe(2);
}, 180_000);
