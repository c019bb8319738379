// Stations and members: their reports, each with its status, the committee's decision with its reasons,
// what the leaders and units did, the timeline (who did what) and the handling; withdrawing, the revision of a
// returned report and the rating of a handled one. The office sees every report here too.
import { h, tx, bi, heading, facts, time, select, field, radios, enumText } from '../dom.js';
import { api, page, showError } from '../api.js';
import { refName, leaderName } from '../ref.js';
import {
  STATUSES, statusBadge, flagExplanations, reportText, pager, empty, actionForm, value, orNull, cards, card,
  metaLine
} from './common.js';

const WITHDRAWABLE = ['SUBMITTED', 'ROUTED', 'UNDER_REVIEW', 'RETURNED'];
const HANDLING = ['INSTRUCTED', 'FORWARDED', 'IN_HANDLING', 'HANDLED', 'CLOSED'];

export async function list({ root, session }) {
  const filter = select('status', STATUSES.map((code) => ({ value: code, label: enumText('status', code) })),
    { empty: 'list.allStatuses' });
  filter.id = 'report-status-filter';
  const results = h('div', { id: 'report-list', 'aria-live': 'polite' });
  root.append(heading(session.role === 'OFFICE' ? 'reports.allTitle' : 'reports.title'),
    session.role === 'OFFICE' ? null : h('p', {}, h('a', { href: '#/write', class: 'button primary', id: 'new-report' },
      tx('reports.new'))),
    h('div', { class: 'filters' }, field('list.status', filter)), results);
  const load = async (number = 0) => {
    const answer = await page('/api/reports', { status: filter.value, page: number, size: 20 });
    results.replaceChildren(answer.items.length ? cards(answer.items, (report) => card({
      href: '#/reports/' + encodeURIComponent(report.id), title: report.title,
      dataset: { reportId: report.id, tracking: report.trackingNumber },
      badges: statusBadge(report.status),
      meta: metaLine([report.trackingNumber, refName('townships', report.township), time(report.submittedAt)])
    })) : empty('reports.none'), pager(answer, load));
  };
  filter.addEventListener('change', () => load(0).catch((error) => showError(results, error)));
  await load(0);
}

export async function detail({ root, params, session, toast, refresh }) {
  const id = params[0];
  const [report, timeline] = await Promise.all([api('GET', '/api/reports/' + encodeURIComponent(id)),
    api('GET', '/api/reports/' + encodeURIComponent(id) + '/timeline')]);
  const actions = h('div', { class: 'actions report-actions' });
  root.append(h('p', { class: 'back' }, h('a', { href: '#/reports' }, tx('common.back'))),
    heading('reports.detailTitle', { tracking: report.trackingNumber }),
    h('p', { class: 'status-line' }, statusBadge(report.status, 'status', 'report-status'),
      report.revision > 1 ? h('span', { class: 'muted' }, ' · ', tx('reports.revision', { n: report.revision })) : null),
    actions,
    reportText(report, [
      ['field.tracking', h('span', { id: 'report-tracking' }, report.trackingNumber)],
      report.committee ? ['field.committee', refName('committees', report.committee)] : null,
      ['field.submittedAt', time(report.submittedAt)]]),
    report.review ? reviewSection(report.review) : null,
    report.outcome ? outcomeSection(report.outcome) : null,
    h('section', { class: 'panel' }, h('h3', {}, tx('quality.title')), flagExplanations(report.quality && report.quality.flags)),
    timelineSection(timeline));

  if (session.role !== 'OFFICE' && report.status === 'RETURNED') {
    actions.append(h('p', { class: 'notice' }, tx('reports.returnedNotice')),
      h('a', { href: '#/revise/' + encodeURIComponent(id), class: 'button primary', id: 'revise-report' },
        tx('reports.revise')));
  }
  if (session.role !== 'OFFICE' && WITHDRAWABLE.includes(report.status)) {
    actions.append(withdrawButton(id, toast, refresh));
  }
  if (HANDLING.includes(report.status)) {
    root.append(await handlingSection(id, session, toast, refresh));
  }
}

