// Leaders: each leader's inbox of the reports sent to them and the instructions (批示) that assign a lead
// unit and supporting units with deadlines. The leaders' secretariat (领导秘书处) reads every leader's
// inbox and records an instruction on a named leader's behalf; the office and the secretariat release an
// instruction's text to the authors, forward a report to units without an instruction (转办) or archive it.
import { h, tx, heading, field, select, enumText, time } from '../dom.js';
import { api, page, showError } from '../api.js';
import { items, refName, leaderName } from '../ref.js';
import { statusBadge, reportText, pager, empty, actionForm, value, orNull, cards, card, metaLine, today, unitRows } from './common.js';

const DISPOSERS = ['OFFICE', 'LEADERS_OFFICE'];

export async function inbox({ root, session }) {
  const status = select('status', [{ value: '', label: tx('inbox.waiting') },
    ...['INSTRUCTED', 'FORWARDED', 'ARCHIVED'].map((s) => ({ value: s, label: tx('status.' + s) }))], { value: '' });
  status.id = 'inbox-status';
  const results = h('div', { id: 'inbox-list', 'aria-live': 'polite' });
  root.append(heading(session.role === 'LEADER' ? 'inbox.mine' : 'inbox.title'),
    session.role === 'LEADER' ? h('p', { class: 'muted', id: 'inbox-owner' }, leaderName(session.leader)) : null,
    h('div', { class: 'filters' }, field('list.status', status)), results);
  const load = async (number = 0) => {
    const answer = await page('/api/leadership/inbox', { status: status.value, page: number, size: 20 });
    results.replaceChildren(answer.items.length ? cards(answer.items, (item) => card({
      href: '#/inbox/' + encodeURIComponent(item.reportId), title: item.title,
      dataset: { reportId: item.reportId, tracking: item.trackingNumber },
      badges: [item.urgent ? h('span', { class: 'status', dataset: { group: 'attention' } }, tx('field.urgent')) : null, statusBadge(item.status)],
      meta: metaLine([item.trackingNumber, refName('committees', item.committee),
        item.grade ? h('span', {}, tx('inbox.grade', { grade: item.grade })) : null,
        session.role === 'LEADER' ? null : leaderList(item.leaders), time(item.receivedAt)])
    })) : empty('inbox.none'), pager(answer, load));
  };
  status.addEventListener('change', () => load(0).catch((error) => showError(results, error)));
  await load(0);
}

/** The leaders a report was sent to, by title and name. */
function leaderList(leaders) {
  if (!leaders || !leaders.length) {
    return null;
  }
  return h('span', { class: 'leaders' }, tx('inbox.sentTo'), ' ',
    leaders.map((leader) => (typeof leader === 'string' ? leader : leader.code)).map(leaderName).join('、'));
}

export async function detail({ root, params, session, toast, refresh }) {
  const item = await api('GET', '/api/leadership/reports/' + encodeURIComponent(params[0]));
  const actions = h('div', { class: 'decide', id: 'inbox-actions' });
  const disposer = DISPOSERS.includes(session.role);
  root.append(h('p', { class: 'back' }, h('a', { href: '#/inbox' }, tx('common.back'))),
    heading('inbox.detailTitle', { tracking: item.trackingNumber }),
    h('p', { class: 'status-line' }, statusBadge(item.status, 'status', 'inbox-status-text'),
      item.reportStatus && item.reportStatus !== item.status ? h('span', { class: 'muted' }, ' · ', tx('inbox.now'), ' ', enumText('status', item.reportStatus)) : null),
    reportText(item.report || item, [['field.committee', refName('committees', item.committee)],
      item.grade ? ['decision.grade', enumText('grade', item.grade)] : null,
      ['inbox.receivedAt', time(item.sentAt || item.receivedAt)],
      item.leaders && item.leaders.length ? ['inbox.sentToLabel', h('span', { id: 'sent-to' }, leaderList(item.leaders))] : null]),
    instructionsSection(item, disposer, toast, refresh), actions);
  const open = ['SENT_TO_LEADERS', 'INSTRUCTED', 'FORWARDED'].includes(item.status);
  if ((session.role === 'LEADER' || session.role === 'LEADERS_OFFICE') && open) {
    actions.append(instructionForm(item, session, toast, refresh));
  }
  if (disposer && item.status === 'SENT_TO_LEADERS') {
    actions.append(forwardForm(item, toast, refresh), archiveForm(item, toast, refresh));
  }
}

