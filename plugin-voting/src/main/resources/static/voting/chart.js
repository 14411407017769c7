// The result of a closed ballot as horizontal bars, with a title and a description; the counts are also in the result text.
import { choiceText } from './texts.js';

export function resultChart(ctx, t, ballot, result) {
  const { svg } = ctx;
  const rows = Object.entries(result.counts);
  const max = Math.max(1, ...rows.map(([, n]) => n));
  const width = 700;
  const labelWidth = 260;
  const id = `chart-${ballot.id}`;
  const chart = svg('svg', { id, role: 'img', viewBox: `0 0 ${width} ${rows.length * 30 + 10}`, width: '100%', 'aria-labelledby': `${id}-title ${id}-desc` },
    svg('title', { id: `${id}-title` }, `${t.chart}: ${ballot.title}`), svg('desc', { id: `${id}-desc` }, t.chartDesc));
  rows.forEach(([key, count], i) => {
    const y = i * 30 + 5;
    const won = result.elected.includes(key) || (ballot.kind === 'YES_NO' && key === 'YES' && result.passed);
    const label = key === 'blank' ? t.blank : choiceText(t, ballot, key);
    chart.append(svg('text', { x: 0, y: y + 16, class: 'os2-chart-label' }, label.length > 34 ? `${label.slice(0, 33)}…` : label),
      svg('rect', { x: labelWidth, y, width: Math.max(1, ((width - labelWidth - 60) * count) / max), height: 20, class: won ? 'os2-bar-win' : 'os2-bar' }),
      svg('text', { x: width - 50, y: y + 16, class: 'os2-chart-value' }, String(count)));
  });
  return ctx.el('div', { class: 'os2-chart-wrap' }, chart);
}
