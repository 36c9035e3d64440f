/**
 * Incremental scanner for one worksheet part. Text arrives in chunks as the entry inflates; rows
 * are processed as soon as they are complete, so an oversized sheet is rejected after reading
 * only a little past the limit, with memory bounded by the limit rather than by the file.
 */
import { isoToExcelSerial } from '@ledger-review/scoring';
import { EXCEL_MAX_COLS, address, parseCellRef, parseRowNumber } from '../../a1';
import { WorkbookReadError, malformed } from '../errors';
import type { CellValue, FormulaInfo, LeanCell, LeanCellType, LeanSheet } from '../types';
import { attributes, binaryString, closeTagOf, decodeOoxmlEscapes, detached, elementText, indexOfCloseTag, localNameIs, newTagSpan, nextTag, scanTag, skipSpecial, textContent, utf8OfBinary, type RawText } from '../xml';
import { richText } from './sharedStrings';
import type { CellNumFmt } from './styles';

export interface SheetScanContext {
  sheetName: string;
  partName: string;
  sharedStrings: readonly string[];
  numFmts: readonly CellNumFmt[];
  date1904: boolean;
  maxRows: number;
  maxCells: number;
  valuesOnly: boolean;
  /** Fill `cells` (the LeanCell per formatted or formula cell); formulas and formats are read either way. */
  cellDetails: boolean;
  /**
   * Called (once) when the first formula is met: keeps what it takes to inflate the part again
   * after the scan (see `rawFormula`), and returns that inflater.
   */
  keepPart?: () => () => Uint8Array;
}

/** A sheet's cells as scanned: everything of a LeanSheet but its name and visibility (the workbook part says those). */
export type ScannedSheet = Omit<LeanSheet, 'name' | 'state'>;

const enum Phase {
  Head,
  Rows,
  Tail,
}

const GT = 62;
const SLASH = 47;
const QUOT = 34;
const APOS = 39;
const BANG = 33;
const QUESTION = 63;

// Scratch registers filled by readShortAttrs: the one-letter attributes of <row> and <c>, read
// without allocating an object (or, for `r` and `s`, even a string) per cell.
let attrRFrom = -1;
let attrRTo = -1;
/** Value of `s` (cell style index), -1 when absent, -2 when not a number. */
let attrS = -1;
let attrT: string | null = null;
let selfClosing = false;
// What `cellChildren` found in a cell's body (null/undefined: nothing of that kind).
let bodyV: string | null = null;
let bodyFormula: (() => string) | null = null;
let bodySharedFrom: string | undefined;
let bodyInline: string | null = null;
/** The tag the head and tail loops are at (one record, overwritten tag by tag). */
const tagScratch = newTagSpan();

/** What a formula's text is decoded from, once, when first asked for. */
interface FormulaSource {
  raw: RawFormula;
  rawText: RawText | undefined;
  text?: string;
}

const SOURCE = Symbol('formula source');

function formulaText(this: { [SOURCE]: FormulaSource }): string {
  const source = this[SOURCE];
  return (source.text ??= textContent(source.raw(), source.rawText));
}

const FORMULA_GETTER: PropertyDescriptor = { get: formulaText, enumerable: true, configurable: true };

/**
 * Gives `target` an own enumerable `key` whose value is the formula text, decoded on first use:
 * formula text is long (a ledger's self-check) and rarely read. The getter is one function for
 * every formula and the source a hidden property, not a closure per cell: an object whose own
 * accessor is a fresh closure gets a hidden class of its own, which lives in the old generation
 * and so keeps the closure (and all it holds: the sheet's text, the scanner) alive through every
 * young-generation collection; reading a thousand ledgers then moved each file's sheets into the
 * old generation, and collecting cost ten times more. Own and enumerable, so a structured clone
 * (a worker's reply) carries the text.
 */
function lazyFormula(target: object, key: 'formula' | 'f', source: FormulaSource): void {
  Object.defineProperty(target, SOURCE, { value: source, configurable: true });
  Object.defineProperty(target, key, FORMULA_GETTER);
}