function instructionsSection(item, disposer, toast, refresh) {
  const entries = [...(item.instructions || []).map((i) => h('li', { class: 'instruction', dataset: { instruction: i.instructionId, leader: i.leader } },
    h('p', {}, h('strong', { class: 'instruction-leader' }, i.leaderName ? (i.leaderTitle ? i.leaderTitle + ' ' : '') + i.leaderName : leaderName(i.leader)),
      ' · ', enumText('level', i.level), ' · ', i.instructedOn || '',
      i.recordedBy && i.recordedBy !== 'leader-' + i.leader ? h('span', { class: 'muted' }, ' · ', tx('instruct.recordedBySecretariat')) : null,
      ' · ', i.released ? h('span', { class: 'released' }, tx('instruct.released')) : h('span', { class: 'muted' }, tx('instruct.notReleased'))),
    h('p', { class: 'prose' }, i.text), unitList(i.units),
    disposer && !i.released ? releaseButton(item, i, toast, refresh) : null)),
  ...(item.forwards || []).map((f) => h('li', { class: 'forward' }, h('p', {}, h('strong', {}, tx('inbox.forwarded')), ' · ', time(f.forwardedAt)),
    f.comment ? h('p', { class: 'prose' }, f.comment) : null, unitList(f.units)))];
  if (item.archival) {
    entries.push(h('li', {}, h('strong', {}, tx('status.ARCHIVED')), ' · ', item.archival.reason, ' · ', time(item.archival.archivedAt)));
  }
  return h('section', { class: 'panel', 'aria-labelledby': 'instructions-title' }, h('h3', { id: 'instructions-title' }, tx('inbox.instructions')),
    entries.length ? h('ul', { class: 'plain', id: 'instructions' }, entries) : empty('inbox.noInstructions'));
}

function releaseButton(item, instruction, toast, refresh) {
  const errors = h('div');
  const button = h('button', { type: 'button', class: 'release', id: 'release-' + instruction.instructionId }, tx('instruct.release'));
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await api('POST', '/api/leadership/reports/' + encodeURIComponent(item.reportId) + '/instructions/'
        + encodeURIComponent(instruction.instructionId) + '/release');
      toast('instruct.releaseDone');
      refresh();
    } catch (error) {
      button.disabled = false;
      showError(errors, error);
    }
  });
  return h('div', { class: 'actions' }, button, errors);
}

function unitList(units) {
  return h('ul', { class: 'plain units' }, (units || []).map((u) => h('li', { dataset: { unit: u.unit } },
    refName('units', u.unit), ' · ', enumText('unitRole', u.role), ' · ', tx('handling.deadlineOn', { date: u.deadline || '—' }))));
}

/** A leader instructs as themself; the secretariat names the leader it records the instruction for. */
function instructionForm(item, session, toast, refresh) {
  const units = unitRows();
  const secretariat = session.role === 'LEADERS_OFFICE';
  const leader = secretariat
    ? select('leader', items('leaders').map((l) => ({ value: l.code, label: leaderName(l.code) })), { empty: 'compose.choose' })
    : h('input', { name: 'leader-self', value: leaderName(session.leader), readonly: true });
  leader.id = 'instruction-leader';
  const level = select('level', ['COUNTY', 'CITY', 'PROVINCE', 'NATIONAL'].map((l) => ({ value: l, label: tx('level.' + l) })), { value: 'COUNTY' });
  if (secretariat) {
    leader.addEventListener('change', () => {
      const chosen = items('leaders').find((l) => l.code === leader.value);
      if (chosen && chosen.level) {
        level.value = chosen.level;
      }
    });
  }
  const date = h('input', { type: 'date', name: 'date', value: today(), max: today() });
  const text = h('textarea', { name: 'text', rows: 4, maxlength: 500 });
  return h('section', { class: 'panel', 'aria-labelledby': 'instruct-title' }, h('h3', { id: 'instruct-title' }, tx('instruct.title')),
    actionForm({
      id: 'instruction-form',
      fields: [h('div', { class: 'row' }, field('instruct.leader', leader, { required: secretariat, hint: secretariat ? 'instruct.onBehalfHint' : null }),
        field('instruct.level', level), field('instruct.date', date)),
      field('instruct.text', text, { required: true }), units.node],
      submitKey: secretariat ? 'instruct.record' : 'instruct.submit',
      send: (f) => api('POST', '/api/leadership/reports/' + encodeURIComponent(item.reportId) + '/instructions', {
        body: { leader: secretariat ? (value(f, 'leader') || null) : session.leader, level: value(f, 'level'), text: value(f, 'text'),
          date: value(f, 'date') || null, units: units.read() }
      }),
      done: () => {
        toast('instruct.done');
        refresh();
      }
    }));
}

function forwardForm(item, toast, refresh) {
  const units = unitRows('forward-unit');
  return h('details', { class: 'panel', id: 'forward' }, h('summary', {}, tx('forward.title')), actionForm({
    id: 'forward-form',
    fields: [units.node, field('forward.comment', h('textarea', { name: 'comment', rows: 2, maxlength: 500 }))],
    submitKey: 'forward.submit',
    send: (f) => api('POST', '/api/leadership/reports/' + encodeURIComponent(item.reportId) + '/forward',
      { body: { units: units.read(), comment: orNull(value(f, 'comment')) } }),
    done: () => {
      toast('forward.done');
      refresh();
    }
  }));
}

function archiveForm(item, toast, refresh) {
  return h('details', { class: 'panel', id: 'archive' }, h('summary', {}, tx('archive.title')), actionForm({
    id: 'archive-form',
    fields: [field('archive.reason', h('textarea', { name: 'reason', rows: 2, maxlength: 500 }), { required: true })],
    submitKey: 'archive.submit',
    send: (f) => api('POST', '/api/leadership/reports/' + encodeURIComponent(item.reportId) + '/archive',
      { body: { reason: value(f, 'reason') } }),
    done: () => {
      toast('archive.done');
      refresh();
    }
  }));
}
