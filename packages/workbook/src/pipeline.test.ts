import { inferQuarter } from './pipeline';

test('inferQuarter: the quarter most months fall in, the later one on a tie, null for none', () => {
  expect(inferQuarter(['2021-04', '2021-05', '2021-03'])).toBe('2021Q2');
  expect(inferQuarter(['2021-03', '2021-04'])).toBe('2021Q2');
  expect(inferQuarter(['2020-12', '2021-01', '2020-11'])).toBe('2020Q4');
  expect(inferQuarter([])).toBeNull();
});
