// Form helpers every console page shares: a labelled field with its error slot, and showing a
// problem+json answer's field errors next to the fields (error codes become text through the
// page's own `describe`). Field names from the API may carry list positions ("milestones[0].due");
// the slot for such a field is found by the same name with the punctuation made into '-'.
import { el, clear, alert } from './dom.js';

/** @return the id part for a field name: "milestones[0].due" → "milestones-0-due" */
export function fieldId(name) {
  return name.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '');
}

/** A form group: label, error slot (#error-<id>) and the input, which is described by the slot. */
export function field(name, label, input) {
  const id = fieldId(name);
  input.setAttribute('aria-describedby', `error-${id}`);
  return el('div', { class: 'form-group', id: `group-${id}` },
    el('label', { class: 'form-label', for: input.id }, label),
    el('span', { class: 'form-error-message', id: `error-${id}`, hidden: true }),
    input);
}

export function clearErrors(form) {
  for (const group of form.querySelectorAll('.form-error')) group.classList.remove('form-error');
  for (const span of form.querySelectorAll('.form-error-message')) { span.hidden = true; span.textContent = ''; }
}

/**
 * Shows a failed save: 412 as the conflict text; field errors next to their fields (errors for
 * fields without a slot are listed in the alert); focus on the first field in error.
 * @param texts { fixErrors, error, conflict } in the page's language
 * @param describe error code → text
 */
export function showErrors(form, messages, error, texts, describe) {
  clearErrors(form);
  if (error.status === 412) {
    clear(messages).append(alert('error', texts.conflict));
    messages.scrollIntoView();
    return;
  }
  const errors = (error.problem && error.problem.errors) || {};
  const unplaced = [];
  for (const [name, code] of Object.entries(errors)) {
    const span = form.querySelector(`#error-${fieldId(name)}`) || form.querySelector(`#error-${fieldId(name.replace(/\[\d+\]$/, ''))}`);
    const text = describe(code);
    if (!span) { unplaced.push(`${name}: ${text}`); continue; }
    span.textContent = text;
    span.hidden = false;
    span.closest('.form-group').classList.add('form-error');
  }
  clear(messages).append(alert('error', Object.keys(errors).length ? texts.fixErrors : texts.error, [error.message, ...unplaced].join(' ')));
  const first = form.querySelector('.form-error input, .form-error select, .form-error textarea');
  if (first) first.focus(); else messages.scrollIntoView();
}
