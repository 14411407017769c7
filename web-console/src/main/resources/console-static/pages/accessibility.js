// Tilgængelighedserklæring / accessibility statement (web accessibility law, WCAG 2.1 A and AA).
const TEXT = {
  da: {
    title: 'Tilgængelighedserklæring',
    intro: 'OS2 ønsker, at alle kan bruge OS2 Fællesskabsplatformen. Platformen er omfattet af lov om tilgængelighed af offentlige organers websteder og mobilapplikationer og skal opfylde WCAG 2.1 niveau A og AA (EN 301 549).',
    statusTitle: 'Overholdelse',
    status: 'Platformen er delvist i overensstemmelse med kravene. Den bygger på Det Fælles Designsystem, og hver ændring af konsollen testes automatisk med axe-core for alvorlige og kritiske fejl.',
    knownTitle: 'Kendte begrænsninger',
    known: 'Sider, som partneres plugins bidrager med, testes af partneren selv. En fuld manuel gennemgang med skærmlæser er ikke gennemført endnu.',
    contactTitle: 'Feedback og kontakt',
    contact: 'Oplever du problemer med tilgængeligheden, så kontakt OS2\'s sekretariat. Du kan også klage til Digitaliseringsstyrelsen, der fører tilsyn med loven.',
  },
  en: {
    title: 'Accessibility statement',
    intro: 'OS2 wants everyone to be able to use the OS2 Community Platform. The platform is covered by the Danish act on the accessibility of public sector websites and mobile applications and must meet WCAG 2.1 level A and AA (EN 301 549).',
    statusTitle: 'Compliance status',
    status: 'The platform is partially compliant. It is built on Det Fælles Designsystem, and every change to the console is tested automatically with axe-core for serious and critical violations.',
    knownTitle: 'Known limitations',
    known: 'Pages contributed by partner plugins are tested by the partner. A full manual review with a screen reader has not been carried out yet.',
    contactTitle: 'Feedback and contact',
    contact: 'If you meet an accessibility problem, contact OS2\'s secretariat. You can also complain to the Agency for Digital Government, which supervises the act.',
  },
};

export function render(root, ctx) {
  const { el } = ctx;
  const x = TEXT[ctx.lang] || TEXT.da;
  root.append(el('h1', {}, x.title), el('p', {}, x.intro),
    el('h2', {}, x.statusTitle), el('p', {}, x.status),
    el('h2', {}, x.knownTitle), el('p', {}, x.known),
    el('h2', {}, x.contactTitle), el('p', {}, x.contact));
}
