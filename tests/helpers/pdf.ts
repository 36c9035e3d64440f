/**
 * Documents and sheets as a person sees them: LibreOffice converts them to PDF (many files in one
 * soffice call, ~5 s start-up), poppler reads the PDF back (page size and count with pdfinfo,
 * words with their positions with `pdftotext -bbox`) and renders pages to PNG (pdftoppm) for
 * test-artifacts/.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { locateTool } from './tools';

/** Maps the fonts Chinese offices use to Debian's free CJK fonts, for renderings that look right. */
export const GONGWEN_FONTS_CONF = resolve(__dirname, 'gongwenFonts.conf');

/** Convert files (docx, xlsx) to PDF in `outDir` with one soffice call; resolves to the PDFs in input order. */
export async function convertToPdf(files: readonly string[], outDir: string, filter = 'pdf'): Promise<string[]> {
  const soffice = locateTool('soffice');
  if (!soffice) throw new Error('soffice is not installed');
  mkdirSync(outDir, { recursive: true });
  const names = files.map((f) => basename(f, extname(f)));
  if (new Set(names).size !== names.length) throw new Error('convertToPdf: base names must be distinct');
  const profile = mkdtempSync(join(tmpdir(), 'lo-pdf-'));
  try {
    await new Promise<void>((done, fail) =>
      execFile(
        soffice,
        ['--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--convert-to', filter, '--outdir', outDir, ...files.map((f) => resolve(f))],
        { timeout: 240_000, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, FONTCONFIG_FILE: GONGWEN_FONTS_CONF } },
        (error, _out, err) => (error ? fail(new Error(`soffice failed: ${error.message}\n${err}`)) : done()),
      ),
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdfs = names.map((n) => join(outDir, `${n}.pdf`));
  const missing = pdfs.filter((p) => !existsSync(p));
  if (missing.length) throw new Error(`soffice did not write ${missing.join(', ')}`);
  return pdfs;
}

const poppler = (tool: 'pdfinfo' | 'pdftotext' | 'pdftoppm') => {
  const pdftotext = locateTool('pdftotext');
  if (!pdftotext) throw new Error('poppler-utils is not installed');
  return tool === 'pdftotext' ? pdftotext : join(dirname(pdftotext), tool);
};

export interface PdfInfo {
  pages: number;
  /** Points. */
  width: number;
  height: number;
}

export function pdfInfo(pdf: string): PdfInfo {
  const out = execFileSync(poppler('pdfinfo'), [pdf], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(out);
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]) };
}

/** The whole text, whitespace removed (LibreOffice spaces CJK from digits; pdftotext keeps the gaps). */
export function pdfText(pdf: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync(poppler('pdftotext'), [...range, pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).replace(/\s+/g, '');
}

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Words of one page with their boxes, in points from the page's top-left corner. */
export function pdfWords(pdf: string, page: number): PdfWord[] {
  const html = execFileSync(poppler('pdftotext'), ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
  const words: PdfWord[] = [];
  for (const m of html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    words.push({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5] });
  }
  return words;
}

/**
 * The visual lines of every page: the words whose middles are level, joined left to right. Unlike
 * pdftotext's reading order, a table row reads as one line.
 */
export function pdfLines(pdf: string): string[] {
  const lines: string[] = [];
  const pages = pdfInfo(pdf).pages;
  for (let page = 1; page <= pages; page++) {
    const byLine = new Map<number, PdfWord[]>();
    for (const w of pdfWords(pdf, page)) {
      const mid = (w.yMin + w.yMax) / 2;
      const key = [...byLine.keys()].find((y) => Math.abs(y - mid) < 4) ?? mid;
      byLine.set(key, [...(byLine.get(key) ?? []), w]);
    }
    for (const words of byLine.values()) lines.push(words.sort((a, b) => a.xMin - b.xMin).map((w) => w.text).join(''));
  }
  return lines;
}

/** Render one page to `outFile` (.png) at the given resolution. */
export function renderPage(pdf: string, outFile: string, page = 1, dpi = 72): string {
  mkdirSync(dirname(outFile), { recursive: true });
  const base = outFile.replace(/\.png$/i, '');
  execFileSync(poppler('pdftoppm'), ['-f', String(page), '-l', String(page), '-r', String(dpi), '-png', '-singlefile', pdf, base]);
  return `${base}.png`;
}

/** mm → PDF points. */
export const pt = (mm: number) => (mm / 25.4) * 72;
