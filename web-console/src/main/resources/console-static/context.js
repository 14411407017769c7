// The context every console page module gets as render(element, ctx). This file is its one
// description; docs/plugin-guide.md links here. Danish first: `lang` is 'da' unless the user chose English.

/**
 * @typedef {Object} ConsoleContext
 * @property {'da'|'en'} lang                the user's language
 * @property {Object|null} user              the signed-in user: { username, displayName, roles: string[], organisationId, csrfToken }
 * @property {string[]} route                the path after the page id, e.g. ['product', '7'] for #/products/product/7
 * @property {(path: string, options?: Object) => Promise<{body: any, etag: string|null, status: number}>} api
 *           fetch below /api/v1: JSON in and out (a string, Blob, File or ArrayBuffer body is sent as it is, with
 *           the Content-Type header the caller sets), the CSRF token on every change; throws ApiError
 * @property {typeof ApiError} ApiError     the error api() throws: { status, problem } with the problem+json body
 * @property {(key: string) => string} t     the shell's own texts (i18n.js); pages keep their own tables
 * @property {(tag: string, attributes?: Object, ...children: any[]) => HTMLElement} el   safe DOM building (text, never markup)
 * @property {(tag: string, attributes?: Object, ...children: any[]) => SVGElement} svg  the same for charts
 * @property {(node: Node) => Node} clear    removes every child
 * @property {(kind: 'success'|'error'|'info'|'warning', heading?: string, text?: string) => HTMLElement} alert   a DKFDS alert
 * @property {Object} forms                  { field, clearErrors, showErrors, fieldId, errorSummary }: labelled fields, the API's
 *           field errors next to them and in an error summary (errorSummary([{ text, target? }]) builds one by hand)
 * @property {(role: string) => boolean} hasRole   a role id such as 'secretariat'; an admin holds every role
 * @property {(hash: string) => void} navigate     go to another route, e.g. '#/products'
 * @property {(href: string) => void} stylesheet   adds the page's own stylesheet once
 * @property {(messages: HTMLElement, error: Error, options?: {form?: HTMLFormElement, texts?: {fixErrors: string, error: string, conflict: string}, describe?: (code: string) => string, label?: (field: string) => string}) => void} showFailure
 *           shows a failed call as the DKFDS error summary ("Der er problemer" / "There is a problem"): with a form,
 *           each field error next to its field and as a link in the summary that moves focus to the field (errors
 *           of fields the form lacks are listed as text); without a form, each field in words by `label`, each code
 *           by `describe`; an answer without field errors as an alert with the server's detail; 412 as texts.conflict
 * @property {(title: string) => void} title       sets the window title for what the page shows now (WCAG 2.4.2):
 *           `<what the page shows> – OS2 …`; the shell sets the menu entry's title first, every route refines it
 * @property {(options: {heading: string, text?: string, facts?: Array<[string, any]>, confirmLabel: string, cancelLabel?: string}) => Promise<boolean>} confirm
 *           asks before an irreversible action in a DKFDS modal (native <dialog>): the heading says what will happen,
 *           the facts name it (tariff, year, count, total …; a value may be text or a node). Focus moves into the
 *           dialog and back to the element that had it; Escape and "Annuller" answer false, confirmLabel true.
 *           Usage: `if (!(await ctx.confirm({ heading, facts, confirmLabel }))) return;`
 * @property {(options: {id: string, field?: string, label: string, hint?: string, multiple?: boolean, search: (text: string) => Promise<Array<{id: any, name: string, detail?: string}>>, value?: Array<{id: any, name: string}>}) => {element: HTMLElement, input: HTMLInputElement, value: () => Array<{id: any, name: string}>, set: (items: Array<{id: any, name: string}>) => void}} picker
 *           a labelled combobox (ARIA combobox with a list box) that calls `search` as the user types and offers
 *           the names found; arrow keys, Enter and Escape work as in a select. `multiple` shows the chosen ones as
 *           chips with a remove button each. `element` is a DKFDS form group with the error slot #error-<field or id>,
 *           so forms.showErrors places the API's error for that field next to it; the input's id is `id`.
 * @property {(items: Array<{label: string, href: string, current: boolean}>, label?: string) => HTMLElement} tabs
 *           DKFDS tab navigation (links, aria-current="page" on the current one) for a page's sub-navigation
 * @property {(items: Array<{label: string, state: 'done'|'current'|'todo'}>, label?: string) => HTMLElement} steps
 *           a read-only DKFDS step indicator; each step says its state to a screen reader too
 * @property {(path: string, fileName: string) => Promise<void>} download
 *           fetches /api/v1<path> with the session (and the console's language) and saves the answer as fileName,
 *           e.g. `ctx.download('/members.csv', 'medlemmer.csv')`; a refused call throws ApiError
 * @property {(text: any) => any} danish
 *           what people wrote (titles, places, agenda items, invoice lines, descriptions) and facts frozen in Danish
 *           (a ballot's result): as is on a Danish page, in a <span lang="da"> on an English one (WCAG 3.1.2)
 * @property {(text: string) => Array<string|HTMLElement>} marked
 *           an English server text with its Danish names between “ and ” marked lang="da" (AttentionItem's and the
 *           documents' convention), e.g. `el('a', {}, ...ctx.marked(item.text))`; a Danish text as it is
 * @property {(lang: 'da'|'en', text: any) => HTMLElement} other
 *           a <span lang="..."> around a part in the other language (a name or text the server has only in one
 *           language), so a screen reader pronounces it right (WCAG 3.1.2)
 * @property {(name: string, classes?: string) => SVGElement} icon   a DKFDS icon from the vendored sprite, e.g. icon('download');
 *           DKFDS markup copied with `<use href="#name">` finds no symbol: the sprite is referred to, not inlined
 *
 * Shared style classes (app.css): `.table-responsive` around a table scrolls it sideways on a narrow screen
 * instead of cutting columns (while it scrolls, the shell gives it a tab stop and a name, WCAG 2.1.1);
 * `.os2-actions` spaces a row of buttons away from the fields above it.
 */