/**
 * Reads the attributes of a tag whose name ended at `p`, keeping only `r`, `s` and `t`
 * (the only ones we need on <row>/<c>). Returns the index after '>' or -1 if the tag is broken.
 */
function readShortAttrs(s: string, p: number, to: number): number {
  attrRFrom = attrRTo = attrS = -1;
  attrT = null;
  for (;;) {
    while (p < to && s.charCodeAt(p) <= 32) p++;
    if (p >= to) return -1;
    const ch = s.charCodeAt(p);
    if (ch === GT) {
      selfClosing = false;
      return p + 1;
    }
    if (ch === SLASH) {
      if (s.charCodeAt(p + 1) !== GT) return -1;
      selfClosing = true;
      return p + 2;
    }
    const nameStart = p;
    const eq = s.indexOf('=', p);
    if (eq < 0 || eq >= to) return -1;
    let nameEnd = eq;
    while (nameEnd > nameStart && s.charCodeAt(nameEnd - 1) <= 32) nameEnd--;
    p = eq + 1;
    while (p < to && s.charCodeAt(p) <= 32) p++;
    const quote = s.charCodeAt(p);
    if (quote !== QUOT && quote !== APOS) return -1;
    const close = s.indexOf(quote === QUOT ? '"' : "'", p + 1);
    if (close < 0 || close >= to) return -1;
    if (nameEnd - nameStart === 1) {
      const n = s.charCodeAt(nameStart);
      if (n === 114) {
        attrRFrom = p + 1;
        attrRTo = close;
      } else if (n === 115) {
        let v = close > p + 1 ? 0 : -2;
        for (let i = p + 1; i < close && v >= 0; i++) {
          const d = s.charCodeAt(i) - 48;
          v = d >= 0 && d <= 9 ? v * 10 + d : -2;
        }
        attrS = v;
      } else if (n === 116) attrT = s.slice(p + 1, close);
    }
    p = close + 1;
  }
}

/** A formula's text as written (entities, CDATA and all), produced when asked for. */
type RawFormula = () => string;
const NO_FORMULA_TEXT: RawFormula = () => '';

export class SheetScanner {
  private phase = Phase.Head;
  private buf = '';
  /** Pieces pushed after `buf` in which no row ended yet (see `push`). */
  private readonly pending: string[] = [];
  private rowClose = '</row>';
  private sheetDataClose = '</sheetData>';
  /** Current position: 0-based row, and the column of the last cell seen in it (for cells without `r`). */
  private row = -1;
  private col = -1;
  private usedRows = 0;
  private usedCols = 0;
  private readonly rowArrays: (CellValue[] | undefined)[] = [];
  private readonly cells = new Map<string, LeanCell>();
  private readonly formulas = new Map<string, FormulaInfo>();
  private readonly formats = new Map<string, string>();
  /** Shared formulas by `si`: the master's text and address. */
  private readonly sharedFormulas = new Map<string, { raw: RawFormula; from: string }>();
  /** Where `buf` begins in the part's text (for binary text: in its inflated bytes). */
  private bufStart = 0;
  private binary = false;
  /** The part's inflated bytes, inflated again the first time a formula's text is asked for (undefined: no formula yet). */
  private partBytes: (() => Uint8Array) | undefined;
  /** How raw text becomes characters: the identity, or UTF-8 of a binary string (see `push`). */
  private rawText: RawText = (raw) => raw;
  private started = false;
  private readonly merges: string[] = [];
  private isProtected = false;

  constructor(private readonly ctx: SheetScanContext) {}

  /**
   * Hands the scanner the next chunk of the part. `binary`: the chunks are binary strings (one
   * char per byte, see xml.ts `binaryString`), and only the text the sheet keeps is decoded as
   * UTF-8 — the markup, numbers and formula text (decoded when asked for) never are.
   */
  push(text: string, binary = false): void {
    if (!this.started) {
      this.started = true;
      this.binary = binary;
      if (binary) this.rawText = utf8OfBinary;
    }
    if (!text) return;
    if (this.phase === Phase.Rows && !this.endsRowsIn(text)) {
      // No row ends in this piece: keep it aside, unjoined, so that a row longer than a piece
      // costs its length once, not once per piece.
      this.pending.push(text);
      return;
    }
    const pending = this.pending.length ? this.pending.join('') : '';
    this.pending.length = 0;
    this.buf = this.buf + pending + text;
    this.drain(false);
  }

