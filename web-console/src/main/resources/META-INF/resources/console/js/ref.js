// The county's reference lists (GET /api/reference/{kind}), read once per page load: names for codes,
// options for forms.
import { api } from './api.js';
import { lang } from './i18n.js';

const KINDS = ['townships', 'committees', 'sectors', 'units', 'members', 'leaders', 'categories', 'domains'];
const lists = {};
let loading = null;

const CACHE = 'minyi.console.reference';

/**
 * Reads the lists once per browser tab (kept in sessionStorage): they change only when intake starts with
 * new reference data, and every call counts against the caller's rate limit at the gateway.
 */
export function loadReference() {
  if (!loading) {
    const cached = readCache();
    if (cached) {
      Object.assign(lists, cached);
      loading = Promise.resolve();
      return loading;
    }
    loading = Promise.all(KINDS.map((kind) => api('GET', '/api/reference/' + kind + '?size=1000')
      .then((answer) => {
        lists[kind] = answer.items || [];
      }))).then(() => {
      try {
        sessionStorage.setItem(CACHE, JSON.stringify(lists));
      } catch (e) {
        // too large or not allowed: read again next time
      }
    }).catch((error) => {
      loading = null;
      throw error;
    });
  }
  return loading;
}

function readCache() {
  try {
    const cached = JSON.parse(sessionStorage.getItem(CACHE) || 'null');
    return cached && KINDS.every((kind) => Array.isArray(cached[kind])) ? cached : null;
  } catch (e) {
    return null;
  }
}

export function items(kind) {
  return lists[kind] || [];
}

export function entry(kind, code) {
  return items(kind).find((item) => item.code === code) || null;
}

export function nameOf(kind, code) {
  if (!code) {
    return '';
  }
  const found = entry(kind, code);
  if (!found) {
    return code;
  }
  return lang() === 'en' ? (found.nameEn || found.name) : found.name;
}

/** A name that follows the language switch. */
export function refName(kind, code) {
  const span = document.createElement('span');
  span.dataset.refKind = kind;
  span.dataset.refCode = code || '';
  span.textContent = code ? nameOf(kind, code) : '—';
  return span;
}

export function refreshNames(root = document) {
  root.querySelectorAll('[data-ref-kind]').forEach((node) => {
    node.textContent = node.dataset.refCode ? nameOf(node.dataset.refKind, node.dataset.refCode) : '—';
  });
}

/** A leader as the county writes one: title, then name (县长 李明), in the current language. */
export function leaderName(code) {
  const found = entry('leaders', code);
  if (!found) {
    return code || '';
  }
  return lang() === 'en' ? (found.titleEn || found.title) + ' ' + (found.nameEn || found.name) : found.title + ' ' + found.name;
}

/** Options for a select: [{value, label}], "name (code)" for members so they can be told apart. */
export function options(kind) {
  return items(kind).map((item) => {
    const span = refName(kind, item.code);
    if (kind === 'members') {
      span.dataset.suffix = item.code;
      const label = document.createElement('span');
      label.append(span, ' (' + item.code + ')');
      return { value: item.code, label };
    }
    return { value: item.code, label: span };
  });
}
