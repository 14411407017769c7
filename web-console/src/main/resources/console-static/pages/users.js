// The Users page (secretariat, admin): people's accounts — search, invite with roles and the
// organisation acted for, change roles, deactivate and reactivate, invite again. An invitation's
// link is shown once, to copy, until the platform sends e-mail.
const ROLES = ['admin', 'secretariat', 'board', 'member-representative', 'partner', 'viewer'];
const TEXTS = {
  da: {
    title: 'Brugere', intro: 'Personer med adgang til platformen. Inviter en person, og giv linket videre.',
    search: 'Søg (navn eller e-mail)', searchButton: 'Søg', name: 'Navn', email: 'E-mail', roles: 'Roller',
    organisation: 'Organisation', status: 'Status', actions: 'Handlinger', none: '—', count: 'personer',
    invite: 'Inviter en person', inviteButton: 'Inviter', invited: 'Invitationen er oprettet. Giv linket til personen — det vises kun nu.',
    linkLabel: 'Invitationslink', expires: 'Udløber', chooseOrg: 'Vælg organisation', orgHelp: 'Kun for medlemsrepræsentant (medlemsorganisation) og leverandørpartner',
    edit: 'Ret', save: 'Gem', cancel: 'Annuller', saved: 'Ændringerne er gemt.', deactivate: 'Deaktiver', reactivate: 'Genaktiver',
    reinvite: 'Send ny invitation', deactivated: 'Personen er deaktiveret, og alle personens sessioner er afsluttet.',
    reactivated: 'Personen er genaktiveret.', back: 'Tilbage til brugere', fixErrors: 'Ret de markerede felter.',
    error: 'Der opstod en fejl', conflict: 'En anden har ændret personen imens. Hent siden igen og gentag ændringen.',
    'status.INVITED': 'Inviteret', 'status.ACTIVE': 'Aktiv', 'status.DEACTIVATED': 'Deaktiveret',
    'role.admin': 'Administrator', 'role.secretariat': 'Sekretariat', 'role.board': 'Bestyrelse',
    'role.member-representative': 'Medlemsrepræsentant', 'role.partner': 'Leverandørpartner', 'role.viewer': 'Læser',
    'err.required': 'Skal udfyldes', 'err.invalid': 'Ikke en gyldig e-mailadresse', 'err.taken': 'Der findes allerede en bruger med denne e-mail',
    'err.too-long': 'For lang', 'err.combination': 'Medlemsrepræsentant og leverandørpartner kan ikke kombineres',
    'err.not-allowed': 'Kun for medlemsrepræsentant og leverandørpartner', 'err.unknown': 'Findes ikke',
    'err.wrong-kind': 'En medlemsrepræsentant handler for en medlemsorganisation, en leverandørpartner for en leverandørpartner',
    'err.self': 'Du kan ikke deaktivere dig selv', 'err.last-admin': 'Den sidste aktive administrator kan ikke deaktiveres',
    'err.deactivated': 'Genaktiver personen først', 'err.own-admin': 'Du kan ikke fjerne din egen administratorrolle',
  },
  en: {
    title: 'Users', intro: 'People with access to the platform. Invite a person and hand them the link.',
    search: 'Search (name or e-mail)', searchButton: 'Search', name: 'Name', email: 'E-mail', roles: 'Roles',
    organisation: 'Organisation', status: 'Status', actions: 'Actions', none: '—', count: 'people',
    invite: 'Invite a person', inviteButton: 'Invite', invited: 'The invitation is made. Hand the link to the person — it is shown only now.',
    linkLabel: 'Invitation link', expires: 'Expires', chooseOrg: 'Choose organisation', orgHelp: 'Only for a member representative (member organisation) and a supplier partner',
    edit: 'Edit', save: 'Save', cancel: 'Cancel', saved: 'Your changes are saved.', deactivate: 'Deactivate', reactivate: 'Reactivate',
    reinvite: 'Send a new invitation', deactivated: 'The person is deactivated and all their sessions have ended.',
    reactivated: 'The person is reactivated.', back: 'Back to users', fixErrors: 'Correct the fields marked.',
    error: 'Something went wrong', conflict: 'Someone else changed the person meanwhile. Reload and make your change again.',
    'status.INVITED': 'Invited', 'status.ACTIVE': 'Active', 'status.DEACTIVATED': 'Deactivated',
    'role.admin': 'Administrator', 'role.secretariat': 'Secretariat', 'role.board': 'Board',
    'role.member-representative': 'Member representative', 'role.partner': 'Supplier partner', 'role.viewer': 'Viewer',
    'err.required': 'Required', 'err.invalid': 'Not a valid e-mail address', 'err.taken': 'A user with this e-mail exists already',
    'err.too-long': 'Too long', 'err.combination': 'Member representative and supplier partner cannot be combined',
    'err.not-allowed': 'Only for a member representative and a supplier partner', 'err.unknown': 'Does not exist',
    'err.wrong-kind': 'A member representative acts for a member organisation, a supplier partner for a supplier partner',
    'err.self': 'You cannot deactivate yourself', 'err.last-admin': 'The last active administrator cannot be deactivated',
    'err.deactivated': 'Reactivate the person first', 'err.own-admin': 'You cannot remove your own administrator role',
  },
};

