// The Outbox page (secretariat, admin): the messages the platform sent, those waiting and those
// that failed with the mail server's answer; filter by state, search, and send a failed or sent
// message again. Says so when no mail server is set up, so that waiting messages are explained.
const STATES = ['WAITING', 'SENDING', 'SENT', 'FAILED'];
const TEXTS = {
  da: {
    title: 'Udbakke', intro: 'De beskeder, platformen har sendt, dem der venter, og dem der fejlede med mailserverens svar.',
    notConfigured: 'Der er ikke sat en mailserver op',
    notConfiguredText: 'Beskederne venter i udbakken og sendes, når en mailserver er sat op i etc/eu.os2.platform.mail.cfg (host).',
    state: 'Tilstand', all: 'Alle', search: 'Søg (modtager, emne eller reference)', searchButton: 'Søg',
    recipient: 'Modtager', subject: 'Emne', kind: 'Type', tries: 'Forsøg', answer: 'Serverens svar', created: 'Oprettet',
    sent: 'Sendt', actions: 'Handlinger', resend: 'Send igen', resent: 'Beskeden venter nu på at blive sendt igen.',
    count: 'beskeder', none: '—', error: 'Der opstod en fejl', counts: 'Antal',
    'state.WAITING': 'Venter', 'state.SENDING': 'Sendes', 'state.SENT': 'Sendt', 'state.FAILED': 'Fejlet',
    'err.not-finished': 'Beskeden venter stadig eller er ved at blive sendt', 'err.unknown': 'Ukendt værdi',
    'err.range': 'Uden for det tilladte interval', 'err.format': 'Forkert format',
  },
  en: {
    title: 'Outbox', intro: 'The messages the platform sent, those waiting, and those that failed with the mail server\'s answer.',
    notConfigured: 'No mail server is set up',
    notConfiguredText: 'Messages wait in the outbox and go out once a mail server is set up in etc/eu.os2.platform.mail.cfg (host).',
    state: 'State', all: 'All', search: 'Search (recipient, subject or reference)', searchButton: 'Search',
    recipient: 'Recipient', subject: 'Subject', kind: 'Kind', tries: 'Tries', answer: 'Server\'s answer', created: 'Created',
    sent: 'Sent', actions: 'Actions', resend: 'Send again', resent: 'The message now waits to be sent again.',
    count: 'messages', none: '—', error: 'Something went wrong', counts: 'Count',
    'state.WAITING': 'Waiting', 'state.SENDING': 'Being sent', 'state.SENT': 'Sent', 'state.FAILED': 'Failed',
    'err.not-finished': 'The message still waits or is being sent', 'err.unknown': 'Unknown value',
    'err.range': 'Out of the allowed range', 'err.format': 'Wrong format',
  },
};

