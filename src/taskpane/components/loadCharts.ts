/**
 * chart.js, loaded when the review's charts are first shown: its own chunk, so the task pane's
 * first paint does not pay for it. Only the pieces the two charts use are registered.
 */
export type ChartModule = typeof import('chart.js');

let pending: Promise<ChartModule> | undefined;

export function loadCharts(): Promise<ChartModule> {
  pending ??= import(/* webpackChunkName: "charts" */ 'chart.js').then(
    (m) => {
      m.Chart.register(
        m.BarController,
        m.BarElement,
        m.LineController,
        m.LineElement,
        m.PointElement,
        m.CategoryScale,
        m.LinearScale,
        m.Legend,
        m.Title,
        m.Tooltip,
      );
      // The pane's font, so Chinese unit names render as in the rest of the UI.
      m.Chart.defaults.font.family =
        '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif';
      return m;
    },
    (err: unknown) => {
      pending = undefined;
      throw err;
    },
  );
  return pending;
}
