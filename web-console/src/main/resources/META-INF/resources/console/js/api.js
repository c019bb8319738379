// Every call goes to the platform's public API through the gateway, with the signed-in person's token.
// Errors arrive as RFC 9457 problem+json; ApiError keeps them so that the page can show them in Chinese
// (errors[].message) or English (errors[].messageEn).
import { currentToken, expired } from './auth.js';
import { h, tx, bi } from './dom.js';
import { t } from './i18n.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && problem.title) || ('HTTP ' + status));
    this.status = status;
    this.problem = problem || null;
  }

  get type() {
    return this.problem && this.problem.type ? String(this.problem.type).replace(/^.*\/problems\//, '') : '';
  }

  /** The field errors of a 400: [{field, code, message, messageEn}]. */
  get fieldErrors() {
    return this.problem && Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }
}

/**
 * api('GET', '/api/reports?size=20') → the JSON answer; api('POST', path, {body, headers}).
 * Options: body (sent as JSON), headers, accept, raw (answer the Response itself).
 */
export async function api(method, path, options = {}) {
  const headers = Object.assign({ Accept: options.accept || 'application/json' }, options.headers || {});
  const token = currentToken();
  if (token) {
    headers.Authorization = 'Bearer ' + token;
  }
  const init = { method, headers, cache: 'no-store' };
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, null);
  }
  if (response.status === 401) {
    expired();
  }
  if (!response.ok) {
    let problem = null;
    const type = response.headers.get('Content-Type') || '';
    if (type.includes('json')) {
      try {
        problem = await response.json();
      } catch (e) {
        problem = null;
      }
    }
    const error = new ApiError(response.status, problem);
    error.retryAfter = response.headers.get('Retry-After');
    throw error;
  }
  if (options.raw) {
    return response;
  }
  if (response.status === 204) {
    return null;
  }
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

/** GET of a paged list: the whole {items, page, size, total}. */
export function page(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') {
      query.set(key, value);
    }
  }
  const text = query.toString();
  return api('GET', path + (text ? (path.includes('?') ? '&' : '?') + text : ''));
}

function splitTitle(title) {
  if (!title) {
    return ['', ''];
  }
  const at = title.search(/\s[A-Za-z]/);
  return at < 0 ? [title, title] : [title.slice(0, at), title.slice(at + 1)];
}

/** What went wrong, as a node: the problem's title, then every named field's message. */
export function describeError(error) {
  if (!(error instanceof ApiError)) {
    return h('div', { class: 'problem', role: 'alert' }, tx('error.unexpected'), ' ', String(error && error.message || error));
  }
  const box = h('div', { class: 'problem', role: 'alert', dataset: { status: String(error.status), type: error.type } });
  if (error.status === 0) {
    box.appendChild(h('p', {}, tx('error.network')));
    return box;
  }
  const [zh, en] = splitTitle(error.problem && error.problem.title);
  box.appendChild(h('p', { class: 'problem-title' }, zh ? bi(zh, en) : tx(statusKey(error.status))));
  if (error.status === 429 || error.status === 503) {
    box.appendChild(h('p', {}, tx(statusKey(error.status), { seconds: error.retryAfter || '5' })));
  }
  const errors = error.fieldErrors;
  if (errors.length) {
    box.appendChild(h('ul', { class: 'problem-errors' },
      errors.map((e) => h('li', { dataset: { field: e.field || '' } }, bi(e.message, e.messageEn)))));
  } else if (error.problem && error.problem.currentStatus) {
    box.appendChild(h('p', {}, tx('error.currentStatus', { status: t('status.' + error.problem.currentStatus) })));
  }
  return box;
}

function statusKey(status) {
  return ['400', '403', '404', '409', '413', '422', '429', '503'].includes(String(status)) ? 'error.http' + status
    : 'error.httpOther';
}

/**
 * Shows an error in `where`, and marks the named fields of `form` (matched by the field's name; for
 * `authors[2]` the field `authors`) as invalid with their own message.
 */
export function showError(where, error, form) {
  where.replaceChildren(describeError(error));
  if (!form) {
    return;
  }
  clearFieldErrors(form);
  if (error instanceof ApiError) {
    let first = null;
    for (const e of error.fieldErrors) {
      const wrapper = wrapperOf(form, String(e.field || ''));
      if (!wrapper) {
        continue;
      }
      const control = wrapper.querySelector('input, select, textarea');
      const closed = wrapper.closest('details:not([open])');
      if (closed) {
        closed.open = true;
      }
      if (control) {
        control.setAttribute('aria-invalid', 'true');
        first = first || control;
      }
      const message = wrapper.querySelector('.field-error');
      if (message) {
        if (message.childNodes.length) {
          message.appendChild(document.createTextNode(' '));
        }
        message.appendChild(bi(e.message, e.messageEn));
      }
    }
    if (first) {
      first.focus();
    }
  }
}

/** The field a problem names: `rules[3].domains[1]` → rules[3].domains, else rules; `authors[2]` → authors. */
function wrapperOf(form, name) {
  const candidates = [name, name.replace(/\[\d+\]$/, ''), name.replace(/[[.].*$/, '')];
  for (const candidate of candidates) {
    const wrapper = form.querySelector('.field[data-field="' + CSS.escape(candidate) + '"]');
    if (wrapper) {
      return wrapper;
    }
  }
  return null;
}

export function clearFieldErrors(form) {
  form.querySelectorAll('[aria-invalid]').forEach((node) => node.removeAttribute('aria-invalid'));
  form.querySelectorAll('.field-error').forEach((node) => node.replaceChildren());
}
