import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { isBimonth, quarterLabel } from '@ledger-review/scoring';
import { DOCUMENT_SOURCE_SHEETS, ReviewWorkbookError, buildDocuments, readDocumentSettings, readReviewDocumentModel, type DocumentFile } from '../../documents';
import { writeBytes } from '../../node/files';
import { docxToPdf, findSoffice } from '../../node/pdf';
import type { GridSheet } from '../../sheet/grid';
import { readGrids } from '../../xlsx/readGrids';
import { UsageError, stringOption, type ParsedArgs } from '../args';
import type { CliIO } from '../io';
import type { CliLang } from '../messages';

async function readWorkbookFile(file: string, what: { zh: string; en: string }, lang: CliLang, sheets?: readonly string[]): Promise<GridSheet[]> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      lang === 'en'
        ? `cannot read ${what.en} ${file}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}`
        : `无法读取${what.zh} ${file}：${code === 'ENOENT' ? '文件不存在' : (e as Error).message}`,
    );
  }
  try {
    return readGrids(bytes, sheets ? { sheets } : undefined);
  } catch (e) {
    throw new UsageError(
      lang === 'en' ? `${file} is not a readable .xlsx workbook: ${(e as Error).message}` : `${file} 不是可读取的 .xlsx 工作簿：${(e as Error).message}`,
    );
  }
}

/**
 * `ledger-review documents <quarterly review workbook> --out <folder>`: the 公文 of the quarter
 * (点评通报, 点评会议通知, 通报批评决定 and 约谈通知书 when any, 检查反馈单 with --round) and
 * one 本单位情况 per unit, as .docx — with --pdf also as PDF where LibreOffice is installed.
 * Exit 0 written; 1 written, but --pdf could not convert every file; 2 usage error or unreadable input.
 */
export async function runDocuments(args: ParsedArgs, io: CliIO, lang: CliLang): Promise<number> {
  const en = lang === 'en';
  if (args.positionals.length !== 1) throw new UsageError(en ? 'give one quarterly review workbook' : '请给出一个季度点评工作簿');
  const out = stringOption(args, 'out');
  if (!out) throw new UsageError(en ? '--out FOLDER is required' : '需要 --out 输出目录');
  const round = stringOption(args, 'round');
  if (round !== undefined && !isBimonth(round)) throw new UsageError(en ? `bad round ${round} (e.g. 2021-B3)` : `检查期间格式应为 2021-B3：${round}`);
  const templatePath = stringOption(args, 'template');

  const file = path.resolve(io.cwd, args.positionals[0]);
  const started = Date.now();
  const review = await readWorkbookFile(file, { zh: '季度点评工作簿', en: 'review workbook' }, lang, DOCUMENT_SOURCE_SHEETS);
  const template = templatePath ? await readWorkbookFile(path.resolve(io.cwd, templatePath), { zh: '模板工作簿', en: 'template workbook' }, lang) : undefined;
  let files: DocumentFile[];
  let quarter: string;
  try {
    const model = readReviewDocumentModel(review);
    quarter = model.quarter;
    files = await buildDocuments(model, { settings: readDocumentSettings(review, template), round });
  } catch (e) {
    if (e instanceof ReviewWorkbookError) throw new UsageError(`${args.positionals[0]}：${en ? e.en : e.message}`);
    throw e;
  }
  const dir = path.resolve(io.cwd, out);
  const written: string[] = [];
  for (const f of files) {
    const target = path.join(dir, f.path);
    await writeBytes(target, f.bytes);
    written.push(target);
  }

  let exit = 0;
  let pdfs: string[] = [];
  if (args.options.pdf) {
    const soffice = findSoffice();
    if (!soffice) {
      io.err(en ? 'LibreOffice (soffice) not found: PDFs not written (set SOFFICE_PATH)' : '未找到 LibreOffice（soffice），未生成 PDF（可设置 SOFFICE_PATH）');
      exit = 1;
    } else {
      pdfs = await docxToPdf(soffice, written);
      if (pdfs.length < written.length) {
        io.err(en ? `LibreOffice converted ${pdfs.length} of ${written.length} documents` : `LibreOffice 仅转换了 ${pdfs.length} / ${written.length} 个文书`);
        exit = 1;
      }
    }
  }

  if (args.options.json) {
    io.out(
      JSON.stringify(
        { quarter, output: dir, documents: files.map((f) => ({ kind: f.kind, path: f.path, title: f.title, number: f.number ?? null, unitCode: f.unitCode ?? null })), pdfs: pdfs.map((p) => path.relative(dir, p)) },
        null,
        2,
      ),
    );
  } else if (!args.options.quiet) {
    const count = (k: DocumentFile['kind']) => files.filter((f) => f.kind === k).length;
    io.out(en ? `${quarter}: ${files.length} documents written to ${dir}` : `${quarterLabel(quarter)}：已写入 ${files.length} 个文书到 ${dir}`);
    for (const f of files.filter((x) => !x.unitCode || x.kind === 'interview')) io.out(`  ${f.path}${f.number ? `  ${f.number}` : ''}`);
    if (count('feedback')) io.out(en ? `  检查反馈单/: ${count('feedback')} units` : `  检查反馈单/：${count('feedback')} 个单位`);
    io.out(en ? `  本单位情况/: ${count('unitPage')} units` : `  本单位情况/：${count('unitPage')} 个单位`);
    if (pdfs.length) io.out(en ? `  PDF: ${pdfs.length}` : `  PDF：${pdfs.length} 个`);
    io.out(en ? `done in ${((Date.now() - started) / 1000).toFixed(1)} s` : `完成，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
  }
  return exit;
}
