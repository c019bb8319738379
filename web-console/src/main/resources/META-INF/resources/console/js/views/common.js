// Pieces several views share: status badges, flags, the text of a report, pagers, forms that post.
import { h, tx, enumText, facts, time, clear, select, field } from '../dom.js';
import { api, showError, clearFieldErrors } from '../api.js';
import { t } from '../i18n.js';
import { refName, options } from '../ref.js';

/** Colour group of each status: under way, good outcome, needs the author, ended otherwise. */
const GROUP = {
  SUBMITTED: 'open', ROUTED: 'open', UNDER_REVIEW: 'open', RETURNED: 'attention', ADOPTED: 'good',
  NOT_ADOPTED: 'ended', MERGED: 'ended', PUBLISHED: 'good', SENT_TO_LEADERS: 'good', ARCHIVED: 'ended',
  INSTRUCTED: 'good', FORWARDED: 'good', IN_HANDLING: 'open', HANDLED: 'attention', CLOSED: 'ended',
  WITHDRAWN: 'ended', OPEN: 'open', FED_BACK: 'good', DRAFT: 'attention', ISSUED: 'good'
};

export const STATUSES = ['SUBMITTED', 'ROUTED', 'UNDER_REVIEW', 'RETURNED', 'ADOPTED', 'NOT_ADOPTED', 'MERGED',
  'PUBLISHED', 'SENT_TO_LEADERS', 'ARCHIVED', 'INSTRUCTED', 'FORWARDED', 'IN_HANDLING', 'HANDLED', 'CLOSED',
  'WITHDRAWN'];

export function statusBadge(status, group = 'status', id = null) {
  return h('span', { class: 'status', id, dataset: { group: GROUP[status] || 'open', status: status || '' } },
    enumText(group, status));
}

export function flagList(flags) {
  if (!flags || !flags.length) {
    return null;
  }
  return h('ul', { class: 'flags' }, flags.map((flag) => h('li', { class: 'flag', dataset: { flag } },
    h('span', { class: 'flag-name' }, enumText('flag', flag)))));
}

/** The flags with what each one means, for a report's page. */
export function flagExplanations(flags) {
  if (!flags || !flags.length) {
    return h('p', { class: 'muted' }, tx('quality.none'));
  }
  return h('ul', { class: 'flag-details' }, flags.map((flag) => h('li', { dataset: { flag } },
    h('strong', {}, enumText('flag', flag)), ' — ', tx('flagHelp.' + flag))));
}

/** Title, facts and the three parts of a report (情况 · 问题 · 建议). */
export function reportText(content, extraFacts = []) {
  return h('article', { class: 'report-text' },
    h('h3', { class: 'report-title' }, content.title),
    facts([
      ['field.category', enumText('category', content.category)],
      ['field.domain', refName('domains', content.domain)],
      ['field.township', refName('townships', content.township)],
      content.sector ? ['field.sector', refName('sectors', content.sector)] : null,
      content.authors && content.authors.length
        ? ['field.authors', h('span', {}, content.authors.map((code, i) => [i ? '、' : '', refName('members', code)]))]
        : null,
      content.onBehalfOf ? ['field.onBehalfOf', h('span', {}, enumText('behalf', content.onBehalfOf.kind), ' ',
        content.onBehalfOf.name || '')] : null,
      content.topicId ? ['field.topic', content.topicId] : null,
      content.occurredOn ? ['field.occurredOn', content.occurredOn] : null,
      content.source ? ['field.source', enumText('source', content.source)] : null,
      content.urgent ? ['field.urgent', tx('common.yes')] : null,
      ...extraFacts
    ]),
    section('field.situation', content.situation),
    content.analysis ? section('field.analysis', content.analysis) : null,
    section('field.suggestions', content.suggestions));
}

function section(key, text) {
  return h('section', { class: 'report-part' }, h('h4', {}, tx(key)), h('p', { class: 'prose' }, text || ''));
}

/** Pager for {page, size, total}: calls load(page). */
export function pager(answer, load) {
  const pages = Math.max(1, Math.ceil((answer.total || 0) / (answer.size || 20)));
  if (pages <= 1) {
    return h('p', { class: 'muted total' }, tx('list.total', { total: answer.total || 0 }));
  }
  return h('nav', { class: 'pager', 'aria-label': 'pages' },
    h('button', { type: 'button', disabled: answer.page <= 0, onclick: () => load(answer.page - 1) }, tx('list.previous')),
    h('span', {}, tx('list.page', { page: answer.page + 1, pages, total: answer.total })),
    h('button', { type: 'button', disabled: answer.page + 1 >= pages, onclick: () => load(answer.page + 1) },
      tx('list.next')));
}

export function empty(key) {
  return h('p', { class: 'empty' }, tx(key));
}

/**
 * A form that sends one request: `build(form)` answers [method, path, body, headers]; `done(answer)` runs
 * after success. Errors are shown in the form, named fields marked. The button is disabled while sending.
 */
