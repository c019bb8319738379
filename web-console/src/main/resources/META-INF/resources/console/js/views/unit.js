// Handling units: their tasks, each report's progress notes and the feedback (A solved or adopted, B in
// progress or partly solved, C cannot be solved now, with the reason). A lead unit also sees the
// supporting units' tasks of its assignment.
import { h, tx, heading, field, select, radios, enumText, time, facts } from '../dom.js';
import { api, page, showError } from '../api.js';
import { refName } from '../ref.js';
import { statusBadge, pager, empty, actionForm, value, cards, card, metaLine } from './common.js';

export async function tasks({ root, session }) {
  const status = select('status', [{ value: 'OPEN', label: tx('taskStatus.OPEN') }, { value: 'FED_BACK', label: tx('taskStatus.FED_BACK') }],
    { value: 'OPEN', empty: 'list.allStatuses' });
  status.id = 'task-status';
  const results = h('div', { id: 'task-list', 'aria-live': 'polite' });
  root.append(heading('tasks.title'), h('p', { class: 'muted' }, refName('units', session.unit)),
    h('div', { class: 'filters' }, field('list.status', status)), results);
  const load = async (number = 0) => {
    const answer = await page('/api/handling/tasks', { unit: session.unit, status: status.value, page: number, size: 20 });
    results.replaceChildren(answer.items.length ? cards(answer.items, (task) => card({
      href: '#/tasks/' + encodeURIComponent(task.reportId), title: task.title || task.trackingNumber,
      dataset: { reportId: task.reportId, task: task.id },
      badges: [task.overdue ? h('span', { class: 'status', dataset: { group: 'attention' } }, tx('handling.overdue')) : null,
        statusBadge(task.status, 'taskStatus')],
      meta: metaLine([task.trackingNumber, enumText('unitRole', task.role), h('span', {}, tx('handling.deadlineOn', { date: task.deadline || '—' })),
        task.urgedTimes ? h('span', {}, tx('overdue.urged', { times: task.urgedTimes })) : null])
    })) : empty('tasks.none'), pager(answer, load));
  };
  status.addEventListener('change', () => load(0).catch((error) => showError(results, error)));
  await load(0);
}

export async function detail({ root, params, session, toast, refresh }) {
  const handling = await api('GET', '/api/handling/reports/' + encodeURIComponent(params[0]));
  const mine = (handling.tasks || []).filter((task) => task.unit === session.unit);
  const others = (handling.tasks || []).filter((task) => task.unit !== session.unit);
  root.append(h('p', { class: 'back' }, h('a', { href: '#/tasks' }, tx('common.back'))),
    heading('tasks.detailTitle', { tracking: handling.trackingNumber }),
    h('p', { class: 'report-title' }, handling.title),
    facts([['field.category', enumText('category', handling.category)], ['field.township', refName('townships', handling.township)],
      ['handling.status', statusBadge(handling.status)]]),
    ...mine.map((task) => taskPanel(task, toast, refresh)),
    others.length ? h('section', { class: 'panel', 'aria-labelledby': 'supporting-title' },
      h('h3', { id: 'supporting-title' }, tx('tasks.supporting')),
      h('ul', { class: 'plain' }, others.map((task) => h('li', { dataset: { unit: task.unit } }, refName('units', task.unit), ' · ',
        enumText('unitRole', task.role), ' · ', statusBadge(task.status, 'taskStatus'),
        task.feedback ? [' · ', enumText('result', task.feedback.result), ' — ', task.feedback.text] : null)))) : null);
}

function taskPanel(task, toast, refresh) {
  const panel = h('section', { class: 'panel task', dataset: { task: task.id, status: task.status }, 'aria-labelledby': 'task-' + task.id },
    h('h3', { id: 'task-' + task.id }, tx('tasks.task'), ' · ', enumText('unitRole', task.role), ' ', statusBadge(task.status, 'taskStatus')),
    facts([['handling.deadline', task.deadline || '—'], ['tasks.round', String(task.round || 1)],
      task.overdue ? ['handling.overdue', time(task.overdueAt)] : null,
      task.urgedTimes ? ['tasks.urged', String(task.urgedTimes)] : null]),
    h('h4', {}, tx('tasks.progress')),
    task.progress && task.progress.length ? h('ol', { class: 'plain notes', id: 'progress-' + task.id }, task.progress.map((note) =>
      h('li', {}, h('span', { class: 'prose' }, note.text), h('span', { class: 'muted' }, ' · ', time(note.at))))) : empty('tasks.noProgress'),
    task.urgings && task.urgings.length ? h('div', {}, h('h4', {}, tx('tasks.urgings')), h('ul', { class: 'plain' }, task.urgings.map((u) =>
      h('li', {}, time(u.at), u.comment ? ' — ' + u.comment : '')))) : null,
    task.feedback ? h('div', { class: 'feedback', id: 'feedback-' + task.id }, h('h4', {}, tx('tasks.feedback')),
      h('p', {}, enumText('result', task.feedback.result), ' — ', task.feedback.text, ' · ', time(task.feedback.at))) : null);
  if (task.status === 'OPEN') {
    panel.append(actionForm({
      id: 'progress-form-' + task.id, className: 'progress-form',
      fields: [field('tasks.progressText', h('textarea', { name: 'text', rows: 2, maxlength: 500 }), { required: true })],
      submitKey: 'tasks.addProgress',
      send: (f) => api('POST', '/api/handling/tasks/' + encodeURIComponent(task.id) + '/progress', { body: { text: value(f, 'text') } }),
      done: () => {
        toast('tasks.progressAdded');
        refresh();
      }
    }), actionForm({
      id: 'feedback-form-' + task.id, className: 'feedback-form',
      fields: [h('h4', {}, tx('tasks.giveFeedback')),
        radios('result', 'tasks.result', ['A', 'B', 'C'].map((r) => ({ value: r, label: 'result.' + r })), 'A'),
        h('div', { class: 'field', dataset: { field: 'result' } }, h('p', { class: 'field-error', role: 'alert' })),
        field('tasks.feedbackText', h('textarea', { name: 'text', rows: 4, maxlength: 1500 }), { required: true, hint: 'tasks.feedbackHint' })],
      submitKey: 'tasks.submitFeedback',
      send: (f) => api('POST', '/api/handling/tasks/' + encodeURIComponent(task.id) + '/feedback',
        { body: { result: value(f, 'result'), text: value(f, 'text') } }),
      done: () => {
        toast('tasks.fedBack');
        refresh();
      }
    }));
  }
  return panel;
}