  /** Whether a `</row>` or `</sheetData>` ends in `text`, counting one that began in the text before it. */
  private endsRowsIn(text: string): boolean {
    if (text.indexOf(this.rowClose) >= 0 || text.indexOf(this.sheetDataClose) >= 0) return true;
    const before = this.pending.length ? this.pending[this.pending.length - 1] : this.buf;
    const reach = this.sheetDataClose.length - 1;
    const joint = before.slice(-reach) + text.slice(0, reach);
    return joint.indexOf(this.rowClose) >= 0 || joint.indexOf(this.sheetDataClose) >= 0;
  }

  finish(): ScannedSheet {
    if (this.pending.length) {
      this.buf += this.pending.join('');
      this.pending.length = 0;
    }
    this.drain(true);
    const { usedRows, usedCols } = this;
    const grid: CellValue[][] = new Array(usedRows);
    for (let r = 0; r < usedRows; r++) {
      const arr = this.rowArrays[r];
      if (!arr) {
        grid[r] = new Array<CellValue>(usedCols).fill(null);
        continue;
      }
      while (arr.length < usedCols) arr.push(null);
      grid[r] = arr;
    }
    return {
      rows: usedRows,
      cols: usedCols,
      grid,
      cells: this.cells,
      formulas: this.formulas,
      formats: this.formats,
      merges: this.merges,
      protected: this.isProtected,
    };
  }

  private drain(final: boolean): void {
    const s = this.buf;
    let p = 0;
    const t = tagScratch;
    if (this.phase === Phase.Head) {
      while (scanTag(s, p, s.length, t)) {
        p = t.end;
        if (t.closing || !localNameIs(s, t, 'sheetData')) continue;
        if (t.selfClosing) {
          this.phase = Phase.Tail;
        } else {
          this.phase = Phase.Rows;
          const prefix = s.slice(t.nameStart, t.localStart);
          this.rowClose = `</${prefix}row>`;
          this.sheetDataClose = closeTagOf(s, t);
        }
        break;
      }
    }
    if (this.phase === Phase.Rows) {
      const end = indexOfCloseTag(s, this.sheetDataClose, p);
      if (end >= 0) {
        this.scanRows(s, p, end);
        p = end + this.sheetDataClose.length;
        this.phase = Phase.Tail;
      } else {
        // Only whole rows: a chunk may stop anywhere, even inside a tag.
        const last = s.lastIndexOf(this.rowClose);
        const stop = final ? s.length : last >= p ? last + this.rowClose.length : p;
        if (stop > p) this.scanRows(s, p, stop);
        p = stop;
      }
    }
    if (this.phase === Phase.Tail) {
      while (scanTag(s, p, s.length, t)) {
        p = t.end;
        if (t.closing) continue;
        if (localNameIs(s, t, 'mergeCell')) {
          const ref = attributes(s, t).ref;
          if (ref) this.merges.push(ref.toUpperCase());
        } else if (localNameIs(s, t, 'sheetProtection')) {
          const v = attributes(s, t).sheet;
          this.isProtected = v === '1' || v === 'true';
        }
      }
    }
    this.bufStart += Math.min(p, s.length);
    this.buf = p >= s.length ? '' : s.slice(p);
  }

