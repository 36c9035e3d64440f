/**
 * Sheet references inside formula text. The atomic writer builds every sheet of a plan under a
 * temporary name; formulas that point at other sheets of the same plan are written against the
 * temporary names, and Excel rewrites them when the temporaries are renamed. (Written against
 * the final names they would bind to the old sheets, which are then deleted: #REF!.)
 */

/** `'Sheet Name'` with embedded quotes doubled, always quoted (safe for any sheet name). */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

const BOUNDARY = /[\s(,;=+\-*/<>&^%:{}!]/;
// An unquoted sheet name as Excel writes one: letters (any script), digits, `_` and `.`.
const UNQUOTED_REF = /^([A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)!/;

/**
 * Replaces references to the sheets named in `renames` (`'old'!A1`, `old!A1`) by references to
 * their new names; string literals and every other token are copied unchanged.
 */
export function renameSheetRefs(formula: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0 || !formula.includes('!')) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      // String literal: copied verbatim ("" is an escaped quote).
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      let name = '';
      while (j < formula.length) {
        if (formula[j] === "'") {
          if (formula[j + 1] === "'") {
            name += "'";
            j += 2;
            continue;
          }
          break;
        }
        name += formula[j++];
      }
      const renamed = formula[j + 1] === '!' ? renames.get(name) : undefined;
      out += renamed !== undefined ? quoteSheetName(renamed) : formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (i === 0 || BOUNDARY.test(formula[i - 1])) {
      const m = UNQUOTED_REF.exec(formula.slice(i));
      if (m) {
        const renamed = renames.get(m[1]);
        out += renamed !== undefined ? `${quoteSheetName(renamed)}!` : m[0];
        i += m[0].length;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}
