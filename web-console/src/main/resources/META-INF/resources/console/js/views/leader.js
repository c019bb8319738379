// Leaders: the inbox of reports sent to them and the instruction (批示) that assigns a lead unit and
// supporting units with deadlines. The office reads the same inbox and may forward a report to units
// without an instruction (转办) or archive it.
import { h, tx, heading, field, select, enumText, time } from '../dom.js';
import { api, page, showError } from '../api.js';
import { t } from '../i18n.js';
import { options, refName } from '../ref.js';
import { statusBadge, reportText, pager, empty, actionForm, value, orNull, cards, card, metaLine, today, plusDays } from './common.js';

const LEADER_NAME = 'minyi.console.leaderName';

export async function inbox({ root }) {
  const status = select('status', [{ value: '', label: tx('inbox.waiting') },
    ...['INSTRUCTED', 'FORWARDED', 'ARCHIVED'].map((s) => ({ value: s, label: tx('status.' + s) }))], { value: '' });
  status.id = 'inbox-status';
  const results = h('div', { id: 'inbox-list', 'aria-live': 'polite' });
  root.append(heading('inbox.title'), h('div', { class: 'filters' }, field('list.status', status)), results);
  const load = async (number = 0) => {
    const answer = await page('/api/leadership/inbox', { status: status.value, page: number, size: 20 });
    results.replaceChildren(answer.items.length ? cards(answer.items, (item) => card({
      href: '#/inbox/' + encodeURIComponent(item.reportId), title: item.title,
      dataset: { reportId: item.reportId, tracking: item.trackingNumber },
      badges: [item.urgent ? h('span', { class: 'status', dataset: { group: 'attention' } }, tx('field.urgent')) : null, statusBadge(item.status)],
      meta: metaLine([item.trackingNumber, refName('committees', item.committee),
        item.grade ? h('span', {}, tx('inbox.grade', { grade: item.grade })) : null, time(item.receivedAt)])
    })) : empty('inbox.none'), pager(answer, load));
  };
  status.addEventListener('change', () => load(0).catch((error) => showError(results, error)));
  await load(0);
}

export async function detail({ root, params, session, toast, refresh }) {
  const item = await api('GET', '/api/leadership/reports/' + encodeURIComponent(params[0]));
  const actions = h('div', { class: 'decide', id: 'inbox-actions' });
  root.append(h('p', { class: 'back' }, h('a', { href: '#/inbox' }, tx('common.back'))),
    heading('inbox.detailTitle', { tracking: item.trackingNumber }),
    h('p', { class: 'status-line' }, statusBadge(item.status, 'status', 'inbox-status-text'),
      item.reportStatus && item.reportStatus !== item.status ? h('span', { class: 'muted' }, ' · ', tx('inbox.now'), ' ', enumText('status', item.reportStatus)) : null),
    reportText(item, [['field.committee', refName('committees', item.committee)],
      item.grade ? ['decision.grade', enumText('grade', item.grade)] : null,
      ['inbox.receivedAt', time(item.receivedAt)]]),
    instructionsSection(item), actions);
  const open = ['SENT_TO_LEADERS', 'INSTRUCTED', 'FORWARDED'].includes(item.status);
  if (session.role === 'LEADER' && open) {
    actions.append(instructionForm(item, toast, refresh));
  }
  if (session.role === 'OFFICE' && item.status === 'SENT_TO_LEADERS') {
    actions.append(forwardForm(item, toast, refresh), archiveForm(item, toast, refresh));
  }
}

