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
 * @property {Object} forms                  { field, clearErrors, showErrors, fieldId }: labelled fields and the API's field errors next to them
 * @property {(role: string) => boolean} hasRole   a role id such as 'secretariat'; an admin holds every role
 * @property {(hash: string) => void} navigate     go to another route, e.g. '#/products'
 * @property {(href: string) => void} stylesheet   adds the page's own stylesheet once
 * @property {(messages: HTMLElement, error: Error, options?: {form?: HTMLFormElement, texts?: {fixErrors: string, error: string, conflict: string}, describe?: (code: string) => string, label?: (field: string) => string}) => void} showFailure
 *           shows a failed call: with a form, the field errors next to their fields; without, one alert naming
 *           them (each field in words by `label`, each code by `describe`)
 * @property {(title: string) => void} title       sets the window title for what the page shows now (WCAG 2.4.2)
 */

import { el, clear, alert } from './dom.js';
import * as forms from './forms.js';

/** Adds a stylesheet once, however often a page renders. */
export function stylesheet(href) {
  if ([...document.querySelectorAll('link[rel=stylesheet]')].some((l) => l.getAttribute('href') === href)) return;
  document.head.append(el('link', { rel: 'stylesheet', href }));
}

/**
 * Shows a failed call in a messages area: with a form, the field errors next to their fields (412 as
 * the conflict text); without one, an alert with the detail or the fields and what is wrong with them.
 */
export function showFailure(messages, error, { form, texts, describe, label } = {}) {
  const words = texts || { fixErrors: 'Ret de markerede felter.', error: 'Der opstod en fejl', conflict: 'Hent siden igen.' };
  const say = describe || ((code) => code);
  if (form) {
    forms.showErrors(form, messages, error, words, say);
    return;
  }
  const errors = (error.problem && error.problem.errors) || {};
  const name = label || ((field) => field);
  const text = Object.entries(errors).map(([k, v]) => `${name(k)}: ${say(v)}`).join('; ')
    || (error.problem && error.problem.detail) || error.message || '';
  clear(messages).append(alert('error', words.error, text));
}
