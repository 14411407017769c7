// The ${pluginTitle} page in the console: the entries, the latest date first, and for the
// secretariat a form to add one. The shell calls render(root, ctx); ctx is described in the
// console's /console/context.js (lang, api, el, forms, showFailure, hasRole, ...).
const API = '/plugins/${pluginId}/entries';

// An entry's fields as the API names them: the table's columns and the form's inputs, in this order.
const FIELDS = [
  { name: 'date', type: 'date', da: 'Dato', en: 'Date' },
  { name: 'title', type: 'text', da: 'Titel', en: 'Title' },
  { name: 'description', type: 'textarea', da: 'Beskrivelse', en: 'Description' },
];

const TEXTS = {
  da: {
    title: '${pluginTitle}', none: 'Der er ingen indslag endnu.', add: 'Tilføj', save: 'Gem', saved: 'Det er gemt.',
    fixErrors: 'Ret de markerede felter.', error: 'Der opstod en fejl', conflict: 'Hent siden igen.',
    codes: { required: 'Skal udfyldes', 'too-long': 'Teksten er for lang' },
  },
  en: {
    title: '${pluginTitle}', none: 'There are no entries yet.', add: 'Add', save: 'Save', saved: 'It was saved.',
    fixErrors: 'Correct the marked fields.', error: 'Something went wrong', conflict: 'Reload the page.',
    codes: { required: 'Required', 'too-long': 'The text is too long' },
  },
};

export async function render(root, ctx) {
  const { el, api, lang, hasRole } = ctx;
  const t = TEXTS[lang] || TEXTS.da;
  const entries = (await api(API)).body;
  const messages = el('div', { id: '${pluginId}-messages' });
  root.append(el('h1', {}, t.title), messages);
  root.append(entries.length === 0 ? el('p', {}, t.none)
    : el('table', { class: 'table table--zebra', id: '${pluginId}-table' },
      el('thead', {}, el('tr', {}, FIELDS.map((f) => el('th', {}, f[lang] || f.da)))),
      el('tbody', {}, entries.map((entry) => el('tr', {},
        FIELDS.map((f) => el('td', {}, f.type === 'date' ? formatDate(entry[f.name], lang) : entry[f.name])))))));
  if (hasRole('secretariat')) root.append(form(ctx, t, messages, root));
}

function form(ctx, t, messages, root) {
  const { el, api, forms, lang } = ctx;
  const inputs = FIELDS.map((f) => el(f.type === 'textarea' ? 'textarea' : 'input',
    { class: 'form-input', type: f.type === 'textarea' ? null : f.type, id: '${pluginId}-' + f.name, name: f.name }));
  const form = el('form', { id: '${pluginId}-form', novalidate: true },
    el('h2', {}, t.add),
    FIELDS.map((f, i) => forms.field(f.name, f[lang] || f.da, inputs[i])),
    el('button', { class: 'button button-primary', type: 'submit', id: '${pluginId}-save' }, t.save));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    forms.clearErrors(form);
    const body = Object.fromEntries(FIELDS.map((f, i) => [f.name, inputs[i].value || null]));
    try {
      await api(API, { method: 'POST', body });
      ctx.clear(root);
      await render(root, ctx);
      root.querySelector('#${pluginId}-messages').append(ctx.alert('success', t.saved));
    } catch (error) {
      ctx.showFailure(messages, error, { form, texts: t, describe: (code) => t.codes[code] || code });
    }
  });
  return form;
}

function formatDate(iso, lang) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(lang === 'en' ? 'en-GB' : 'da-DK',
    { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
}
