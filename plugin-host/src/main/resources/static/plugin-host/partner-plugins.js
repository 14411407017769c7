// The Partner plugins page (administrators): every partner plugin with its version, the core-api
// range it was built for, trust and its detail, state and the reasons behind it, the roles its
// pages need and the last good version; start, stop, roll back and uninstall (after the shared
// confirmation dialog); and uploading a jar, which the platform checks as it checks a jar in deploy/.
import { texts, trustLabel, stateLabel, ensureStylesheet } from './texts.js';

export async function render(root, ctx) {
  const { el } = ctx;
  const t = texts(ctx.lang);
  ensureStylesheet(ctx);
  if (ctx.title) ctx.title(t.title);
  const messages = el('div', { id: 'plugin-messages', 'aria-live': 'polite' });
  const list = el('div', { id: 'plugin-list' });
  root.append(el('div', { class: 'os2-plugin-page' },
    el('h1', {}, t.title), el('p', {}, t.intro), messages,
    uploadForm(ctx, t, messages, () => refresh(ctx, t, list, messages)),
    el('h2', {}, t.installed), list));
  await refresh(ctx, t, list, messages);
}

/** Shows a success, or the failure's problem (its title and the reason in the user's language). */
function report(ctx, t, messages, kind, heading, text) {
  ctx.clear(messages).append(ctx.alert(kind, heading, text));
  // the button that was used may be gone with the row's new state: the focus moves to what happened
  if (!document.activeElement || document.activeElement === document.body) {
    messages.setAttribute('tabindex', '-1');
    messages.focus();
  }
}

function failure(ctx, t, messages, error) {
  const problem = error.problem || {};
  report(ctx, t, messages, 'error', problem.title || t.error, problem.detail || error.message);
}

