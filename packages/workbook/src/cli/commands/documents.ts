import * as path from 'node:path';
import { locateFinding } from '@ledger-review/scoring';
import { DOCUMENT_SOURCE_SHEETS, ReviewWorkbookError, buildDocuments, readDocumentSettings, readReviewDocumentModel, type DocumentFile } from '../../documents';
import { writeBytes } from '../../node/files';
import { docxToPdf, findSoffice } from '../../node/pdf';
import { UsageError, requiredOption, stringOption, type ParsedArgs } from '../args';
import { readOptionWorkbook } from '../context';
import type { CliIO } from '../io';
import { quarterName, say, type CliLang } from '../messages';

/**
 * `ledger-review documents <quarterly review workbook> --out <folder>`: the 公文 of the quarter
 * (点评通报, 点评会议通知, 通报批评决定 and 约谈通知书 when any, 检查反馈单 with --round) and
 * one 本单位情况 per unit, as .docx — with --pdf also as PDF where LibreOffice is installed.
 * Exit 0 written; 1 written, but --pdf could not convert every file; 2 usage error or unreadable input.
 */
export async function runDocuments(args: ParsedArgs, io: CliIO, lang: CliLang): Promise<number> {
  const out = requiredOption(args, 'out', '文书/');
  const round = stringOption(args, 'round');
  const templatePath = stringOption(args, 'template');

  const file = path.resolve(io.cwd, args.positionals[0]);
  const started = Date.now();
  // A review of any campaign size: read within the bounds its metadata claims (capped at a province).
  const review = (await readOptionWorkbook(file, { sheets: DOCUMENT_SOURCE_SHEETS, limits: 'claimed' }))!;
  const template = templatePath ? await readOptionWorkbook(path.resolve(io.cwd, templatePath)) : undefined;
  let files: DocumentFile[];
  let quarter: string;
  try {
    const model = readReviewDocumentModel(review);
    quarter = model.quarter;
    files = await buildDocuments(model, { settings: readDocumentSettings(review, template), round });
  } catch (e) {
    if (e instanceof ReviewWorkbookError) throw new UsageError(locateFinding(e.finding, { file: args.positionals[0] }));
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
      io.err(say(lang, 'sofficeMissing'));
      exit = 1;
    } else {
      pdfs = await docxToPdf(soffice, written);
      if (pdfs.length < written.length) {
        io.err(say(lang, 'pdfPartial', { done: pdfs.length, total: written.length }));
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
    io.out(say(lang, 'documentsWritten', { quarter: quarterName(quarter, lang), count: files.length, folder: dir }));
    for (const f of files.filter((x) => !x.unitCode || x.kind === 'interview')) io.out(`  ${f.path}${f.number ? `  ${f.number}` : ''}`);
    if (count('feedback')) io.out(say(lang, 'documentsUnits', { folder: '检查反馈单/', count: count('feedback') }));
    io.out(say(lang, 'documentsUnits', { folder: '本单位情况/', count: count('unitPage') }));
    if (pdfs.length) io.out(say(lang, 'documentsPdf', { count: pdfs.length }));
    io.out(say(lang, 'doneIn', { seconds: ((Date.now() - started) / 1000).toFixed(1) }));
  }
  return exit;
}