export function actionForm({ id, className, fields, submitKey, send, done, extra }) {
  const errors = h('div', { class: 'form-errors' });
  const submit = h('button', { type: 'submit', class: 'primary', id: id ? id + '-submit' : null }, tx(submitKey));
  const form = h('form', { class: 'action-form ' + (className || ''), id, novalidate: true },
    fields, h('div', { class: 'actions' }, submit, extra || null), errors);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clear(errors);
    clearFieldErrors(form);
    submit.disabled = true;
    form.setAttribute('aria-busy', 'true');
    try {
      const answer = await send(form);
      await done(answer, form);
    } catch (error) {
      showError(errors, error, form);
    } finally {
      submit.disabled = false;
      form.removeAttribute('aria-busy');
    }
  });
  return form;
}

/** The value of a named control of a form ('' when absent). */
export function value(form, name) {
  const control = form.elements.namedItem(name);
  if (!control) {
    return '';
  }
  if (control instanceof RadioNodeList) {
    return control.value;
  }
  if (control.type === 'checkbox') {
    return control.checked;
  }
  if (control.multiple) {
    return [...control.selectedOptions].map((option) => option.value);
  }
  return control.value;
}

export function orNull(text) {
  const trimmed = String(text || '').trim();
  return trimmed === '' ? null : trimmed;
}

export function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return now.getFullYear() + '-' + pad(now.getMonth() + 1) + '-' + pad(now.getDate());
}

export function plusDays(days) {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n) => String(n).padStart(2, '0');
  return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate());
}

/** A list of items as cards: each a link with a title line and a line of facts. */
export function cards(items, render) {
  return h('ul', { class: 'cards' }, items.map(render));
}

export function card({ href, title, badges, meta, dataset, id }) {
  return h('li', { class: 'card', dataset, id },
    h('div', { class: 'card-head' }, href ? h('a', { href, class: 'card-title' }, title) : h('span', { class: 'card-title' }, title),
      badges || null),
    meta ? h('p', { class: 'card-meta' }, meta) : null);
}

export function metaLine(parts) {
  const out = [];
  parts.filter((part) => part !== null && part !== undefined && part !== '').forEach((part, i) => {
    if (i) {
      out.push(' · ');
    }
    out.push(part);
  });
  return out;
}

/**
 * Rows of units: each a unit, its role (exactly one lead) and a deadline; rows can be added and removed.
 * {@code prefix} keeps the ids of two such lists on one page apart.
 */
export function unitRows(prefix = 'unit') {
  const body = h('div', { class: 'unit-rows', id: prefix + '-rows' });
  let counter = 0;
  function row(role) {
    counter += 1;
    const n = counter;
    const unit = select('unit', options('units'), { empty: 'compose.choose' });
    unit.id = prefix + '-' + n;
    const roleSelect = select('role', ['LEAD', 'SUPPORT'].map((r) => ({ value: r, label: tx('unitRole.' + r) })), { value: role });
    roleSelect.id = prefix + '-role-' + n;
    const deadline = h('input', { type: 'date', name: 'deadline', value: plusDays(30), min: today(), id: prefix + '-deadline-' + n });
    const remove = h('button', { type: 'button', class: 'quiet', 'aria-label': t('units.remove', { n }),
      onclick: () => { line.remove(); } }, tx('units.removeShort'));
    const line = h('fieldset', { class: 'unit-row', dataset: { row: String(n) } }, h('legend', {}, tx('units.row', { n })),
      h('div', { class: 'row' }, field('units.unit', unit), field('units.role', roleSelect), field('units.deadline', deadline)), remove);
    body.appendChild(line);
    return line;
  }
  row('LEAD');
  const add = h('button', { type: 'button', id: 'add-' + prefix, onclick: () => row('SUPPORT').querySelector('select').focus() }, tx('units.add'));
  return {
    node: h('div', { class: 'field', dataset: { field: 'units' } }, h('p', { class: 'hint' }, tx('units.hint')), body, add,
      h('p', { class: 'field-error', role: 'alert' })),
    read: () => [...body.querySelectorAll('.unit-row')].map((line) => ({
      unit: line.querySelector('select[name="unit"]').value || null,
      role: line.querySelector('select[name="role"]').value,
      deadline: line.querySelector('input[name="deadline"]').value || null
    }))
  };
}

/** Downloads a document (Word) from the platform under the name the server gives, else {@code fallback}. */
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function download(path, fallback, errors, accept = DOCX) {
  errors.replaceChildren();
  try {
    const response = await api('GET', path, { accept, raw: true });
    const blob = await response.blob();
    const url = URL.createObjectURL(blob);
    const link = h('a', { href: url, download: fileName(response, fallback), id: accept === XLSX ? 'xlsx-link' : 'docx-link', hidden: true });
    document.body.appendChild(link);
    link.click();
    setTimeout(() => {
      URL.revokeObjectURL(url);
      link.remove();
    }, 10000);
  } catch (error) {
    showError(errors, error);
  }
}

function fileName(response, fallback) {
  const disposition = response.headers.get('Content-Disposition') || '';
  const utf8 = disposition.match(/filename\*=UTF-8''([^;]+)/i);
  if (utf8) {
    try {
      return decodeURIComponent(utf8[1]);
    } catch (e) {
      // fall through to the plain name
    }
  }
  const plain = disposition.match(/filename="?([^";]+)"?/i);
  return plain ? plain[1] : fallback;
}

export { time };