async function refresh(ctx, t, list, messages) {
  const plugins = (await ctx.api('/partner-plugins')).body;
  ctx.clear(list);
  if (!plugins.length) {
    list.append(ctx.el('p', { id: 'no-plugins' }, t.none));
    return;
  }
  const { el } = ctx;
  list.append(el('div', { class: 'os2-table-wrap' },
    el('table', { class: 'table table--zebra', id: 'plugin-table' },
      el('thead', {}, el('tr', {}, [t.plugin, t.version, t.coreApi, t.trust, t.stateAndReasons, t.pageRoles, t.actions]
        .map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, plugins.map((p) => row(ctx, t, p, list, messages))))));
}

function row(ctx, t, p, list, messages) {
  const { el } = ctx;
  const label = p.name || p.symbolicName;
  return el('tr', { 'data-plugin': p.symbolicName },
    el('th', { scope: 'row' },
      el('span', { class: 'os2-plugin-name' }, label),
      el('span', { class: 'os2-plugin-meta os2-plugin-detail' }, `${t.technicalName}: `, el('code', { lang: 'en' }, p.symbolicName)),
      el('span', { class: 'os2-plugin-meta' }, `${t.pluginId}: ${p.pluginId || t.dash}`),
      el('span', { class: 'os2-plugin-meta' }, `${t.organisation}: ${p.organisation || t.dash}`)),
    el('td', { 'data-field': 'version' }, p.version,
      el('span', { class: 'os2-plugin-meta', 'data-field': 'last-good' },
        p.lastGoodVersion ? `${t.lastGood}: ${p.lastGoodVersion}` : t.noLastGood)),
    el('td', { 'data-field': 'core-api' }, p.coreApiRange || t.dash, el('br'),
      badge(el, p.compatible ? 'good' : 'bad', p.compatible ? t.compatible : t.incompatible)),
    el('td', { 'data-field': 'trust' },
      badge(el, trustKind(p.trust), trustLabel(t, p.trust)),
      p.trustDetail ? el('span', { class: 'os2-plugin-meta os2-plugin-detail' }, p.trustDetail) : null),
    el('td', {},
      el('div', { 'data-field': 'state' },
        el('span', { class: `os2-nowrap ${p.working ? 'os2-state-active' : 'os2-state-problem'}`, 'data-state': p.state }, stateLabel(t, p.state)),
        el('span', { class: 'os2-plugin-meta' }, p.working ? t.working : t.notWorking)),
      el('div', { 'data-field': 'reasons' }, reasons(ctx, t, p))),
    el('td', { 'data-field': 'page-roles' }, roles(t, p.pageRoles)),
    el('td', {}, actions(ctx, t, p, label, list, messages)));
}

function badge(el, kind, text) {
  return el('span', { class: `os2-badge os2-badge-${kind}` }, text);
}

function trustKind(trust) {
  if (trust === 'signed' || trust === 'allow-listed') return 'good';
  if (trust === 'refused') return 'bad';
  return 'neutral';
}

function reasons(ctx, t, p) {
  const { el } = ctx;
  const items = [
    ...p.notices.map((n) => el('li', { 'data-notice': n.code },
      n.blocking ? `${t.blocking}: ` : null, ctx.lang === 'en' ? n.en : n.da)),
    // the framework's own message, in English
    ...p.problems.map((problem) => el('li', { class: 'os2-problem' },
      el('span', { class: 'os2-plugin-meta' }, `${t.technicalProblem}: `), el('code', { lang: 'en' }, problem))),
  ];
  return items.length ? el('ul', { class: 'os2-plugin-reasons' }, items) : t.noReasons;
}

function roles(t, pageRoles) {
  if (!pageRoles || !pageRoles.length) return t.noPages;
  return [...new Set(pageRoles.map((r) => (r && r !== 'signed-in' ? t.role[r] || r : t.anySignedIn)))].join(', ');
}

function actions(ctx, t, p, label, list, messages) {
  const { el } = ctx;
  const group = el('div', { class: 'os2-plugin-actions', role: 'group', 'aria-label': t.actionsFor(label) });
  const cell = el('div', {}, group);
  const path = `/partner-plugins/${encodeURIComponent(p.symbolicName)}`;
  const run = async (button, call, success) => {
    button.disabled = true;
    try {
      const answer = await call();
      await refresh(ctx, t, list, messages);
      report(ctx, t, messages, 'success', success(answer));
    } catch (e) {
      button.disabled = false;
      failure(ctx, t, messages, e);
    }
  };
  const button = (action, text, kind, onclick) => {
    const b = el('button', { class: `button button-${kind}`, type: 'button', 'data-action': action }, text);
    b.addEventListener('click', () => onclick(b));
    return b;
  };
  if (p.state === 'ACTIVE') {
    group.append(button('stop', t.stop, 'secondary',
      (b) => run(b, () => ctx.api(`${path}/stop`, { method: 'POST' }), () => t.stopped(label))));
  } else {
    group.append(button('start', t.start, 'primary',
      (b) => run(b, () => ctx.api(`${path}/start`, { method: 'POST' }), () => t.started(label))));
  }
  // a roll-back is offered when there is an earlier good jar to go to: another version, or this one not working
  if (p.lastGoodVersion && (p.lastGoodVersion !== p.version || !p.working)) {
    group.append(button('rollback', t.rollBack, 'secondary',
      (b) => run(b, () => ctx.api(`${path}/rollback`, { method: 'POST' }), (answer) => t.rolledBack(answer.body))));
  }
  group.append(button('uninstall', t.uninstall, 'tertiary', async (b) => {
    const sure = await ctx.confirm({ heading: t.confirmUninstall(p), text: t.uninstallText,
      facts: [[t.plugin, label], [t.version, p.version]], confirmLabel: t.confirmYes });
    if (sure) await run(b, () => ctx.api(path, { method: 'DELETE' }), () => t.uninstalled(label));
  }));
  return cell;
}

function uploadForm(ctx, t, messages, refreshList) {
  const { el } = ctx;
  const input = el('input', { class: 'form-input', type: 'file', id: 'plugin-file', name: 'file', accept: '.jar,application/java-archive' });
  const submit = el('button', { class: 'button button-primary', type: 'submit', id: 'plugin-upload' }, t.uploadButton);
  const form = el('form', { class: 'os2-plugin-upload', id: 'plugin-upload-form', novalidate: true },
    el('h2', {}, t.upload), el('p', { class: 'form-hint', id: 'plugin-file-hint' }, t.uploadHint),
    ctx.forms.field('file', t.file, input), submit);
  input.setAttribute('aria-describedby', 'plugin-file-hint error-file');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    ctx.forms.clearErrors(form);
    const file = input.files && input.files[0];
    if (!file) {
      const error = form.querySelector('#error-file');
      error.textContent = t.chooseFile;
      error.hidden = false;
      error.closest('.form-group').classList.add('form-error');
      input.focus();
      return;
    }
    submit.disabled = true;
    report(ctx, t, messages, 'info', t.uploading);
    try {
      const installed = await upload(ctx, file);
      form.reset();
      await refreshList();
      report(ctx, t, messages, 'success', t.uploaded(installed));
    } catch (e) {
      failure(ctx, t, messages, e);
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

/** Sends the jar's bytes as they are; ctx.api sends JSON, so this is fetch with the same headers. */
async function upload(ctx, file) {
  const name = file.name.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^[.-]+/, '');
  const response = await fetch(`/api/v1/partner-plugins?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'Accept': 'application/json',
      'Accept-Language': ctx.lang,
      'Content-Type': 'application/java-archive',
      'X-CSRF-Token': ctx.user.csrfToken,
    },
    body: file,
  });
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ctx.ApiError(response.status, body);
  return body;
}