  /**
   * The formula text written in [from, to) of `s`, for reading later. Formula text is long (a
   * 120-row ledger's self-check formulas are some 300 KB) and rarely read, and kept while the
   * result lives it would cost memory and GC time: of a binary part only its place is kept, and
   * the part is inflated again (once) when a formula's text is first asked for.
   */
  private rawFormula(s: string, from: number, to: number): RawFormula {
    const keepPart = this.ctx.keepPart;
    if (this.binary && keepPart) {
      if (!this.partBytes) {
        const inflate = keepPart();
        let bytes: Uint8Array | undefined;
        this.partBytes = () => (bytes ??= inflate());
      }
      const partBytes = this.partBytes;
      const a = this.bufStart + from;
      const b = this.bufStart + to;
      return () => binaryString(partBytes().subarray(a, b));
    }
    const raw = detached(s.slice(from, to));
    return () => raw;
  }

  /** Rows and cells in [from, to), which holds only complete elements. */
  private scanRows(s: string, from: number, to: number): void {
    let p = from;
    while (p < to) {
      const lt = s.indexOf('<', p);
      if (lt < 0 || lt >= to) return;
      const c1 = s.charCodeAt(lt + 1);
      if (c1 === SLASH) {
        // A close tag (</row>, </c> of an empty cell…): nothing to do.
        const e = s.indexOf('>', lt);
        if (e < 0) return;
        p = e + 1;
        continue;
      }
      if (c1 === BANG || c1 === QUESTION) {
        const e = skipSpecial(s, lt);
        if (e < 0) return;
        p = e;
        continue;
      }
      let q = lt + 1;
      let local = q;
      for (; q < to; q++) {
        const ch = s.charCodeAt(q);
        if (ch <= 32 || ch === GT || ch === SLASH) break;
        if (ch === 58) local = q + 1;
      }
      const len = q - local;
      if (len === 1 && s.charCodeAt(local) === 99 /* c */) {
        p = this.scanCell(s, lt, q, to);
      } else if (len === 3 && s.startsWith('row', local)) {
        p = readShortAttrs(s, q, to);
        if (p < 0) throw malformed(this.ctx.partName, 'broken <row> tag');
        const r = attrRFrom < 0 ? -1 : parseRowNumber(s, attrRFrom, attrRTo);
        if (attrRFrom >= 0 && r < 0)
          throw malformed(this.ctx.partName, `bad row number "${s.slice(attrRFrom, attrRTo)}"`);
        this.row = r > 0 ? r - 1 : this.row + 1;
        this.col = -1;
      } else {
        const t = nextTag(s, lt, to);
        if (!t) return;
        p = t.end;
      }
    }
  }