/** The committee's latest decision (or its request to revise), with the grade, reason and comment. */
export function reviewSection(review) {
  return h('section', { class: 'panel', id: 'review-outcome', dataset: { decision: review.decision }, 'aria-labelledby': 'review-outcome-title' },
    h('h3', { id: 'review-outcome-title' }, tx('reports.reviewTitle')),
    facts([['reports.decision', enumText('decision', review.decision)],
      review.grade ? ['decision.grade', enumText('grade', review.grade)] : null,
      review.committee ? ['field.committee', refName('committees', review.committee)] : null,
      review.reason ? ['decision.reason', h('span', { id: 'review-reason' }, review.reasonLabel ? bi(review.reasonLabel, review.reasonLabelEn) : review.reason)] : null,
      ['reports.decidedAt', time(review.decidedAt)]]),
    review.comment ? h('blockquote', { class: 'comment prose', id: 'review-comment' }, review.comment) : null);
}

/** What the leaders and the units did: who instructed and when (the text once released), each unit's result. */
function outcomeSection(outcome) {
  const instructions = outcome.instructions || [];
  const units = outcome.units || [];
  if (!instructions.length && !units.length && !outcome.transferredAt) {
    return null;
  }
  return h('section', { class: 'panel', id: 'outcome', 'aria-labelledby': 'outcome-title' },
    h('h3', { id: 'outcome-title' }, tx('reports.outcomeTitle')),
    instructions.length ? h('ul', { class: 'plain', id: 'outcome-instructions' }, instructions.map((i) => h('li', {
      class: 'instruction', dataset: { instruction: i.instructionId, leader: i.leader || '' }
    }, h('p', {}, h('strong', {}, i.leaderName ? (i.leaderTitle ? i.leaderTitle + ' ' : '') + i.leaderName : leaderName(i.leader)),
      ' · ', tx('reports.instructedOn', { date: i.instructedOn || '' })),
    i.text ? h('p', { class: 'prose instruction-text' }, i.text) : h('p', { class: 'muted' }, tx('reports.instructionNotReleased'))))) : null,
    outcome.transferredAt ? h('p', { id: 'outcome-transfer' }, tx('reports.transferred'), ' · ', time(outcome.transferredAt)) : null,
    units.length ? h('div', { class: 'table-wrap' }, h('table', { id: 'outcome-units' },
      h('caption', { class: 'visually-hidden' }, tx('reports.unitResults')),
      h('thead', {}, h('tr', {}, ['handling.unit', 'handling.role', 'tasks.result', 'reports.feedbackAt'].map((key) => h('th', { scope: 'col' }, tx(key))))),
      h('tbody', {}, units.map((u) => h('tr', { dataset: { unit: u.unit } }, h('td', {}, u.unitName || refName('units', u.unit)),
        h('td', {}, enumText('unitRole', u.role)), h('td', {}, u.result ? enumText('result', u.result) : '—'), h('td', {}, time(u.feedbackAt))))))) : null);
}

function timelineSection(timeline) {
  return h('section', { class: 'panel', 'aria-labelledby': 'timeline-title' },
    h('h3', { id: 'timeline-title' }, tx('reports.timeline')),
    h('ol', { class: 'timeline', id: 'timeline' }, (timeline.steps || []).map((step) => h('li', {
      dataset: { status: step.status, sequence: String(step.sequence), actor: step.actorId || '' }
    }, h('span', { class: 'timeline-status' }, enumText('status', step.status)),
    h('span', { class: 'muted' }, ' · ', h('span', { class: 'timeline-actor' }, step.actor || enumText('role', step.actorRole)), ' · ', time(step.at)),
    step.reason ? h('p', { class: 'timeline-reason' }, tx('decision.reason'), '：', step.reasonLabel ? bi(step.reasonLabel, step.reasonLabelEn) : step.reason) : null,
    step.comment ? h('p', { class: 'timeline-comment prose' }, step.comment) : null))));
}