export async function render(root, ctx) {
  const tt = (key) => TEXTS[ctx.lang][key] || key;
  const organisations = (await ctx.api('/members?limit=500')).body.items;
  if (ctx.route && ctx.route[0]) return detail(root, ctx, tt, organisations, ctx.route[0]);
  return list(root, ctx, tt, organisations);
}

/** A field's error code in words; a code the page does not know is never shown as it is. */
function describe(tt) {
  return (code) => (tt(`err.${code}`) === `err.${code}` ? tt('error') : tt(`err.${code}`));
}

/** A code in words, or a dash for one the page does not know. */
function say(tt, key) {
  return tt(key) === key ? tt('none') : tt(key);
}

function roleBoxes(ctx, tt, prefix, selected) {
  const { el } = ctx;
  return el('fieldset', { class: 'form-group', id: `group-${prefix}roles` },
    el('legend', { class: 'form-label' }, tt('roles')),
    el('span', { class: 'form-error-message', id: `error-${prefix}roles`, hidden: true }),
    ROLES.map((r) => el('div', { class: 'os2-checkbox' },
      el('input', { type: 'checkbox', class: 'form-checkbox', id: `${prefix}role-${r}`, name: 'roles', value: r, checked: selected.includes(r) }),
      el('label', { for: `${prefix}role-${r}` }, tt(`role.${r}`)))));
}

function organisationSelect(ctx, tt, id, organisations, selected) {
  const { el } = ctx;
  const members = organisations.filter((o) => o.kind !== 'SUPPLIER_PARTNER' && o.membership);
  const partners = organisations.filter((o) => o.kind === 'SUPPLIER_PARTNER');
  const option = (o) => el('option', { value: o.id, selected: o.id === selected }, o.name);
  return el('select', { class: 'form-select', id, name: 'organisationId' },
    el('option', { value: '' }, tt('chooseOrg')),
    el('optgroup', { label: tt('role.member-representative') }, members.map(option)),
    el('optgroup', { label: tt('role.partner') }, partners.map(option)));
}

function readForm(form) {
  const org = form.querySelector('[name=organisationId]').value;
  const email = form.querySelector('[name=email]');
  return {
    email: email ? email.value.trim() : null,
    displayName: form.querySelector('[name=displayName]').value.trim(),
    roles: [...form.querySelectorAll('[name=roles]:checked')].map((c) => c.value),
    organisationId: org ? Number(org) : null,
  };
}

function linkBox(ctx, tt, invitation) {
  const { el, alert } = ctx;
  const url = `${location.origin}${invitation.link}`;
  const expires = new Date(invitation.expires).toLocaleString(ctx.lang === 'en' ? 'en-GB' : 'da-DK');
  return el('div', { id: 'invitation-result' }, alert('success', tt('invited')),
    el('div', { class: 'form-group' }, el('label', { class: 'form-label', for: 'invitation-link' }, tt('linkLabel')),
      el('input', { class: 'form-input os2-wide', id: 'invitation-link', readonly: true, value: url })),
    el('p', {}, `${tt('expires')}: ${expires}`));
}