  /** One `<c>` whose name ends at `nameEnd`; returns the index after the element. */
  private scanCell(s: string, lt: number, nameEnd: number, to: number): number {
    const ctx = this.ctx;
    const tagEnd = readShortAttrs(s, nameEnd, to);
    if (tagEnd < 0) throw malformed(ctx.partName, 'broken <c> tag');
    let row: number;
    let col: number;
    if (attrRFrom >= 0) {
      const packed = parseCellRef(s, attrRFrom, attrRTo);
      if (packed < 0) throw malformed(ctx.partName, `bad cell reference "${s.slice(attrRFrom, attrRTo)}"`);
      row = Math.floor(packed / EXCEL_MAX_COLS);
      col = packed - row * EXCEL_MAX_COLS;
      this.row = row;
    } else {
      // Cells without `r` follow the previous one (allowed by the schema, written by some generators).
      row = this.row < 0 ? (this.row = 0) : this.row;
      col = this.col + 1;
      if (col >= EXCEL_MAX_COLS) throw malformed(ctx.partName, 'too many cells in a row');
    }
    this.col = col;
    if (selfClosing) return tagEnd;

    const t = attrT;
    const styleIndex = attrS;
    const qlen = nameEnd - lt - 1;
    const close = qlen === 1 ? '</c>' : `</${s.slice(lt + 1, nameEnd)}>`;
    const cellEnd = s.indexOf(close, tagEnd);
    if (cellEnd < 0 || cellEnd >= to) throw malformed(ctx.partName, `unclosed cell ${address(row + 1, col + 1)}`);

    const rawText = this.rawText;
    let vText: string | null = null;
    /** A plain ASCII `<v>` body (no entity, markup, CR or byte above 0x7F) lies in [vFrom, vTo): read without decoding. */
    let vFrom = -1;
    let vTo = -1;
    let inline: string | null = null;
    /** The formula's content as written (entities, CDATA and all): decoded only when asked for. */
    let formula: RawFormula | null = null;
    let sharedFrom: string | undefined;
    let p = tagEnd;
    // Fast path for the common `<v>…</v>` body (no formula, no inline string).
    if (s.startsWith('<v>', p)) {
      const e = s.indexOf('</v>', p + 3);
      if (e >= 0 && e < cellEnd) {
        let plain = true;
        for (let i = p + 3; i < e; i++) {
          const ch = s.charCodeAt(i);
          if (ch === 38 || ch === 60 || ch === 13 || ch > 127) {
            plain = false;
            break;
          }
        }
        if (plain) {
          vFrom = p + 3;
          vTo = e;
        } else vText = elementText(s, p + 3, 'v', rawText).text;
        p = e + 4;
      }
    }
    if (p < cellEnd) {
      // Anything but a plain `<v>` (a formula, an inline string, escaped text): rare, so in a
      // function of its own that the optimising compiler leaves out of this one.
      this.cellChildren(s, p, cellEnd, row, col);
      if (bodyV !== null) vText = bodyV;
      if (bodyFormula !== null) formula = bodyFormula;
      if (bodySharedFrom !== undefined) sharedFrom = bodySharedFrom;
      if (bodyInline !== null) inline = bodyInline;
    }

    let value: CellValue = null;
    let type: LeanCellType;
    /** A shared string's index read off the plain digits of `<v>` (what `+text` gives for digits only); -1 otherwise. */
    let sIndex = -1;
    if (vFrom >= 0) {
      if (t === 's' && vTo > vFrom && vTo - vFrom <= 9) {
        sIndex = 0;
        for (let i = vFrom; i < vTo && sIndex >= 0; i++) {
          const d = s.charCodeAt(i) - 48;
          sIndex = d >= 0 && d <= 9 ? sIndex * 10 + d : -1;
        }
      }
      // ASCII: the raw text is the text.
      if (sIndex < 0) vText = s.slice(vFrom, vTo);
    }
    const hasV = sIndex >= 0 || vText !== null;
    switch (t) {
      case 's': {
        type = 's';
        if (sIndex >= 0) {
          const str = ctx.sharedStrings[sIndex];
          if (str === undefined)
            throw malformed(ctx.partName, `shared string "${sIndex}" missing (cell ${address(row + 1, col + 1)})`);
          value = str;
        } else if (vText) {
          const str = ctx.sharedStrings[+vText];
          if (str === undefined)
            throw malformed(ctx.partName, `shared string "${vText}" missing (cell ${address(row + 1, col + 1)})`);
          value = str;
        }
        break;
      }
      case 'str':
        type = 'str';
        if (vText !== null) value = decodeOoxmlEscapes(vText);
        break;
      case 'inlineStr':
        type = 'inlineStr';
        value = inline ?? (vText !== null ? decodeOoxmlEscapes(vText) : null);
        break;
      case 'b':
        type = 'b';
        if (vText) value = vText === '1' || vText === 'true';
        break;
      case 'e':
        type = 'e';
        if (vText) value = vText;
        break;
      case 'd':
        type = 'd';
        if (vText) value = isoToExcelSerial(vText, ctx.date1904) ?? vText;
        break;
      default: {
        type = 'n';
        if (vText) {
          const n = +vText;
          // A number part that is not a number: keep what the file says rather than invent a value.
          value = Number.isNaN(n) || vText.trim() === '' ? vText : n;
        }
      }
    }
    if (value === null && formula === null) return cellEnd + close.length;

    const numFmt = styleIndex < 0 ? undefined : ctx.numFmts[styleIndex];
    if (type === 'n' && numFmt?.kind === 'date' && typeof value === 'number') type = 'd';
    // Shared strings come from their own part; text cut from this sheet's must not pin it.
    if (typeof value === 'string' && t !== 's') value = detached(value);
    this.place(row, col, value);

    if (!ctx.valuesOnly) {
      const fmt = numFmt?.code;
      if (formula !== null || fmt !== undefined || type === 'e' || type === 'd') {
        const ref = address(row + 1, col + 1);
        const cell: LeanCell | null = ctx.cellDetails ? { v: value, t: type } : null;
        if (formula !== null) {
          const cached = hasV && value !== null;
          const source: FormulaSource = { raw: formula, rawText };
          const info = { cached } as FormulaInfo;
          lazyFormula(info, 'formula', source);
          if (cell) {
            lazyFormula(cell, 'f', source);
            cell.cached = cached;
            if (sharedFrom !== undefined) cell.sharedFrom = sharedFrom;
          }
          this.formulas.set(ref, info);
        }
        if (fmt !== undefined) {
          if (cell) cell.fmt = fmt;
          if (value !== null) this.formats.set(ref, fmt);
        }
        if (cell) this.cells.set(ref, cell);
      }
    }
    return cellEnd + close.length;
  }

