import { strToU8, zipSync } from 'fflate';
import { createBudget, openZip, readEntryBytes } from './zip';

describe('openZip entry names', () => {
  test('ASCII names and UTF-8 names (a Chinese attachment packed beside the parts) both read back', () => {
    const bytes = zipSync({
      'xl/worksheets/sheet1.xml': strToU8('<worksheet/>'),
      '附件/整改说明.txt': strToU8('已整改'),
      'docs/caf\u00e9.txt': strToU8('latin'),
    });
    const zip = openZip(bytes);
    expect(zip.size).toBe(3);
    for (const [name, text] of [
      ['xl/worksheets/sheet1.xml', '<worksheet/>'],
      ['附件/整改说明.txt', '已整改'],
      ['docs/café.txt', 'latin'],
    ]) {
      const entry = zip.get(name);
      expect(entry?.name).toBe(name);
      expect(new TextDecoder().decode(readEntryBytes(zip, entry!, createBudget(1 << 20)))).toBe(text);
    }
  });
});
