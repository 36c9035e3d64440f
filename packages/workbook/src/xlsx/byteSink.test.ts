import { ByteSink } from './byteSink';

const utf8 = (s: string) => Array.from(new TextEncoder().encode(s));

describe('ByteSink', () => {
  it.each([
    ['ASCII', '<c r="A1" s="3"/>'],
    ['Chinese after ASCII', '<f>IF(G6="已完成",1,0)</f>'],
    ['Chinese first', '报送情况'],
    ['a surrogate pair', 'x𠀀y'],
    ['empty', ''],
  ])('writes %s as UTF-8', (_what, text) => {
    const sink = new ByteSink(4);
    sink.text(text);
    sink.text('|');
    expect(Array.from(sink.bytes())).toEqual(utf8(`${text}|`));
  });

  it.each([0, 7, 10, 99, 100, 12345, 4294967295, 4294967296, 1.5, 1e21])('writes %p as `${n}` does', (n) => {
    const sink = new ByteSink(1);
    sink.uint(n);
    expect(new TextDecoder().decode(sink.bytes())).toBe(`${n}`);
  });

  it('grows past its first size and forgets what it rewinds', () => {
    const sink = new ByteSink(8);
    const row = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>';
    for (let i = 0; i < 1000; i++) sink.text(row);
    const mark = sink.length;
    sink.text('<row r="2">');
    sink.rewind(mark);
    expect(sink.length).toBe(row.length * 1000);
    expect(new TextDecoder().decode(sink.bytes())).toBe(row.repeat(1000));
  });

  it('appends bytes after text', () => {
    const rows = new ByteSink(2);
    rows.text('<row r="1"/>');
    const sheet = new ByteSink(1);
    sheet.text('<sheetData>');
    sheet.append(rows.bytes());
    sheet.text('</sheetData>');
    expect(new TextDecoder().decode(sheet.bytes())).toBe('<sheetData><row r="1"/></sheetData>');
  });
});