function instructionsSection(item) {
  const entries = [...(item.instructions || []).map((i) => h('li', { class: 'instruction', dataset: { instruction: i.instructionId } },
    h('p', {}, h('strong', {}, i.leader), ' · ', enumText('level', i.level), ' · ', i.date || ''),
    h('p', { class: 'prose' }, i.text), unitList(i.units))),
  ...(item.forwards || []).map((f) => h('li', { class: 'forward' }, h('p', {}, h('strong', {}, tx('inbox.forwarded')), ' · ', time(f.forwardedAt)),
    f.comment ? h('p', { class: 'prose' }, f.comment) : null, unitList(f.units)))];
  if (item.archival) {
    entries.push(h('li', {}, h('strong', {}, tx('status.ARCHIVED')), ' · ', item.archival.reason, ' · ', time(item.archival.archivedAt)));
  }
  return h('section', { class: 'panel', 'aria-labelledby': 'instructions-title' }, h('h3', { id: 'instructions-title' }, tx('inbox.instructions')),
    entries.length ? h('ul', { class: 'plain', id: 'instructions' }, entries) : empty('inbox.noInstructions'));
}

function unitList(units) {
  return h('ul', { class: 'plain units' }, (units || []).map((u) => h('li', { dataset: { unit: u.unit } },
    refName('units', u.unit), ' · ', enumText('unitRole', u.role), ' · ', tx('handling.deadlineOn', { date: u.deadline || '—' }))));
}

/** Rows of units: each a unit, its role (exactly one lead) and a deadline; rows can be added and removed. */
function unitRows() {
  const body = h('div', { class: 'unit-rows', id: 'unit-rows' });
  let counter = 0;
  function row(role) {
    counter += 1;
    const n = counter;
    const unit = select('unit', options('units'), { empty: 'compose.choose' });
    unit.id = 'unit-' + n;
    const roleSelect = select('role', ['LEAD', 'SUPPORT'].map((r) => ({ value: r, label: tx('unitRole.' + r) })), { value: role });
    roleSelect.id = 'unit-role-' + n;
    const deadline = h('input', { type: 'date', name: 'deadline', value: plusDays(30), min: today(), id: 'unit-deadline-' + n });
    const remove = h('button', { type: 'button', class: 'quiet', 'aria-label': t('units.remove', { n }),
      onclick: () => { line.remove(); } }, tx('units.removeShort'));
    const line = h('fieldset', { class: 'unit-row', dataset: { row: String(n) } }, h('legend', {}, tx('units.row', { n })),
      h('div', { class: 'row' }, field('units.unit', unit), field('units.role', roleSelect), field('units.deadline', deadline)), remove);
    body.appendChild(line);
    return line;
  }
  row('LEAD');
  const add = h('button', { type: 'button', id: 'add-unit', onclick: () => row('SUPPORT').querySelector('select').focus() }, tx('units.add'));
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

function instructionForm(item, toast, refresh) {
  const units = unitRows();
  const leader = h('input', { name: 'leader', value: window.localStorage.getItem(LEADER_NAME) || '', maxlength: 50, autocomplete: 'name' });
  const level = select('level', ['COUNTY', 'CITY', 'PROVINCE', 'NATIONAL'].map((l) => ({ value: l, label: tx('level.' + l) })), { value: 'COUNTY' });
  const date = h('input', { type: 'date', name: 'date', value: today(), max: today() });
  const text = h('textarea', { name: 'text', rows: 4, maxlength: 500 });
  return h('section', { class: 'panel', 'aria-labelledby': 'instruct-title' }, h('h3', { id: 'instruct-title' }, tx('instruct.title')),
    actionForm({
      id: 'instruction-form',
      fields: [h('div', { class: 'row' }, field('instruct.leader', leader, { required: true, hint: 'instruct.leaderHint' }),
        field('instruct.level', level), field('instruct.date', date)),
      field('instruct.text', text, { required: true }), units.node],
      submitKey: 'instruct.submit',
      send: (f) => {
        window.localStorage.setItem(LEADER_NAME, value(f, 'leader'));
        return api('POST', '/api/leadership/reports/' + encodeURIComponent(item.reportId) + '/instructions', {
          body: { leader: value(f, 'leader'), level: value(f, 'level'), text: value(f, 'text'), date: value(f, 'date') || null,
            units: units.read() }
        });
      },
      done: () => {
        toast('instruct.done');
        refresh();
      }
    }));
}

function forwardForm(item, toast, refresh) {
  const units = unitRows();
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
