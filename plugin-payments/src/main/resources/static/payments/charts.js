// Small accessible SVG charts: each has a title and a description, and the same figures are in a table beside it.
import { money } from './texts.js';

function frame(svg, id, title, description, width, height) {
  const root = svg('svg', { id, role: 'img', viewBox: `0 0 ${width} ${height}`, width: '100%', 'aria-labelledby': `${id}-title ${id}-desc` },
    svg('title', { id: `${id}-title` }, title), svg('desc', { id: `${id}-desc` }, description));
  return root;
}

/** One horizontal bar split into parts: [{ key, label, value }]. */
export function stackedBar(ctx, id, title, description, parts, lang) {
  const { svg } = ctx;
  const width = 800;
  const total = parts.reduce((s, p) => s + Math.max(0, p.value), 0) || 1;
  const chart = frame(svg, id, title, description, width, 60);
  let x = 0;
  for (const p of parts) {
    const w = (Math.max(0, p.value) / total) * width;
    chart.append(svg('rect', { x, y: 0, width: w, height: 40, class: `os2-bar-${p.key}` }, svg('title', {}, `${p.label}: ${money(p.value, lang)}`)));
    x += w;
  }
  return chart;
}

/** Bars around a zero line: [{ label, value }]; positive to the right. */
export function divergingBars(ctx, id, title, description, rows, lang) {
  const { svg } = ctx;
  const width = 800;
  const labelWidth = 260;
  const rowHeight = 26;
  const max = Math.max(1, ...rows.map((r) => Math.abs(r.value)));
  const half = (width - labelWidth - 120) / 2;
  const zero = labelWidth + half;
  const chart = frame(svg, id, title, description, width, rows.length * rowHeight + 10);
  rows.forEach((r, i) => {
    const y = i * rowHeight + 4;
    const w = (Math.abs(r.value) / max) * half;
    chart.append(
      svg('text', { x: 0, y: y + 15, class: 'os2-chart-label' }, r.label.length > 32 ? `${r.label.slice(0, 31)}…` : r.label),
      svg('rect', { x: r.value >= 0 ? zero : zero - w, y, width: Math.max(w, 1), height: 18, class: r.value >= 0 ? 'os2-bar-up' : 'os2-bar-down' }),
      svg('text', { x: zero + half + 8, y: y + 15, class: 'os2-chart-value' }, money(r.value, lang)));
  });
  chart.append(svg('line', { x1: zero, x2: zero, y1: 0, y2: rows.length * rowHeight + 10, stroke: '#1a1a1a' }));
  return chart;
}

/** Vertical bars per year with a horizontal target line: [{ label, value }]. */
export function barsWithTarget(ctx, id, title, description, rows, target, lang) {
  const { svg } = ctx;
  const width = 800;
  const height = 260;
  const top = 20;
  const bottom = 40;
  const max = Math.max(target, ...rows.map((r) => r.value), 1);
  const min = Math.min(0, ...rows.map((r) => r.value));
  const scale = (v) => top + (height - top - bottom) * (1 - (v - min) / (max - min));
  const chart = frame(svg, id, title, description, width, height);
  const slot = (width - 40) / Math.max(rows.length, 1);
  rows.forEach((r, i) => {
    const x = 40 + i * slot + slot * 0.2;
    const y = Math.min(scale(r.value), scale(0));
    chart.append(
      svg('rect', { x, y, width: slot * 0.6, height: Math.max(Math.abs(scale(0) - scale(r.value)), 1), class: 'os2-bar-reserve' },
        svg('title', {}, `${r.label}: ${money(r.value, lang)}`)),
      svg('text', { x: x + slot * 0.3, y: height - 12, 'text-anchor': 'middle', class: 'os2-chart-label' }, r.label));
  });
  chart.append(svg('line', { x1: 30, x2: width, y1: scale(target), y2: scale(target), class: 'os2-target-line' }));
  return chart;
}
