// Form helpers every console page shares: a labelled field with its error slot, and showing a
// problem+json answer's field errors next to the fields and in a DKFDS error summary that links each
// error to its field (error codes become text through the page's own `describe`). Field names from the
// API may carry list positions ("milestones[0].due"); the slot for such a field is found by the same
// name with the punctuation made into '-'.
import { el, clear, alert, icon } from './dom.js';
import { translator } from './i18n.js';

/** @return the id part for a field name: "milestones[0].due" → "milestones-0-due" */
export function fieldId(name) {
  return name.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '');
}

/** A form group: label, error slot (#error-<id>) and the input, which is described by the slot. */
export function field(name, label, input) {
  const id = fieldId(name);
  const described = input.getAttribute('aria-describedby');
  input.setAttribute('aria-describedby', described && !described.split(' ').includes(`error-${id}`) ? `${described} error-${id}` : `error-${id}`);
  return el('div', { class: 'form-group', id: `group-${id}` },
    el('label', { class: 'form-label', for: input.id }, label),
    el('span', { class: 'form-error-message', id: `error-${id}`, hidden: true }),
    input);
}

export function clearErrors(form) {
  for (const group of form.querySelectorAll('.form-error')) group.classList.remove('form-error');
  for (const span of form.querySelectorAll('.form-error-message')) { span.hidden = true; span.textContent = ''; }
}

let summaries = 0;

/**
 * The DKFDS error summary: "Der er problemer" and one list item per error; an item with a `target`
 * (an input's id) is a link that moves focus to that field, its label scrolled into view.
 * @param items [{ text, target? }]
 */
export function errorSummary(items, heading) {
  const t = translator(document.documentElement.lang === 'en' ? 'en' : 'da');
  const id = `error-summary-${++summaries}`;
  const list = el('ul', { class: 'alert-text nobullet-list os2-error-list' }, items.map((item) => el('li', {},
    item.target
      ? el('a', { href: `#${item.target}`, class: 'function-link', 'data-field': item.target, onclick: (event) => {
        const input = document.getElementById(item.target);
        if (!input) return;
        event.preventDefault();
        const label = document.querySelector(`label[for="${CSS.escape(item.target)}"]`) || input.closest('fieldset, .form-group') || input;
        label.scrollIntoView();
        input.focus({ preventScroll: true });
      } }, item.text)
      : item.text)));
  return el('div', { class: 'alert alert-error os2-error-summary', role: 'alert', 'aria-labelledby': `${id}-heading`,
    'data-module': 'error-summary', tabindex: '-1' },
  icon('error', 'alert-icon'),
  el('div', { class: 'alert-body' },
    el('p', { class: 'alert-heading', id: `${id}-heading` }, heading || t('errorSummary')),
    list));
}

/** The input a field's error slot describes (the field's own input, select or textarea). */
function inputFor(form, key) {
  return form.querySelector(`[aria-describedby~="error-${CSS.escape(key)}"]`)
    || form.querySelector(`#group-${CSS.escape(key)} input, #group-${CSS.escape(key)} select, #group-${CSS.escape(key)} textarea`);
}

/**
 * Shows a failed save: 412 as the conflict text; field errors next to their fields and in an error
 * summary that links each of them to its field (errors for fields without a slot are listed as text);
 * focus on the summary, as DKFDS does.
 * @param texts { fixErrors, error, conflict } in the page's language (fixErrors is no longer shown)
 * @param describe error code → text
 * @param label optional field name → words, for errors of fields the form has no slot for
 */
export function showErrors(form, messages, error, texts, describe, label) {
  clearErrors(form);
  if (error.status === 412) {
    clear(messages).append(alert('error', texts.conflict));
    messages.scrollIntoView();
    return;
  }
  const errors = (error.problem && error.problem.errors) || {};
  const say = describe || ((code) => code);
  const name = label || ((field) => field);
  const items = [];
  for (const [field, code] of Object.entries(errors)) {
    const key = [fieldId(field), fieldId(field.replace(/\[\d+\]$/, ''))].find((k) => form.querySelector(`#error-${CSS.escape(k)}`));
    const text = say(code);
    if (!key) { items.push({ text: `${name(field)}: ${text}` }); continue; }
    const span = form.querySelector(`#error-${CSS.escape(key)}`);
    span.textContent = text;
    span.hidden = false;
    const group = span.closest('.form-group');
    if (group) group.classList.add('form-error');
    const input = inputFor(form, key);
    const caption = input && input.id ? form.querySelector(`label[for="${CSS.escape(input.id)}"]`) : null;
    const words = caption ? caption.textContent.trim() : name(field);
    items.push({ text: `${words}: ${text}`, target: input && input.id ? input.id : null });
  }
  if (!items.length) {
    clear(messages).append(alert('error', texts.error, error.message || ''));
    messages.scrollIntoView();
    return;
  }
  const summary = errorSummary(items);
  clear(messages).append(summary);
  summary.focus();
}