async function list(root, ctx, tt, organisations) {
  const { el, api, clear, alert, forms } = ctx;
  const search = el('input', { class: 'form-input', type: 'search', id: 'user-search', name: 'q', value: sessionStorage.getItem('os2.users.q') || '' });
  const rows = el('tbody', { id: 'user-rows' });
  const count = el('p', { id: 'user-count', role: 'status', 'aria-live': 'polite' });
  const orgName = (id) => (organisations.find((o) => o.id === id) || {}).name || tt('none');
  ctx.title(tt('title'));

  async function load() {
    sessionStorage.setItem('os2.users.q', search.value.trim());
    const users = (await api(`/users?q=${encodeURIComponent(search.value.trim())}`)).body;
    clear(rows);
    for (const u of users) {
      rows.append(el('tr', { 'data-user': u.username },
        el('td', {}, el('a', { href: `#/users/${u.id}` }, u.displayName)),
        el('td', {}, u.email || u.username),
        el('td', {}, u.roles.map((r) => say(tt, `role.${r}`)).join(', ')),
        el('td', {}, u.organisationId ? el('a', { href: `#/members/${u.organisationId}` }, u.organisationName || orgName(u.organisationId)) : tt('none')),
        el('td', { class: `os2-user-${u.status.toLowerCase()}` }, say(tt, `status.${u.status}`))));
    }
    count.textContent = `${users.length} ${tt('count')}`;
  }

  const messages = el('div', { id: 'invite-messages', 'aria-live': 'polite' });
  const inviteForm = el('form', { id: 'invite-form', novalidate: true },
    el('h2', {}, tt('invite')),
    forms.field('email', tt('email'), el('input', { class: 'form-input', id: 'invite-email', name: 'email', type: 'email', autocomplete: 'off' })),
    forms.field('displayName', tt('name'), el('input', { class: 'form-input', id: 'invite-name', name: 'displayName', type: 'text', autocomplete: 'off' })),
    roleBoxes(ctx, tt, '', ['viewer']),
    forms.field('organisationId', `${tt('organisation')} (${tt('orgHelp')})`, organisationSelect(ctx, tt, 'invite-organisation', organisations, null)),
    el('button', { class: 'button button-primary', type: 'submit', id: 'invite-submit' }, tt('inviteButton')));
  inviteForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    forms.clearErrors(inviteForm);
    try {
      const invitation = (await api('/users', { method: 'POST', body: readForm(inviteForm) })).body;
      clear(messages).append(linkBox(ctx, tt, invitation));
      inviteForm.reset();
      await load();
      messages.querySelector('#invitation-link').focus();
    } catch (e) {
      forms.showErrors(inviteForm, messages, e, { fixErrors: tt('fixErrors'), error: tt('error'), conflict: tt('conflict') }, describe(tt));
    }
  });

  const searchForm = el('form', { class: 'os2-toolbar', role: 'search', id: 'user-search-form' },
    el('div', { class: 'form-group' }, el('label', { class: 'form-label', for: 'user-search' }, tt('search')), search),
    el('button', { class: 'button button-secondary', type: 'submit', id: 'user-search-button' }, tt('searchButton')));
  searchForm.addEventListener('submit', (event) => { event.preventDefault(); load().catch((e) => clear(count).append(alert('error', tt('error'), e.message))); });

  root.append(el('h1', {}, tt('title')), el('p', {}, tt('intro')), searchForm, count,
    el('div', { class: 'os2-table-wrap' }, el('table', { class: 'table table--zebra', id: 'user-table' },
      el('thead', {}, el('tr', {}, [tt('name'), tt('email'), tt('roles'), tt('organisation'), tt('status')].map((h) => el('th', { scope: 'col' }, h)))),
      rows)),
    messages, inviteForm);
  await load();
}

async function detail(root, ctx, tt, organisations, id) {
  const { el, api, clear, alert, forms } = ctx;
  let answer = await api(`/users/${encodeURIComponent(id)}`);
  let user = answer.body;
  let etag = answer.etag;
  const messages = el('div', { id: 'user-messages', 'aria-live': 'polite' });
  const status = el('p', { id: 'user-status' });
  const actions = el('div', { class: 'os2-actions', id: 'user-actions' });

  function describeStatus() {
    status.textContent = `${tt('status')}: ${say(tt, `status.${user.status}`)}`;
    clear(actions);
    const act = (idName, label, path, done) => el('button', { class: 'button button-secondary', type: 'button', id: idName, onclick: async () => {
      try {
        const result = (await api(`/users/${user.id}/${path}`, { method: 'POST' })).body;
        if (result.link) { clear(messages).append(linkBox(ctx, tt, result)); user = result.user; } else { user = result; clear(messages).append(alert('success', done)); }
        etag = `"${user.version}"`;
        describeStatus();
      } catch (e) {
        const code = Object.values((e.problem && e.problem.errors) || {})[0];
        clear(messages).append(alert('error', tt('error'), code ? describe(tt)(code) : e.message));
      }
    } }, label);
    if (user.status === 'DEACTIVATED') actions.append(act('user-reactivate', tt('reactivate'), 'reactivate', tt('reactivated')));
    else actions.append(act('user-reinvite', tt('reinvite'), 'invitation'), act('user-deactivate', tt('deactivate'), 'deactivate', tt('deactivated')));
  }

  const form = el('form', { id: 'user-form', novalidate: true },
    forms.field('displayName', tt('name'), el('input', { class: 'form-input', id: 'user-display-name', name: 'displayName', type: 'text', value: user.displayName })),
    roleBoxes(ctx, tt, 'edit-', user.roles),
    forms.field('organisationId', `${tt('organisation')} (${tt('orgHelp')})`, organisationSelect(ctx, tt, 'user-organisation', organisations, user.organisationId)),
    el('button', { class: 'button button-primary', type: 'submit', id: 'user-save' }, tt('save')));
  form.querySelector('#group-edit-roles').id = 'group-roles';
  form.querySelector('#error-edit-roles').id = 'error-roles';
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    forms.clearErrors(form);
    try {
      const saved = await api(`/users/${user.id}`, { method: 'PUT', body: readForm(form), headers: { 'If-Match': etag } });
      user = saved.body;
      etag = saved.etag;
      clear(messages).append(alert('success', tt('saved')));
    } catch (e) {
      forms.showErrors(form, messages, e, { fixErrors: tt('fixErrors'), error: tt('error'), conflict: tt('conflict') }, describe(tt));
    }
  });
  describeStatus();
  ctx.title(user.displayName);
  root.append(el('p', {}, el('a', { href: '#/users', id: 'users-back' }, tt('back'))),
    el('h1', {}, user.displayName), el('p', {}, user.email || user.username), status, messages, actions, form);
}