function withdrawButton(id, toast, refresh) {
  const box = h('div', { class: 'confirm' });
  const ask = h('button', { type: 'button', id: 'withdraw-report', class: 'danger' }, tx('reports.withdraw'));
  ask.addEventListener('click', () => {
    const errors = h('div');
    const yes = h('button', { type: 'button', class: 'danger', id: 'withdraw-confirm' }, tx('reports.withdrawConfirm'));
    const no = h('button', { type: 'button' }, tx('common.cancel'));
    yes.addEventListener('click', async () => {
      yes.disabled = true;
      try {
        await api('POST', '/api/reports/' + encodeURIComponent(id) + '/withdraw');
        toast('reports.withdrawn');
        refresh();
      } catch (error) {
        yes.disabled = false;
        showError(errors, error);
      }
    });
    no.addEventListener('click', () => box.replaceChildren(ask));
    box.replaceChildren(h('p', {}, tx('reports.withdrawQuestion')), yes, ' ', no, errors);
    yes.focus();
  });
  box.append(ask);
  return box;
}

async function handlingSection(id, session, toast, refresh) {
  const section = h('section', { class: 'panel', id: 'handling', 'aria-labelledby': 'handling-title' },
    h('h3', { id: 'handling-title' }, tx('handling.title')));
  let handling;
  try {
    handling = await api('GET', '/api/handling/reports/' + encodeURIComponent(id));
  } catch (error) {
    if (error.status === 404) {
      section.append(h('p', { class: 'muted' }, tx('handling.notYet')));
      return section;
    }
    throw error;
  }
  section.append(facts([
    ['handling.status', statusBadge(handling.status)],
    handling.result ? ['handling.result', enumText('result', handling.result)] : null,
    handling.handledAt ? ['handling.handledAt', time(handling.handledAt)] : null,
    handling.closedAt ? ['handling.closedAt', time(handling.closedAt)] : null]),
  taskTable(handling.tasks || []));
  if (handling.ratings && handling.ratings.length) {
    section.append(h('h4', {}, tx('rating.earlier')), h('ul', { class: 'plain', id: 'ratings' }, handling.ratings.map((r) =>
      h('li', {}, enumText('rating', r.rating), r.comment ? ' — ' + r.comment : '', ' · ', time(r.at)))));
  }
  const mayRate = (session.role === 'STATION' || session.role === 'MEMBER') && handling.status === 'HANDLED'
    && !handling.satisfaction;
  if (mayRate) {
    section.append(ratingForm(id, toast, refresh));
  }
  return section;
}

export function taskTable(tasks) {
  if (!tasks.length) {
    return empty('handling.noTasks');
  }
  return h('div', { class: 'table-wrap' }, h('table', { class: 'tasks', id: 'handling-tasks' },
    h('caption', { class: 'visually-hidden' }, tx('handling.tasks')),
    h('thead', {}, h('tr', {}, ['handling.unit', 'handling.role', 'handling.deadline', 'handling.taskStatus',
      'handling.feedback'].map((key) => h('th', { scope: 'col' }, tx(key))))),
    h('tbody', {}, tasks.map((task) => h('tr', { dataset: { unit: task.unit, task: task.id } },
      h('td', {}, refName('units', task.unit)), h('td', {}, enumText('unitRole', task.role)),
      h('td', {}, task.deadline || '—', task.overdue ? h('span', { class: 'flag' }, ' ', tx('handling.overdue')) : null),
      h('td', {}, statusBadge(task.status, 'taskStatus')),
      h('td', {}, task.feedback ? [enumText('result', task.feedback.result), ' — ', task.feedback.text] : '—'))))));
}

function ratingForm(id, toast, refresh) {
  const comment = h('textarea', { name: 'comment', rows: 3, maxlength: 500 });
  return actionForm({
    id: 'rating-form',
    fields: [h('h4', {}, tx('rating.title')),
      radios('rating', 'rating.question', ['SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED']
        .map((code) => ({ value: code, label: 'rating.' + code })), 'SATISFIED'),
      h('div', { class: 'field', dataset: { field: 'rating' } }, h('p', { class: 'field-error', role: 'alert' })),
      field('rating.comment', comment, { hint: 'rating.hint' })],
    submitKey: 'rating.submit',
    send: (form) => api('POST', '/api/handling/reports/' + encodeURIComponent(id) + '/satisfaction', {
      body: { rating: value(form, 'rating'), comment: orNull(value(form, 'comment')) }
    }),
    done: () => {
      toast('rating.done');
      refresh();
    }
  });
}
