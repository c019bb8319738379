// Handling units: their tasks, each with the report's text and what it acts on — the leaders' instructions
// (批示: who, level, text, date) or the office's forward or transfer note — the other units on the report
// and their roles, the printable 交办单, progress notes and the feedback (A solved or adopted, B in progress
// or partly solved, C cannot be solved now, with the reason).
import { h, tx, heading, field, select, radios, enumText, time, facts } from '../dom.js';
import { api, page, showError } from '../api.js';
import { refName, leaderName } from '../ref.js';
import { statusBadge, pager, empty, actionForm, value, cards, card, metaLine, reportText, download } from './common.js';
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
      href: '#/tasks/' + encodeURIComponent(task.id), title: task.title || task.trackingNumber,
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

export async function detail({ root, params, toast, refresh }) {
  const task = await api('GET', '/api/handling/tasks/' + encodeURIComponent(params[0]));
  const report = task.report || {};
  const errors = h('div', { id: 'sheet-errors' });
  const sheet = h('button', { type: 'button', id: 'download-sheet' }, tx('tasks.sheet'));
  sheet.addEventListener('click', () => download('/api/handling/tasks/' + encodeURIComponent(task.id) + '/sheet',
    '交办单-' + (task.trackingNumber || report.trackingNumber || task.id) + '.docx', errors));
  root.append(h('p', { class: 'back' }, h('a', { href: '#/tasks' }, tx('common.back'))),
    heading('tasks.detailTitle', { tracking: task.trackingNumber || report.trackingNumber }),
    h('div', { class: 'actions' }, sheet, errors),
    basisSection(task.basis || []),
    reportText(report, [['field.tracking', report.trackingNumber]]),
    othersSection(task.others || []),
    taskPanel(task, toast, refresh));
}

/** What the unit acts on: each leader's instruction, or the office's forward (转办) or transfer (转送) note. */
function basisSection(basis) {
  return h('section', { class: 'panel basis', id: 'task-basis', 'aria-labelledby': 'basis-title' },
    h('h3', { id: 'basis-title' }, tx('tasks.basis')),
    basis.length ? h('ul', { class: 'plain' }, basis.map((b) => b.kind === 'INSTRUCTION'
      ? h('li', { class: 'instruction', dataset: { kind: b.kind, leader: b.leader || '' } },
        h('p', {}, h('strong', { class: 'instruction-leader' }, b.leaderName ? (b.leaderTitle ? b.leaderTitle + ' ' : '') + b.leaderName : leaderName(b.leader)),
          ' · ', enumText('level', b.level), ' · ', b.instructedOn || time(b.instructedAt)),
        h('blockquote', { class: 'prose instruction-text' }, b.text))
      : h('li', { class: 'note', dataset: { kind: b.kind } }, h('p', {}, h('strong', {}, tx('tasks.basis.' + b.kind)), ' · ', time(b.at)),
        b.note ? h('blockquote', { class: 'prose' }, b.note) : null))) : empty('tasks.noBasis'));
}

/** The other units on the same report and their parts (never their notes or feedback). */
function othersSection(others) {
  if (!others.length) {
    return null;
  }
  return h('section', { class: 'panel', 'aria-labelledby': 'supporting-title' },
    h('h3', { id: 'supporting-title' }, tx('tasks.supporting')),
    h('ul', { class: 'plain', id: 'other-units' }, others.map((o) => h('li', { dataset: { unit: o.unit } },
      o.unitName || refName('units', o.unit), ' · ', enumText('unitRole', o.role), ' · ',
      tx('handling.deadlineOn', { date: o.deadline || '—' }), ' · ', statusBadge(o.status, 'taskStatus')))));
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