export async function render(root, ctx) {
  const { el, api, clear, alert } = ctx;
  const tt = (key) => TEXTS[ctx.lang][key] || key;
  const locale = ctx.lang === 'en' ? 'en-GB' : 'da-DK';
  const time = (iso) => (iso ? new Date(iso).toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' }) : tt('none'));
  const text = (value) => (value === null || value === undefined || value === '' ? tt('none') : value);
  // field errors of a refusal in words, whatever the field
  const describeError = (e) => {
    const errors = (e.problem && e.problem.errors) || {};
    const codes = Object.values(errors).map((code) => tt(`err.${code}`));
    return codes.length ? codes.join(' ') : e.message;
  };

  const notice = el('div', { id: 'outbox-notice' });
  const summary = el('p', { id: 'outbox-counts' });
  const stateSelect = el('select', { class: 'form-select', id: 'outbox-state', name: 'state' },
    el('option', { value: '' }, tt('all')),
    STATES.map((s) => el('option', { value: s }, tt(`state.${s}`))));
  const search = el('input', { class: 'form-input', type: 'search', id: 'outbox-search', name: 'q' });
  const saved = JSON.parse(sessionStorage.getItem('os2.outbox.filter') || '{}');
  stateSelect.value = STATES.includes(saved.state) ? saved.state : '';
  search.value = saved.q || '';
  const rows = el('tbody', { id: 'outbox-rows' });
  const count = el('p', { id: 'outbox-count', role: 'status', 'aria-live': 'polite' });
  const messages = el('div', { id: 'outbox-messages', 'aria-live': 'polite' });

  async function status() {
    const answer = (await api('/outbox/status')).body;
    clear(notice);
    if (!answer.sending) {
      const warning = alert('warning', tt('notConfigured'), tt('notConfiguredText'));
      warning.id = 'outbox-not-configured';
      notice.append(warning);
    }
    summary.textContent = answer.counts
      .map((c) => `${tt(`state.${c.state}`)}: ${c.count}`)
      .join(' · ');
  }

  function resendButton(m) {
    if (!m.resendable) return tt('none');
    return el('button', { class: 'button button-secondary', type: 'button', id: `outbox-resend-${m.id}`,
      'aria-label': `${tt('resend')}: ${m.subject} (${m.recipientAddress})`,
      onclick: async () => {
        try {
          await api(`/outbox/${m.id}/resend`, { method: 'POST' });
          clear(messages).append(alert('success', tt('resent')));
          await Promise.all([load(), status()]);
        } catch (e) {
          clear(messages).append(alert('error', tt('error'), describeError(e)));
        }
        messages.setAttribute('tabindex', '-1');
        messages.focus();
      } }, tt('resend'));
  }

  async function load() {
    sessionStorage.setItem('os2.outbox.filter', JSON.stringify({ state: stateSelect.value, q: search.value.trim() }));
    const params = new URLSearchParams({ limit: '200' });
    if (stateSelect.value) params.set('state', stateSelect.value);
    if (search.value.trim()) params.set('q', search.value.trim());
    const list = (await api(`/outbox?${params}`)).body;
    clear(rows);
    for (const m of list) {
      rows.append(el('tr', { 'data-message': m.id, 'data-state': m.state },
        el('td', {}, text(m.recipientAddress)),
        el('td', { lang: m.language || null }, text(m.subject)),
        el('td', {}, text(ctx.lang === 'en' ? m.kindEn : m.kindDa)),
        el('td', { class: `os2-outbox-${m.state.toLowerCase()}` }, tt(`state.${m.state}`)),
        el('td', {}, String(m.attempts)),
        el('td', { class: 'os2-outbox-answer' }, m.state === 'FAILED' || m.lastError ? text(m.lastError) : tt('none')),
        el('td', {}, time(m.created)),
        el('td', {}, time(m.sent)),
        el('td', {}, resendButton(m))));
    }
    count.textContent = `${list.length} ${tt('count')}`;
  }

  const filter = el('form', { class: 'os2-toolbar', role: 'search', id: 'outbox-filter' },
    el('div', { class: 'form-group' }, el('label', { class: 'form-label', for: 'outbox-state' }, tt('state')), stateSelect),
    el('div', { class: 'form-group' }, el('label', { class: 'form-label', for: 'outbox-search' }, tt('search')), search),
    el('button', { class: 'button button-secondary', type: 'submit', id: 'outbox-search-button' }, tt('searchButton')));
  const reload = () => load().catch((e) => clear(count).append(alert('error', tt('error'), e.message)));
  filter.addEventListener('submit', (event) => { event.preventDefault(); reload(); });
  stateSelect.addEventListener('change', reload);

  const headings = [tt('recipient'), tt('subject'), tt('kind'), tt('state'), tt('tries'), tt('answer'), tt('created'), tt('sent'), tt('actions')];
  root.append(el('h1', {}, tt('title')), el('p', {}, tt('intro')), notice, summary, messages, filter, count,
    el('div', { class: 'os2-table-wrap' }, el('table', { class: 'table table--zebra', id: 'outbox-table' },
      el('caption', { class: 'sr-only' }, tt('title')),
      el('thead', {}, el('tr', {}, headings.map((h) => el('th', { scope: 'col' }, h)))),
      rows)));
  await Promise.all([status(), load()]);
}