import { el, clear, alert, icon } from './dom.js';
import * as forms from './forms.js';
import { translator } from './i18n.js';

/** The shell's texts in the page's language (the shell keeps <html lang> up to date). */
function words() {
  return translator(document.documentElement.lang === 'en' ? 'en' : 'da');
}

/** Adds a stylesheet once, however often a page renders. */
export function stylesheet(href) {
  if ([...document.querySelectorAll('link[rel=stylesheet]')].some((l) => l.getAttribute('href') === href)) return;
  document.head.append(el('link', { rel: 'stylesheet', href }));
}

/**
 * Shows a failed call in a messages area: with a form, the DKFDS error summary linking each field error to
 * its field (412 as the conflict text); without one, the same summary naming each field in words and
 * what is wrong with it, or an alert with the server's detail.
 */
export function showFailure(messages, error, { form, texts, describe, label } = {}) {
  const t = words();
  const given = texts || { fixErrors: '', error: t('error'), conflict: t('changedMeanwhile') };
  const say = describe || ((code) => code);
  if (form) {
    forms.showErrors(form, messages, error, given, say, label);
    return;
  }
  if (error.status === 412) {
    clear(messages).append(alert('error', given.conflict));
    return;
  }
  const errors = (error.problem && error.problem.errors) || {};
  const name = label || ((field) => field);
  if (Object.keys(errors).length) {
    clear(messages).append(forms.errorSummary(Object.entries(errors).map(([k, v]) => ({ text: `${name(k)}: ${say(v)}` }))));
    return;
  }
  clear(messages).append(alert('error', given.error, (error.problem && error.problem.detail) || error.message || ''));
}

/**
 * An English text from the server names Danish things (a title, a place, a name, what people wrote) between
 * “ and ”: those parts become <span lang="da">. A Danish text stays as it is. @return the parts, to spread into el()
 */
export function marked(lang, text) {
  if (lang === 'da' || typeof text !== 'string') return [text];
  return text.split(/(“[^”]*”)/).filter((part) => part !== '')
    .map((part) => (part.startsWith('“') && part.endsWith('”') ? other('da', part) : part));
}

/** A part in the other language, marked for screen readers (WCAG 3.1.2). */
export function other(lang, text) {
  return el('span', { lang }, text);
}

/** DKFDS tab navigation: links, the current one marked. */
export function tabs(items, label) {
  return el('nav', { class: 'tab-container os2-tabs', 'aria-label': label || words()('subNavigation') },
    el('ul', { class: 'tab-list' }, items.map((item) => el('li', {},
      el('a', { href: item.href, class: 'tab-button', 'aria-current': item.current ? 'page' : null }, el('span', {}, item.label))))));
}

