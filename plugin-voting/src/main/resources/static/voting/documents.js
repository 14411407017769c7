// Documents on an assembly's agenda items (listed for those who may read them; uploaded and deleted by the
// secretariat) and publishing the material to the members.
import { docTexts, formatDate, formatSize, describe } from './texts.js';

/** Adds each agenda item's documents below it (the items are li#agenda-item-<id>) and the material section. */
export async function agendaDocuments(root, ctx, a, agenda) {
  const { el, api, lang, hasRole } = ctx;
  const t = docTexts(lang);
  let data;
  try {
    data = (await api(`/voting/assemblies/${a.id}/documents`)).body;
  } catch (e) {
    if (e.status === 403) return; // material is for members, the board and the secretariat
    throw e;
  }
  const staff = hasRole('secretariat');
  for (const item of agenda) {
    const li = root.querySelector(`#agenda-item-${item.id}`);
    if (!li) continue;
    const docs = data.documents.filter((d) => d.itemId === item.id);
    if (!docs.length) continue;
    li.append(el('div', { class: 'os2-documents', id: `documents-${item.id}` },
      el('p', { class: 'os2-documents-heading' }, el('strong', {}, t.documents)),
      el('ul', { class: 'os2-document-list' }, docs.map((d) => documentRow(ctx, t, a, d, staff)))));
  }
  if (staff) root.append(uploadForm(ctx, t, a, agenda, data.maxBytes));
  root.append(materialSection(ctx, t, a, data, staff));
}

function documentRow(ctx, t, a, d, staff) {
  const { el, api } = ctx;
  const href = `/api/v1/voting/assemblies/${a.id}/documents/${d.id}`;
  const row = el('li', { id: `document-${d.id}` },
    el('a', { href, download: d.fileName }, d.fileName), ' ',
    el('span', { class: 'os2-muted' }, `(${t.textTypes[d.mediaType] || d.mediaType}, ${formatSize(d.size, ctx.lang)})`));
  if (staff) {
    const remove = el('button', { class: 'button button-tertiary button-small', type: 'button', id: `delete-document-${d.id}` }, t.deleteDocument);
    remove.setAttribute('aria-label', `${t.deleteDocument} ${d.fileName}`);
    remove.addEventListener('click', async () => {
      if (!(await ctx.confirm({ heading: t.confirmDelete, text: t.confirmDeleteText, facts: [[t.fields.file, d.fileName]],
        confirmLabel: t.deleteDocument, cancelLabel: t.cancel }))) return;
      try {
        await api(`/voting/assemblies/${a.id}/documents/${d.id}`, { method: 'DELETE' });
        // the button that had the focus goes with the row: the focus moves to the list's heading
        const heading = document.getElementById('material-heading');
        row.remove();
        if (heading) { heading.setAttribute('tabindex', '-1'); heading.focus(); }
      } catch (e) {
        ctx.showFailure(slot, e, { texts: t, describe: describe(t), label: (f) => t.fields[f] || f });
      }
    });
    const slot = el('div', { 'aria-live': 'polite' });
    row.append(' ', remove, slot);
  }
  return row;
}

/** One form for the secretariat: the agenda item and the file; the server's field error is shown at the field. */
function uploadForm(ctx, t, a, agenda, maxBytes) {
  const { el, api } = ctx;
  const messages = el('div', { id: 'upload-messages', 'aria-live': 'polite' });
  const item = el('select', { class: 'form-input', id: 'upload-item', name: 'itemId' },
    agenda.map((i) => el('option', { value: String(i.id) }, `${i.position}. ${i.title}`)));
  const file = el('input', { class: 'form-input', type: 'file', id: 'upload-file', name: 'file',
    accept: '.pdf,.odt,.ods,.odp,.docx,.xlsx,.pptx,.png,.jpg,.jpeg,.txt' });
  const form = el('form', { class: 'os2-upload', id: 'upload-form', novalidate: true, 'aria-labelledby': 'upload-heading' },
    el('h2', { id: 'upload-heading' }, t.upload),
    el('p', { class: 'os2-muted', id: 'upload-accepted' }, `${t.accepted} ${formatSize(maxBytes, ctx.lang)}.`),
    ctx.forms.field('upload-item', t.item, item),
    ctx.forms.field('upload-file', t.uploadFile, file),
    el('div', { class: 'os2-actions' }, el('button', { class: 'button button-secondary', type: 'submit', id: 'upload-submit' }, t.upload)),
    messages);
  const fail = (error) => {
    const errors = (error.problem && error.problem.errors) || {};
    // the form's fields are upload-…; a name the server refuses belongs to the file; a body past the platform's own limit is too large
    const placed = Object.fromEntries(Object.entries(errors).map(([k, v]) => [k === 'itemId' ? 'upload-item' : 'upload-file', v]));
    if (error.status === 413) placed['upload-file'] = 'too-large';
    error.problem = { ...(error.problem || {}), errors: placed };
    ctx.showFailure(messages, error, { form, texts: t, describe: describe(t) });
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = file.files && file.files[0];
    if (!chosen) return fail({ status: 422, problem: { errors: { file: 'required' } }, message: '' });
    if (chosen.size > maxBytes) return fail({ status: 422, problem: { errors: { file: 'too-large' } }, message: '' });
    try {
      await api(`/voting/assemblies/${a.id}/agenda/${item.value}/documents?filename=${encodeURIComponent(chosen.name)}`,
        { method: 'POST', body: chosen, headers: { 'Content-Type': chosen.type || 'application/octet-stream' } });
      ctx.navigate(`#/voting/assembly/${a.id}?uploaded=${Date.now()}`);
    } catch (e) {
      fail(e);
    }
  });
  return form;
}

function materialSection(ctx, t, a, data, staff) {
  const { el, api, lang } = ctx;
  const state = el('p', { id: 'material-state' }, data.material
    ? `${t.materialPublished} ${formatDate(data.material.publishedAt, lang)} (${data.material.documents} ${t.documents.toLowerCase()}).`
    : t.materialNotPublished);
  const section = el('section', { id: 'material', 'aria-labelledby': 'material-heading' },
    el('h2', { id: 'material-heading' }, t.material), state);
  if (staff) {
    const messages = el('div', { id: 'material-messages', 'aria-live': 'polite' });
    const button = el('button', { class: 'button button-primary', type: 'button', id: 'publish-material' }, t.publishMaterial);
    button.addEventListener('click', async () => {
      if (!(await ctx.confirm({ heading: t.confirmMaterial, text: t.confirmMaterialText,
        facts: [[t.assembly, a.title], [t.documentCount, String(data.documents.length)]], confirmLabel: t.publishMaterial, cancelLabel: t.cancel }))) return;
      try {
        const m = (await api(`/voting/assemblies/${a.id}/material`, { method: 'POST' })).body;
        state.textContent = `${t.materialPublished} ${formatDate(m.publishedAt, lang)} (${m.documents} ${t.documents.toLowerCase()}).`;
        ctx.clear(messages).append(ctx.alert('success', t.materialSent, ''));
      } catch (e) {
        ctx.showFailure(messages, e, { texts: t, describe: describe(t), label: (f) => t.fields[f] || f });
      }
    });
    section.append(el('div', { class: 'os2-actions' }, button), messages);
  }
  return section;
}