  /** The child elements of a `<c>` from `p` to `cellEnd`, into the body registers (see `bodyV`). */
  private cellChildren(s: string, p: number, cellEnd: number, row: number, col: number): void {
    const rawText = this.rawText;
    bodyV = null;
    bodyFormula = null;
    bodySharedFrom = undefined;
    bodyInline = null;
    for (let child = nextTag(s, p, cellEnd); child && child.start < cellEnd; child = nextTag(s, p, cellEnd)) {
      p = child.end;
      if (child.closing) continue;
      const name = child.name;
      if (name === 'v') {
        if (child.selfClosing) bodyV = '';
        else {
          const v = elementText(s, child.end, child.qname, rawText);
          bodyV = v.text;
          p = v.end;
        }
      } else if (name === 'f') {
        let raw = NO_FORMULA_TEXT;
        if (!child.selfClosing) {
          const close = `</${child.qname}>`;
          const e = s.indexOf(close, child.end);
          const stop = e < 0 || e > cellEnd ? cellEnd : e;
          if (stop > child.end) raw = this.rawFormula(s, child.end, stop);
          p = stop === cellEnd ? cellEnd : stop + close.length;
        }
        const fa = attributes(s, child);
        if (fa.t === 'shared' && fa.si !== undefined) {
          // The master carries the text; the others only its `si`. We repeat the master's text unshifted.
          const master = this.sharedFormulas.get(fa.si);
          if (raw !== NO_FORMULA_TEXT) this.sharedFormulas.set(fa.si, { raw, from: address(row + 1, col + 1) });
          else if (master) {
            raw = master.raw;
            bodySharedFrom = master.from;
          }
        }
        bodyFormula = raw;
      } else if (name === 'is') {
        if (child.selfClosing) bodyInline = '';
        else {
          const isClose = `</${child.qname}>`;
          const e = s.indexOf(isClose, child.end);
          const stop = e < 0 || e > cellEnd ? cellEnd : e;
          bodyInline = richText(s, child.end, stop, rawText);
          p = stop === cellEnd ? cellEnd : stop + isClose.length;
        }
      }
    }
  }

  /** Stores a value, enforcing the used-range limits before anything is allocated for it. */
  private place(row: number, col: number, value: CellValue): void {
    if (row >= this.usedRows) this.usedRows = row + 1;
    if (col >= this.usedCols) this.usedCols = col + 1;
    if (this.usedRows > this.ctx.maxRows || this.usedRows * this.usedCols > this.ctx.maxCells) {
      throw new WorkbookReadError('sheet-too-large', {
        sheet: this.ctx.sheetName,
        rows: this.usedRows,
        cols: this.usedCols,
        maxRows: this.ctx.maxRows,
        maxCells: this.ctx.maxCells,
      });
    }
    let arr = this.rowArrays[row];
    if (!arr) this.rowArrays[row] = arr = [];
    if (arr.length > col) arr[col] = value;
    else {
      while (arr.length < col) arr.push(null);
      arr.push(value);
    }
  }
}
