// The Catalogue page (every signed-in user): each partner plugin with the organisation that made
// it, its name, plugin id and version, whether it fits this platform's core-api, its trust status
// and whether it works.
import { texts, trustLabel, ensureStylesheet } from './texts.js';

export async function render(root, ctx) {
  const { el } = ctx;
  const t = texts(ctx.lang);
  ensureStylesheet(ctx);
  const entries = (await ctx.api('/partner-plugins/catalogue')).body;
  const page = el('div', { class: 'os2-plugin-page' }, el('h1', {}, t.catalogue), el('p', {}, t.catalogueIntro));
  root.append(page);
  if (!entries.length) {
    page.append(el('p', { id: 'catalogue-empty' }, t.catalogueNone));
    return;
  }
  const badge = (good, text) => el('span', { class: `os2-badge os2-badge-${good ? 'good' : 'bad'}` }, text);
  page.append(el('div', { class: 'os2-table-wrap' },
    el('table', { class: 'table table--zebra', id: 'catalogue-table' },
      el('thead', {}, el('tr', {}, [t.name, t.organisation, t.pluginId, t.version, t.compatibility, t.trust, t.health]
        .map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, entries.map((e) => el('tr', { 'data-plugin-id': e.pluginId },
        el('th', { scope: 'row' }, e.name || e.pluginId),
        el('td', {}, e.organisation || t.unknownOrganisation),
        el('td', {}, e.pluginId),
        el('td', {}, e.version),
        el('td', { 'data-field': 'compatible' }, badge(e.compatible, e.compatible ? t.compatible : t.incompatible)),
        el('td', { 'data-field': 'trust' }, trustLabel(t, e.trust)),
        el('td', { 'data-field': 'health' }, badge(e.working, e.working ? t.working : t.notWorking))))))));
}
