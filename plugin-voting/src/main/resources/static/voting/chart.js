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
    svg('title', { id: `${id}-title` }, `${t.chart}: ${ballot.title}`), svg('desc', { id: `${id}-desc` }, t.chartDesc),
    // against and abstain differ by colour and by pattern (hatched, dotted), and each bar is labelled in words
    svg('defs', {},
      svg('pattern', { id: `${id}-no`, width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
        svg('rect', { width: 8, height: 8, class: 'os2-bar-no' }), svg('line', { x1: 0, y1: 0, x2: 0, y2: 8, class: 'os2-hatch' })),
      svg('pattern', { id: `${id}-abstain`, width: 8, height: 8, patternUnits: 'userSpaceOnUse' },
        svg('rect', { width: 8, height: 8, class: 'os2-bar-abstain' }), svg('circle', { cx: 4, cy: 4, r: 1.6, class: 'os2-dot' }))));
  rows.forEach(([key, count], i) => {
    const y = i * 30 + 5;
    const won = result.elected.includes(key) || (ballot.kind === 'YES_NO' && key === 'YES' && result.passed);
    const label = key === 'blank' ? t.blank : choiceText(t, ballot, key)
      + (t.pattern && t.pattern[key] ? ` (${t.pattern[key]})` : '');
    // an option's or a candidate's label is Danish (WCAG 3.1.2 on an English page)
    const own = ctx.lang === 'en' && !['YES', 'NO', 'ABSTAIN', 'blank'].includes(key);
    chart.append(svg('text', { x: 0, y: y + 16, class: 'os2-chart-label', ...(own ? { lang: 'da' } : {}) }, label.length > 34 ? `${label.slice(0, 33)}…` : label),
      svg('rect', { x: labelWidth, y, width: Math.max(1, ((width - labelWidth - 60) * count) / max), height: 20,
        class: key === 'NO' || key === 'ABSTAIN' ? 'os2-bar-patterned' : won ? 'os2-bar-win' : 'os2-bar',
        fill: key === 'NO' ? `url(#${id}-no)` : key === 'ABSTAIN' ? `url(#${id}-abstain)` : null }),
      svg('text', { x: width - 50, y: y + 16, class: 'os2-chart-value' }, String(count)));
  });
  return ctx.el('div', { class: 'os2-chart-wrap' }, chart);
}
