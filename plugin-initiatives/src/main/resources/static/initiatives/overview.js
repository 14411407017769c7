// The overview of a strategy period, shared by the console page and the public page: the period's
// rolled-up progress, a bar chart per initiative and the list with traffic lights.
import { texts, formatDate, percent, localized, localizedNode } from './texts.js';

const SVG = 'http://www.w3.org/2000/svg';
const BAR_COLOURS = { GREEN: '#2e7d32', YELLOW: '#a86f00', RED: '#c62828', GREY: '#6b6b6b' };

function svg(tag, attributes, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A traffic light: a coloured dot and the status name, never colour alone. */
export function statusBadge(el, status, lang) {
  const t = texts(lang);
  const light = status ? status.light : 'GREY';
  return el('span', { class: `os2-status os2-light-${light.toLowerCase()}`, 'data-status': status ? status.id : '' },
    el('span', { class: 'os2-light', 'aria-hidden': 'true' }),
    status ? (lang === 'en' ? status.nameEn : status.nameDa) : t.none,
    el('span', { class: 'os2-sr-only' }, ` (${t.light[light]})`));
}

export function progressBar(el, value, lang, id) {
  return el('span', { class: 'os2-progress' },
    el('progress', { max: 100, value, id, 'aria-label': `${texts(lang).progress} ${percent(value, lang)}` }),
    el('span', { class: 'os2-progress-value' }, percent(value, lang)));
}

export function chart(initiatives, statuses, lang) {
  const t = texts(lang);
  const row = 40;
  const labelWidth = 300;
  const barWidth = 360;
  const height = Math.max(1, initiatives.length) * row + 10;
  const root = svg('svg', { viewBox: `0 0 ${labelWidth + barWidth + 70} ${height}`, role: 'img', 'aria-labelledby': 'chart-title chart-desc',
    class: 'os2-chart', id: 'strategy-chart', width: '100%' });
  root.append(svg('title', { id: 'chart-title' }, t.chart), svg('desc', { id: 'chart-desc' }, t.chartDesc));
  initiatives.forEach((initiative, index) => {
    const status = statuses.find((s) => s.id === initiative.status);
    const y = index * row + 8;
    const value = Number(initiative.progress);
    const title = localized(initiative, 'title', lang);
    const group = svg('g', { 'data-initiative': initiative.id, 'data-progress': value });
    group.append(
      svg('text', { x: 0, y: y + 18, class: 'os2-chart-label' }, title.length > 38 ? `${title.slice(0, 37)}…` : title),
      svg('rect', { x: labelWidth, y, width: barWidth, height: 24, class: 'os2-chart-track' }),
      svg('rect', { x: labelWidth, y, width: (barWidth * value) / 100, height: 24, fill: BAR_COLOURS[status ? status.light : 'GREY'] }),
      svg('text', { x: labelWidth + barWidth + 8, y: y + 18, class: 'os2-chart-value' }, percent(value, lang)));
    root.append(group);
  });
  return root;
}

/**
 * Renders the period's overview into `container`.
 * @param strategy {period, initiatives, statuses, missionPoints}
 * @param linkFor a function giving the href of an initiative's detail, or null for no links
 */
export function renderOverview(container, el, strategy, lang, linkFor) {
  const t = texts(lang);
  const { period, initiatives, statuses } = strategy;
  container.append(
    el('section', { class: 'os2-period', 'aria-labelledby': 'period-name' },
      el('h2', { id: 'period-name' }, period.name),
      el('p', {}, `${formatDate(period.from, lang)} – ${formatDate(period.to, lang)}. ${t.approvedBy}: ${period.approvedBy}, ${formatDate(period.approvedOn, lang)}.`),
      el('p', { class: 'os2-period-progress' }, el('strong', {}, `${t.periodProgress}: `), progressBar(el, Number(period.progress), lang, 'period-progress'))));
  if (!initiatives.length) {
    container.append(el('p', {}, t.noInitiatives));
    return;
  }
  container.append(el('h2', {}, t.chart), el('div', { class: 'os2-chart-wrap' }, chart(initiatives, statuses, lang)));
  const rows = initiatives.map((i) => el('tr', { 'data-initiative': i.id },
    el('th', { scope: 'row' }, linkFor ? el('a', { href: linkFor(i) }, localizedNode(el, i, 'title', lang)) : localizedNode(el, i, 'title', lang),
      localized(i, 'description', lang) ? el('p', { class: 'os2-muted' }, localizedNode(el, i, 'description', lang)) : null),
    el('td', {}, statusBadge(el, statuses.find((s) => s.id === i.status), lang)),
    el('td', {}, progressBar(el, Number(i.progress), lang)),
    el('td', {}, `${i.milestones.filter((m) => (statuses.find((s) => s.id === m.status) || {}).done).length} / ${i.milestones.length}`),
    el('td', {}, `${formatDate(i.start, lang)} – ${formatDate(i.end, lang)}`)));
  container.append(el('h2', {}, t.initiatives),
    el('div', { class: 'os2-table-wrap' }, el('table', { class: 'table table--zebra', id: 'initiative-table' },
      el('thead', {}, el('tr', {}, [t.initiative, t.status, t.progress, t.milestones, `${t.start} – ${t.end}`].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, rows))));
}