/** A read-only DKFDS step indicator. */
export function steps(items, label) {
  const t = words();
  return el('ol', { class: 'step-indicator os2-steps', 'aria-label': label || null },
    items.map((item, index) => {
      const done = item.state === 'done';
      return el('li', { class: item.state === 'current' ? 'current' : null, 'data-state': item.state },
        el('div', { class: 'step', 'aria-current': item.state === 'current' ? 'step' : null },
          el('span', { class: done ? 'step-icon' : 'step-number' }, done ? icon('check') : el('span', { 'aria-hidden': 'true' }, String(index + 1))),
          el('div', {},
            el('span', { class: 'step-title' }, item.label),
            el('span', { class: 'sr-only' }, ` (${t('steps.label')} ${index + 1} ${t('steps.of')} ${items.length}: ${t(`steps.${item.state}`)})`))));
    }));
}

let dialogs = 0;

/**
 * Asks before an irreversible action: a DKFDS modal in a native <dialog>, focus on its heading and back
 * to where it was; Escape or cancel → false, the confirm button → true.
 */
export function confirm({ heading, text, facts = [], confirmLabel, cancelLabel }) {
  const t = words();
  const id = `os2-confirm-${++dialogs}`;
  const opener = document.activeElement;
  return new Promise((resolve) => {
    const title = el('h2', { class: 'modal-title', id: `${id}-heading`, tabindex: '-1' }, heading);
    const ok = el('button', { type: 'button', class: 'button button-primary', id: `${id}-confirm`, 'data-confirm': 'yes' }, confirmLabel);
    const cancel = el('button', { type: 'button', class: 'button button-secondary', id: `${id}-cancel`, 'data-confirm': 'no' }, cancelLabel || t('cancel'));
    const close = el('button', { type: 'button', class: 'modal-close function-link' }, icon('close'), t('close'));
    const dialog = el('dialog', { class: 'fds-modal os2-modal', id, 'aria-labelledby': `${id}-heading`, 'aria-describedby': text ? `${id}-text` : null },
      el('div', { class: 'modal-content' },
        el('div', { class: 'modal-header' }, title, close),
        el('div', { class: 'modal-body' },
          text ? el('p', { id: `${id}-text` }, text) : null,
          facts.length ? el('dl', { class: 'os2-facts' }, facts.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])) : null),
        el('div', { class: 'modal-footer' }, ok, cancel)));
    let answer = false;
    const finish = (value) => { answer = value; dialog.close(); };
    ok.addEventListener('click', () => finish(true));
    cancel.addEventListener('click', () => finish(false));
    close.addEventListener('click', () => finish(false));
    dialog.addEventListener('cancel', () => { answer = false; }); // Escape
    dialog.addEventListener('close', () => {
      dialog.remove();
      document.body.classList.remove('modal-open');
      if (opener && typeof opener.focus === 'function' && opener.isConnected) opener.focus();
      resolve(answer);
    });
    document.body.append(dialog);
    document.body.classList.add('modal-open');
    dialog.showModal();
    title.focus();
  });
}

let pickers = 0;

/**
 * A labelled combobox that searches by name as the user types (ARIA 1.2 combobox with a list box);
 * `multiple` keeps the chosen ones as chips with a remove button each.
 */
