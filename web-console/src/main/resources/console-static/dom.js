// Small DOM helpers: every text goes in through textContent, never as markup.
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (value === true) node.setAttribute(name, '');
    else node.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element for charts: every attribute is set as given; strings become text, absent children are left out. */
export function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  for (const child of children) if (child) node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** The DKFDS icon sprite, vendored with the design system (never from a CDN). */
export const ICON_SPRITE = '/console/vendor/dkfds/img/all-svg-icons.svg';

/**
 * A DKFDS icon from the sprite, hidden from assistive technology. The sprite is referred to, not put into
 * the page: its symbol ids (menu, search, error …) would clash with the page's own ids.
 */
export function icon(name, classes) {
  return svg('svg', { class: classes ? `icon-svg ${classes}` : 'icon-svg', focusable: 'false', 'aria-hidden': 'true' },
    svg('use', { href: `${ICON_SPRITE}#${name}` }));
}

const ICONS = { success: 'success', error: 'error', info: 'info', warning: 'warning' };

/** A DKFDS alert with its icon; an error is announced at once (role alert), the others politely (status). */
export function alert(kind, heading, text) {
  return el('div', { class: `alert alert-${kind}`, role: kind === 'error' ? 'alert' : 'status' },
    ICONS[kind] ? icon(ICONS[kind], 'alert-icon') : null,
    el('div', { class: 'alert-body' },
      heading ? el('p', { class: 'alert-heading' }, heading) : null,
      text ? el('p', { class: 'alert-text' }, text) : null));
}
