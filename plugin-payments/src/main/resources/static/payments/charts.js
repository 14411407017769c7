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

/** Vertical bars per year with a value axis, each bar's value written, a horizontal target line; a negative bar is marked in words. */
export function barsWithTarget(ctx, id, title, description, rows, target, lang, t) {
  const { svg } = ctx;
  const width = 800;
  const height = 300;
  const top = 24;
  const bottom = 44;
  const left = 130;
  // the value axis in round steps (1, 2 or 5 times a power of ten) from zero or below to above the highest value
  const high = Math.max(target, ...rows.map((r) => r.value), 1);
  const low = Math.min(0, ...rows.map((r) => r.value));
  const raw = (high - low) / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * power).find((x) => x >= raw);
  const min = Math.floor(low / step) * step;
  const max = Math.ceil(high / step) * step;
  const scale = (v) => top + (height - top - bottom) * (1 - (v - min) / (max - min));
  const chart = frame(svg, id, title, description, width, height);
  for (let v = min; v <= max + step / 2; v += step) {
    chart.append(svg('line', { x1: left - 6, x2: width, y1: scale(v), y2: scale(v), class: 'os2-grid' }),
      svg('text', { x: left - 10, y: scale(v) + 5, 'text-anchor': 'end', class: 'os2-chart-value os2-axis-value' }, money(Math.round(v), lang)));
  }
  chart.append(svg('line', { x1: left, x2: left, y1: top, y2: height - bottom, class: 'os2-axis' }),
    svg('line', { x1: left, x2: width, y1: scale(0), y2: scale(0), class: 'os2-axis' }));
  const slot = (width - left) / Math.max(rows.length, 1);
  rows.forEach((r, i) => {
    const x = left + i * slot + slot * 0.2;
    const y = Math.min(scale(r.value), scale(0));
    const negative = r.value < 0;
    const words = `${money(r.value, lang)}${negative && t ? ` (${t.negative})` : ''}`;
    chart.append(
      svg('rect', { x, y, width: slot * 0.6, height: Math.max(Math.abs(scale(0) - scale(r.value)), 1), class: negative ? 'os2-bar-negative' : 'os2-bar-reserve' },
        svg('title', {}, `${r.label}: ${words}`)),
      svg('text', { x: x + slot * 0.3, y: negative ? scale(r.value) + 16 : y - 6, 'text-anchor': 'middle', class: 'os2-chart-value os2-bar-value' }, words),
      svg('text', { x: x + slot * 0.3, y: height - 14, 'text-anchor': 'middle', class: 'os2-chart-label' }, r.label));
  });
  chart.append(svg('line', { x1: left, x2: width, y1: scale(target), y2: scale(target), class: 'os2-target-line' }));
  return chart;
}
