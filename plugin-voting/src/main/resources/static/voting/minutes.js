// The minutes as people read them: the same blocks the PDF holds, as headings, lists and tables, with a print
// stylesheet, a print button and the PDF. The secretariat edits the text of the minutes below.
import { docTexts, formatDate, describe } from './texts.js';

export async function minutesPage(root, ctx, id) {
  const { el, api, lang, hasRole } = ctx;
  const t = docTexts(lang);
  const [response, view] = await Promise.all([api(`/voting/assemblies/${encodeURIComponent(id)}/minutes`),
    api(`/voting/assemblies/${encodeURIComponent(id)}/minutes/document?lang=${lang === 'en' ? 'en' : 'da'}`)]);
  const m = response.body;
  ctx.title(view.body.title);
  const print = el('button', { class: 'button button-secondary', type: 'button', id: 'minutes-print-button' }, t.print);
  print.addEventListener('click', () => window.print());
  const pdf = el('a', { class: 'button button-secondary', id: 'minutes-pdf', download: '',
    href: `/api/v1/voting/assemblies/${encodeURIComponent(id)}/minutes.pdf?lang=${lang === 'en' ? 'en' : 'da'}` }, t.downloadPdf);
  root.append(el('p', { class: 'os2-no-print' }, el('a', { href: `#/voting/assembly/${id}` }, t.back)),
    el('p', { id: 'minutes-state', class: 'os2-no-print' }, m.publishedOn ? `${t.published} ${formatDate(m.publishedOn, lang)}` : `${t.minutesDue}: ${formatDate(m.due, lang)}`));
  if (m.late) root.append(ctx.alert('warning', t.late, ''));
  root.append(el('div', { class: 'os2-actions os2-no-print' }, print, pdf),
    el('article', { id: 'minutes-print', class: 'os2-minutes-doc', lang: view.body.language },
      el('h1', { id: 'minutes-title' }, ...ctx.marked(view.body.title)), view.body.blocks.map((b) => block(el, ctx.marked, b))));
  if (hasRole('secretariat')) root.append(editor(ctx, t, id, m, response.etag));
}

/** One block of the document as HTML: its headings below the page's own h1 (the document's title). */
function block(el, marked, b) {
  if (b.type === 'heading') return el(`h${Math.max(2, Math.min(b.level, 3))}`, {}, ...marked(b.text));
  if (b.type === 'paragraph') return el('p', {}, b.text.split('\n').flatMap((line, i) => (i ? [el('br'), ...marked(line)] : marked(line))));
  if (b.type === 'facts') {
    return el('dl', { class: 'os2-facts' }, b.facts.flatMap((f) => [el('dt', {}, f.label), el('dd', {}, ...marked(f.value))]));
  }
  const numeric = new Set(b.numericColumns || []);
  return el('div', { class: 'os2-table-wrap' }, el('table', { class: 'table os2-minutes-table' },
    b.caption ? el('caption', {}, ...marked(b.caption)) : null,
    el('thead', {}, el('tr', {}, b.header.map((h, i) => el('th', { scope: 'col', class: numeric.has(i) ? 'os2-num' : null }, h)))),
    el('tbody', {}, b.rows.map((r) => el('tr', {}, r.map((c, i) => (i === 0
      ? el('th', { scope: 'row' }, ...marked(c)) : el('td', { class: numeric.has(i) ? 'os2-num' : null }, ...marked(c)))))))));
}

function editor(ctx, t, id, m, etag) {
  const { el, api } = ctx;
  const messages = el('div', { id: 'minutes-messages', 'aria-live': 'polite' });
  const text = el('textarea', { class: 'form-input', id: 'minutes-text', name: 'minutes' });
  text.value = m.text;
  const save = (publish) => async (event) => {
    event.preventDefault();
    if (publish && !(await ctx.confirm({ heading: t.confirmPublishMinutes, text: t.confirmPublishText,
      facts: [[t.assembly, m.title || document.getElementById('minutes-title').textContent]], confirmLabel: t.publishMinutes, cancelLabel: t.cancel }))) return;
    try {
      await api(`/voting/assemblies/${id}/minutes`, { method: 'PUT', body: { text: text.value, publish }, headers: { 'If-Match': etag } });
      ctx.navigate(`#/voting/minutes/${id}?${publish ? 'published' : 'saved'}`);
    } catch (e) {
      ctx.showFailure(messages, e, { form, texts: t, describe: describe(t) });
    }
  };
  const publishButton = el('button', { class: 'button button-primary', type: 'button', id: 'minutes-publish' }, t.publishMinutes);
  const form = el('form', { id: 'minutes-form', class: 'os2-minutes', novalidate: true }, el('p', { class: 'os2-muted' }, t.draft),
    ctx.forms.field('minutes', t.minutes, text),
    el('div', { class: 'os2-actions' }, el('button', { class: 'button button-secondary', type: 'submit', id: 'minutes-save' }, t.saveMinutes), publishButton));
  form.addEventListener('submit', save(false));
  publishButton.addEventListener('click', save(true));
  return el('details', { class: 'os2-no-print', id: 'minutes-editor', open: !m.publishedOn },
    el('summary', {}, t.editMinutes), messages, form);
}
