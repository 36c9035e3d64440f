import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SofficeMissingError, recalculateWithLibreOffice } from './libreoffice';
import { testWithTools } from './tools';

const withOffice = (name: string, fn: () => Promise<void>, timeout?: number) => testWithTools(['soffice'], name, fn, timeout);

async function writeSample(path: string, staleResult: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('表');
  ws.getCell('A1').value = 2;
  ws.getCell('A2').value = 3;
  // A wrong cached result: only a recalculating engine replaces it.
  ws.getCell('B1').value = { formula: 'A1*A2', result: staleResult } as ExcelJS.CellFormulaValue;
  ws.getCell('B2').value = { formula: '_xlfn.RANK.EQ(A1,$A$1:$A$2,0)' } as ExcelJS.CellFormulaValue;
  writeFileSync(path, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

describe('recalculateWithLibreOffice', () => {
  withOffice(
    'recalculates formulas of several files in one call, replacing stale cached values',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'lo-helper-'));
      try {
        const files = [join(dir, 'one.xlsx'), join(dir, 'two.xlsx')];
        await writeSample(files[0], 99);
        await writeSample(files[1], -1);
        const { outputs, elapsedMs } = await recalculateWithLibreOffice(files, { outDir: join(dir, 'out') });
        expect(outputs).toHaveLength(2);
        expect(elapsedMs).toBeGreaterThan(0);
        for (const out of outputs) {
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.readFile(out);
          const ws = wb.getWorksheet('表')!;
          expect((ws.getCell('B1').value as ExcelJS.CellFormulaValue).result).toBe(6);
          expect((ws.getCell('B2').value as ExcelJS.CellFormulaValue).result).toBe(2);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );

  test('says clearly when soffice is missing', async () => {
    const saved = process.env.SOFFICE_PATH;
    process.env.SOFFICE_PATH = '/nonexistent/soffice';
    try {
      await expect(recalculateWithLibreOffice(['/tmp/x.xlsx'])).rejects.toBeInstanceOf(SofficeMissingError);
      await expect(recalculateWithLibreOffice(['/tmp/x.xlsx'])).rejects.toThrow(/soffice.*not installed/);
    } finally {
      if (saved === undefined) delete process.env.SOFFICE_PATH;
      else process.env.SOFFICE_PATH = saved;
    }
  });
});
