// The office after review: adopted reports to send to the leaders (and upstream adoptions, on each
// report's page), reports in handling to urge or close, and the overdue list (督办).
import { h, tx, heading, field, select, enumText, time, facts } from '../dom.js';
import { api, page, showError } from '../api.js';
import { refName, options } from '../ref.js';
import { statusBadge, pager, empty, actionForm, value, orNull, cards, card, metaLine } from './common.js';
import { taskTable } from './reports.js';

export async function adopted({ root }) {
  const status = select('status', ['ADOPTED', 'PUBLISHED', 'SENT_TO_LEADERS'].map((s) => ({ value: s, label: tx('status.' + s) })),
    { value: 'ADOPTED' });
  status.id = 'adopted-status';
  const results = h('div', { id: 'adopted-list', 'aria-live': 'polite' });
  root.append(heading('adopted.title'), h('p', { class: 'muted' }, tx('adopted.intro')),
    h('div', { class: 'filters' }, field('list.status', status)), results);
  const load = async (number = 0) => {
    const answer = await page('/api/review/reports', { status: status.value, page: number, size: 50 });
    results.replaceChildren(answer.items.length ? cards(answer.items, (item) => card({
      href: '#/review/' + encodeURIComponent(item.reportId), title: item.title,
      dataset: { reportId: item.reportId, tracking: item.trackingNumber },
      badges: statusBadge(item.status),
      meta: metaLine([item.trackingNumber, refName('committees', item.committee), refName('townships', item.township)])
    })) : empty('adopted.none'), pager(answer, load));
  };
  status.addEventListener('change', () => load(0).catch((error) => showError(results, error)));
  await load(0);
}

/** Reports in handling (to urge) and handled ones (to close), from intake's list of every report. */
export async function handling({ root }) {
  const status = select('status', ['HANDLED', 'IN_HANDLING', 'CLOSED'].map((s) => ({ value: s, label: tx('status.' + s) })),
    { value: 'HANDLED' });
  status.id = 'handling-status';
  const results = h('div', { id: 'handling-list', 'aria-live': 'polite' });
  root.append(heading('officeHandling.title'), h('p', { class: 'muted' }, tx('officeHandling.intro')),
    h('div', { class: 'filters' }, field('list.status', status)), results);
  const load = async (number = 0) => {
    const answer = await page('/api/reports', { status: status.value, page: number, size: 50 });
    results.replaceChildren(answer.items.length ? cards(answer.items, (report) => card({
      href: '#/handling/' + encodeURIComponent(report.id), title: report.title,
      dataset: { reportId: report.id, tracking: report.trackingNumber },
      badges: statusBadge(report.status),
      meta: metaLine([report.trackingNumber, refName('townships', report.township), time(report.updatedAt)])
    })) : empty('officeHandling.none'), pager(answer, load));
  };
  status.addEventListener('change', () => load(0).catch((error) => showError(results, error)));
  await load(0);
}

export async function handlingDetail({ root, params, toast, refresh }) {
  const id = params[0];
  const handling = await api('GET', '/api/handling/reports/' + encodeURIComponent(id));
  const actions = h('div', { class: 'decide', id: 'handling-actions' });
  root.append(h('p', { class: 'back' }, h('a', { href: '#/handling' }, tx('common.back'))),
    heading('officeHandling.detailTitle', { tracking: handling.trackingNumber }),
    h('p', { class: 'report-title' }, handling.title),
    h('p', { class: 'status-line' }, statusBadge(handling.status, 'status', 'handling-status-text')),
    facts([['field.township', refName('townships', handling.township)],
      ['field.committee', refName('committees', handling.committee)],
      handling.result ? ['handling.result', enumText('result', handling.result)] : null,
      handling.satisfaction ? ['rating.current', h('span', { id: 'current-rating' }, enumText('rating', handling.satisfaction.rating),
        handling.satisfaction.comment ? ' — ' + handling.satisfaction.comment : '')] : null,
      ['handling.reopenings', String(handling.reopenings || 0)]]),
    actions, h('section', { class: 'panel' }, h('h3', {}, tx('handling.tasks')), taskTable(handling.tasks || [])),
    h('p', {}, h('a', { href: '#/reports/' + encodeURIComponent(id) }, tx('officeHandling.report'))));
  if (handling.status === 'HANDLED') {
    actions.append(closeButton(id, toast, refresh));
  }
  if (handling.status === 'IN_HANDLING') {
    const open = (handling.tasks || []).filter((task) => task.status === 'OPEN');
    actions.append(urgeForm(id, open.map((task) => task.unit), toast, refresh));
  }
}