export function picker({ id, field, label, hint, multiple = false, search, value = [] }) {
  const t = words();
  const own = forms.fieldId(id);
  const key = forms.fieldId(field || id); // the API's field name places its error here
  const list = `${own}-listbox`;
  const serial = ++pickers;
  let chosen = [...value];
  let options = [];
  let active = -1;
  let asked = 0;
  let timer = null;

  const input = el('input', { class: 'form-input', id, type: 'text', role: 'combobox', autocomplete: 'off',
    'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': list,
    'aria-describedby': `hint-${own} error-${key}` });
  const box = el('ul', { class: 'os2-listbox no-max-width', id: list, role: 'listbox', 'aria-label': label, hidden: true });
  const status = el('div', { class: 'sr-only', 'aria-live': 'polite', id: `${own}-status` });
  const none = el('p', { class: 'os2-picker-none', hidden: true }, t('picker.none'));
  const chips = el('ul', { class: 'os2-chips nobullet-list no-max-width', 'aria-label': `${t('picker.chosen')}: ${label}`, hidden: !multiple });
  const element = el('div', { class: 'form-group os2-picker', id: `group-${own}`, 'data-picker': String(serial) },
    el('label', { class: 'form-label', for: id }, label),
    el('span', { class: 'form-hint', id: `hint-${own}` }, hint || t('picker.hint')),
    el('span', { class: 'form-error-message', id: `error-${key}`, hidden: true }),
    chips,
    el('div', { class: 'os2-combobox' }, input, box),
    none,
    status);

  function renderChips() {
    clear(chips);
    chips.hidden = !multiple || chosen.length === 0;
    for (const item of chosen) {
      chips.append(el('li', { class: 'os2-chip', 'data-id': String(item.id) },
        el('span', {}, item.name),
        el('button', { type: 'button', class: 'os2-chip-remove', 'aria-label': `${t('picker.remove')} ${item.name}`,
          onclick: () => { chosen = chosen.filter((c) => c !== item); renderChips(); input.focus(); } }, icon('close'))));
    }
  }

  function open(yes) {
    box.hidden = !yes;
    input.setAttribute('aria-expanded', yes ? 'true' : 'false');
    if (!yes) { active = -1; input.removeAttribute('aria-activedescendant'); }
  }

  function highlight(index) {
    const rows = [...box.querySelectorAll('[role=option]')];
    if (!rows.length) return;
    active = (index + rows.length) % rows.length;
    rows.forEach((row, i) => row.classList.toggle('os2-option-active', i === active));
    input.setAttribute('aria-activedescendant', rows[active].id);
    rows[active].scrollIntoView({ block: 'nearest' });
  }

  function choose(item) {
    if (multiple) {
      if (!chosen.some((c) => String(c.id) === String(item.id))) chosen.push({ id: item.id, name: item.name });
      input.value = '';
      renderChips();
    } else {
      chosen = [{ id: item.id, name: item.name }];
      input.value = item.name;
    }
    open(false);
    status.textContent = `${t('picker.chosen')}: ${item.name}`;
  }

  function show(found) {
    options = multiple ? found.filter((f) => !chosen.some((c) => String(c.id) === String(f.id))) : found;
    clear(box);
    options.forEach((item, i) => {
      const selected = chosen.some((c) => String(c.id) === String(item.id));
      box.append(el('li', { role: 'option', id: `${own}-option-${i}`, class: 'os2-option', 'aria-selected': selected ? 'true' : 'false',
        'data-id': String(item.id),
        onmousedown: (e) => { e.preventDefault(); choose(item); } },
      el('span', { class: 'os2-option-name' }, item.name),
      item.detail ? el('span', { class: 'os2-option-detail' }, item.detail) : null));
    });
    none.hidden = options.length > 0;
    open(options.length > 0);
    status.textContent = options.length ? `${options.length} ${t('picker.found')}` : t('picker.none');
  }

  async function lookUp() {
    const text = input.value.trim();
    const mine = ++asked;
    none.hidden = true;
    if (!text) { open(false); return; }
    try {
      const found = await search(text);
      if (mine === asked) show(found || []);
    } catch (e) {
      if (mine === asked) { open(false); status.textContent = t('picker.failed'); }
    }
  }

  input.addEventListener('input', () => {
    if (!multiple && chosen.length && input.value !== chosen[0].name) chosen = [];
    clearTimeout(timer);
    timer = setTimeout(lookUp, 200);
  });
  input.addEventListener('keydown', (event) => {
    const expanded = !box.hidden;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!expanded) { lookUp(); return; }
      highlight(active + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (expanded) highlight(active - 1);
    } else if (event.key === 'Enter') {
      if (expanded && active >= 0 && options[active]) { event.preventDefault(); choose(options[active]); return; }
      // typed but not chosen: Enter does not send the form without it; one hit is chosen, else the list opens
      const typed = input.value.trim() && (multiple || !chosen.length || input.value !== chosen[0].name);
      if (!typed) return;
      event.preventDefault();
      if (expanded && options.length === 1) { choose(options[0]); return; }
      clearTimeout(timer);
      lookUp();
    } else if (event.key === 'Escape') {
      if (expanded) { event.preventDefault(); event.stopPropagation(); open(false); }
    } else if (event.key === 'Backspace' && multiple && !input.value && chosen.length) {
      chosen.pop();
      renderChips();
    }
  });
  input.addEventListener('blur', () => setTimeout(() => { open(false); none.hidden = true; }, 150));

  function set(items) {
    chosen = [...(items || [])].map((i) => ({ id: i.id, name: i.name }));
    input.value = !multiple && chosen.length ? chosen[0].name : '';
    renderChips();
  }
  set(chosen);
  return { element, input, value: () => chosen.map((c) => ({ ...c })), set };
}

/** Fetches /api/v1<path> with the session and saves the answer as a file. */
export function downloader(lang, ApiError) {
  return async function download(path, fileName) {
    const response = await fetch(`/api/v1${path}`, { credentials: 'same-origin', headers: { 'Accept-Language': lang() } });
    if (!response.ok) {
      const type = response.headers.get('Content-Type') || '';
      throw new ApiError(response.status, type.includes('json') ? await response.json() : { detail: words()('downloadFailed') });
    }
    const url = URL.createObjectURL(await response.blob());
    const link = el('a', { href: url, download: fileName, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  };
}