function closeButton(id, toast, refresh) {
  const errors = h('div');
  const button = h('button', { type: 'button', class: 'primary', id: 'close-report' }, tx('officeHandling.close'));
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await api('POST', '/api/handling/reports/' + encodeURIComponent(id) + '/close');
      toast('officeHandling.closed');
      refresh();
    } catch (error) {
      button.disabled = false;
      showError(errors, error);
    }
  });
  return h('div', { class: 'actions' }, button, errors);
}

function urgeForm(id, units, toast, refresh, formId = 'urge-form', chosen = '') {
  const unit = select('unit', units.map((code) => ({ value: code, label: refName('units', code) })),
    { empty: 'urge.allUnits', value: chosen });
  const comment = h('input', { name: 'comment', maxlength: 500 });
  return actionForm({
    id: formId, className: 'inline-form',
    fields: [h('h3', {}, tx('urge.title')), h('div', { class: 'row' }, field('urge.unit', unit), field('urge.comment', comment))],
    submitKey: 'urge.submit',
    send: (f) => {
      const body = {};
      if (value(f, 'unit')) {
        body.unit = value(f, 'unit');
      }
      if (orNull(value(f, 'comment'))) {
        body.comment = value(f, 'comment');
      }
      return api('POST', '/api/handling/reports/' + encodeURIComponent(id) + '/urge',
        Object.keys(body).length ? { body } : {});
    },
    done: () => {
      toast('urge.done');
      refresh();
    }
  });
}

/** The office's overdue list: escalated tasks first, then the oldest deadline; urging one unit. */
export async function overdue({ root, toast, refresh }) {
  const unit = select('unit', options('units'), { empty: 'overdue.allUnits' });
  unit.id = 'overdue-unit';
  const results = h('div', { id: 'overdue-list', 'aria-live': 'polite' });
  root.append(heading('overdue.title'), h('p', { class: 'muted' }, tx('overdue.intro')),
    h('div', { class: 'filters' }, field('urge.unit', unit)), results);
  const load = async (number = 0) => {
    const answer = await page('/api/handling/overdue', { unit: unit.value, page: number, size: 50 });
    results.replaceChildren(answer.items.length ? h('ul', { class: 'cards' }, answer.items.map((task) => h('li', {
      class: 'card', dataset: { reportId: task.reportId, unit: task.unit, task: task.id }
    }, h('div', { class: 'card-head' }, h('a', { class: 'card-title', href: '#/handling/' + encodeURIComponent(task.reportId) }, task.title || task.trackingNumber),
      task.escalated ? h('span', { class: 'status', dataset: { group: 'attention' } }, tx('overdue.escalated')) : null),
    h('p', { class: 'card-meta' }, metaLine([task.trackingNumber, refName('units', task.unit), enumText('unitRole', task.role),
      h('span', {}, tx('overdue.deadline', { date: task.deadline || '—' })),
      task.urgedTimes ? h('span', {}, tx('overdue.urged', { times: task.urgedTimes })) : null])),
    urgeForm(task.reportId, [task.unit], toast, refresh, 'urge-' + task.id, task.unit)))) : empty('overdue.none'), pager(answer, load));
  };
  unit.addEventListener('change', () => load(0).catch((error) => showError(results, error)));
  await load(0);
}
