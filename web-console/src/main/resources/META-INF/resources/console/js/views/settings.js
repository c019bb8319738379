// The office's settings: routing rules (ordered; replaced as a whole, as a new version), assigned topics
// (信息反映点), and each year's targets, grading scale and points table, with the results they give.
import { h, tx, heading, field, select, enumText, time, facts } from '../dom.js';
import { api, page, showError } from '../api.js';
import { items, options, refName } from '../ref.js';
import { pager, empty, actionForm, value, orNull, today, plusDays } from './common.js';

const LISTS = [['categories', 'categories'], ['domains', 'domains'], ['sectors', 'sectors'], ['townships', 'townships']];

function codes(text) {
  return String(text || '').split(/[,，、;；\s]+/).map((s) => s.trim()).filter(Boolean);
}

export async function rules({ root, toast, refresh }) {
  const current = await api('GET', '/api/routing/rules');
  let list = current.rules.map((rule) => Object.assign({}, rule));
  const holder = h('div', { id: 'rules' });
  const errors = h('div', { class: 'form-errors', id: 'rules-errors' });
  const form = h('form', { id: 'rules-form', novalidate: true }, holder,
    h('div', { class: 'actions sticky' },
      h('button', { type: 'button', id: 'add-rule', onclick: () => { list = read(); list.unshift(blankRule()); draw(); holder.querySelector('input').focus(); } }, tx('rules.add')),
      h('button', { type: 'submit', class: 'primary', id: 'save-rules' }, tx('rules.save'))), errors);
  root.append(heading('rules.title'),
    h('p', { class: 'muted', id: 'rules-version' }, tx('rules.version', { version: current.version }), ' · ',
      current.updatedBy || '', ' · ', time(current.updatedAt)),
    h('p', { class: 'muted' }, tx('rules.intro')), form);

  function blankRule() {
    return { fresh: true, id: '', description: '', committee: '', categories: [], domains: [], sectors: [], townships: [], topics: [], keywords: [] };
  }

  function draw() {
    holder.replaceChildren(...list.map((rule, index) => {
      const at = 'rules[' + index + ']';
      const idInput = h('input', { name: at + '.id', value: rule.id || '', class: 'rule-id', autocomplete: 'off' });
      const description = h('input', { name: at + '.description', value: rule.description || '' });
      const committee = select(at + '.committee', [...options('committees'), { value: 'OFFICE', label: tx('committee.OFFICE') }],
        { value: rule.committee, empty: 'compose.choose' });
      const lists = LISTS.map(([key, kind]) => {
        const control = key === 'categories'
          ? select(at + '.' + key, items('categories').map((c) => ({ value: c.code, label: enumText('category', c.code) })), { value: rule[key] || [], multiple: true, size: 4 })
          : select(at + '.' + key, options(kind), { value: rule[key] || [], multiple: true, size: 4 });
        return field('rules.' + key, control, { hint: 'rules.multiHint' });
      });
      const topics = h('input', { name: at + '.topics', value: (rule.topics || []).join(', ') });
      const keywords = h('input', { name: at + '.keywords', value: (rule.keywords || []).join('、') });
      const move = (delta) => () => {
        list = read();
        const [moved] = list.splice(index, 1);
        list.splice(Math.max(0, Math.min(list.length, index + delta)), 0, moved);
        draw();
      };
      const conditions = ['categories', 'domains', 'sectors', 'townships', 'topics', 'keywords']
        .filter((key) => rule[key] && rule[key].length).map((key) => tx('rules.' + key));
      return h('details', { class: 'rule panel', open: !rule.id || rule.fresh, dataset: { index: String(index), rule: rule.id || '' } },
        h('summary', {}, tx('rules.rule', { n: index + 1 }), ' ', h('code', {}, rule.id || '—'), ' → ',
          rule.committee === 'OFFICE' ? tx('committee.OFFICE') : rule.committee ? refName('committees', rule.committee) : '—',
          conditions.length ? h('span', { class: 'muted' }, ' · ', conditions.map((c, i) => [i ? '、' : '', c])) : h('span', { class: 'muted' }, ' · ', tx('rules.everything'))),
        h('div', { class: 'row' }, field('rules.id', idInput, { required: true }), field('rules.committee', committee, { required: true })),
        field('rules.description', description),
        h('div', { class: 'row four' }, lists),
        h('div', { class: 'row' }, field('rules.topics', topics, { hint: 'rules.codesHint' }), field('rules.keywords', keywords, { hint: 'rules.keywordsHint' })),
        h('div', { class: 'actions' },
          h('button', { type: 'button', disabled: index === 0, onclick: move(-1) }, tx('rules.up')),
          h('button', { type: 'button', disabled: index === list.length - 1, onclick: move(1) }, tx('rules.down')),
          h('button', { type: 'button', class: 'danger', onclick: () => { list = read(); list.splice(index, 1); draw(); } }, tx('rules.remove'))));
    }));
  }

  function read() {
    return list.map((rule, index) => {
      const at = 'rules[' + index + ']';
      const out = {
        fresh: list[index].fresh || holder.querySelector('details[data-index="' + index + '"]').open,
        id: value(form, at + '.id').trim(), description: orNull(value(form, at + '.description')),
        committee: value(form, at + '.committee') || null,
        topics: codes(value(form, at + '.topics')), keywords: codes(value(form, at + '.keywords'))
      };
      for (const [key] of LISTS) {
        out[key] = value(form, at + '.' + key);
      }
      return out;
    });
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    errors.replaceChildren();
    const rulesToSave = read().map((rule) => {
      const out = { id: rule.id, committee: rule.committee };
      if (rule.description) {
        out.description = rule.description;
      }
      for (const key of ['categories', 'domains', 'sectors', 'townships', 'topics', 'keywords']) {
        if (rule[key].length) {
          out[key] = rule[key];
        }
      }
      return out;
    });
    try {
      const saved = await api('PUT', '/api/routing/rules', { body: { basedOn: current.version, rules: rulesToSave } });
      toast('rules.saved', { version: saved.version });
      refresh();
    } catch (error) {
      showError(errors, error, form);
      if (error.status === 409) {
        errors.appendChild(h('button', { type: 'button', onclick: refresh }, tx('rules.reload')));
      }
    }
  });
  draw();
}

function currentQuarter() {
  const now = new Date();
  return now.getFullYear() + 'Q' + (Math.floor(now.getMonth() / 3) + 1);
}

export async function topics(context) {
  if (context.params[0]) {
    return topic(context);
  }
  const { root, toast, refresh } = context;
  const results = h('div', { id: 'topic-list', 'aria-live': 'polite' });
  const lead = select('lead', options('committees'), { empty: 'compose.choose' });
  const others = select('others', options('committees'), { multiple: true, size: 5 });
  root.append(heading('topics.title'), h('p', { class: 'muted' }, tx('topics.intro')), results,
    h('section', { class: 'panel', 'aria-labelledby': 'new-topic' }, h('h3', { id: 'new-topic' }, tx('topics.new')),
      actionForm({
        id: 'topic-form',
        fields: [h('div', { class: 'row' }, field('topics.code', h('input', { name: 'code', autocomplete: 'off' }), { hint: 'topics.codeHint' }),
          field('topics.quarter', h('input', { name: 'quarter', value: currentQuarter() }), { required: true })),
        field('topics.titleField', h('input', { name: 'title', maxlength: 60 }), { required: true }),
        field('topics.description', h('textarea', { name: 'description', rows: 3 })),
        h('div', { class: 'field', dataset: { field: 'committees' } },
          h('div', { class: 'row' }, field('topics.lead', lead, { required: true }), field('topics.others', others, { hint: 'rules.multiHint' })),
          h('p', { class: 'field-error', role: 'alert' })),
        field('topics.deadline', h('input', { type: 'date', name: 'deadline', value: plusDays(90), min: today() }), { required: true })],
        submitKey: 'topics.create',
        send: (f) => {
          const committees = [value(f, 'lead'), ...value(f, 'others').filter((c) => c !== value(f, 'lead'))].filter(Boolean);
          const body = { title: value(f, 'title'), quarter: value(f, 'quarter'), committees, deadline: value(f, 'deadline') || null };
          if (orNull(value(f, 'code'))) {
            body.code = value(f, 'code').trim();
          }
          if (orNull(value(f, 'description'))) {
            body.description = value(f, 'description');
          }
          return api('POST', '/api/topics', { body });
        },
        done: (answer) => {
          toast('topics.created', { id: answer.id });
          refresh();
        }
      })));
  const load = async (number = 0) => {
    const answer = await page('/api/topics', { page: number, size: 50 });
    results.replaceChildren(answer.items.length ? h('div', { class: 'table-wrap' }, h('table', { id: 'topics-table' },
      h('thead', {}, h('tr', {}, ['topics.code', 'topics.titleField', 'topics.quarter', 'topics.committees', 'topics.deadline',
        'topics.coverage'].map((key) => h('th', { scope: 'col' }, tx(key))))),
      h('tbody', {}, answer.items.map((topic) => h('tr', { dataset: { topic: topic.id } },
        h('td', {}, topic.id), h('td', {}, h('a', { href: '#/topics/' + encodeURIComponent(topic.id) }, topic.title)),
        h('td', {}, topic.quarter),
        h('td', {}, topic.committees.map((c, i) => [i ? '、' : '', refName('committees', c)])),
        h('td', {}, topic.deadline, topic.open ? '' : h('span', { class: 'muted' }, ' (', tx('topics.closed'), ')')),
        h('td', {}, topic.coverage ? tx('topics.coverageValue', topic.coverage) : '—')))))) : empty('topics.none'),
    pager(answer, load));
  };
  await load(0);
}

/** One topic: its coverage by committee and station, and — while open — the office's edit form and 关闭. */
async function topic({ root, params, toast, refresh }) {
  const found = await api('GET', '/api/topics/' + encodeURIComponent(params[0]));
  const coverage = found.coverage || { reports: 0, adopted: 0, byCommittee: {}, byTownship: {} };
  const table = (id, kind, counts) => Object.keys(counts || {}).length
    ? h('div', { class: 'table-wrap' }, h('table', { id },
      h('thead', {}, h('tr', {}, [kind === 'committees' ? 'topics.committee' : 'field.township', 'topics.received', 'topics.adopted']
        .map((key) => h('th', { scope: 'col' }, tx(key))))),
      h('tbody', {}, Object.entries(counts).map(([code, c]) => h('tr', { dataset: { code } },
        h('td', {}, refName(kind, code)), h('td', { class: 'num' }, String(c.reports)), h('td', { class: 'num' }, String(c.adopted)))))))
    : empty('topics.noCoverage');
  root.append(h('p', { class: 'back' }, h('a', { href: '#/topics' }, tx('common.back'))),
    heading('topics.one', { id: found.id }),
    h('article', { class: 'panel', id: 'topic-detail', dataset: { open: String(found.open) } },
      h('h3', { id: 'topic-title' }, found.title),
      found.description ? h('p', { class: 'prose' }, found.description) : null,
      facts([['topics.quarter', found.quarter],
        ['topics.committees', h('span', {}, found.committees.map((c, i) => [i ? '、' : '', refName('committees', c)]))],
        ['topics.deadline', found.deadline],
        ['topics.state', h('span', { id: 'topic-state' }, found.open ? tx('topics.open')
          : found.closedOn ? tx('topics.closedOn', { day: found.closedOn }) : tx('topics.closed'))],
        found.updatedAt ? ['topics.updated', h('span', {}, found.updatedBy || '', ' · ', time(found.updatedAt))] : null,
        ['topics.coverage', tx('topics.coverageValue', coverage)]])),
    h('section', { class: 'panel', 'aria-labelledby': 'topic-by-committee' },
      h('h3', { id: 'topic-by-committee' }, tx('topics.byCommittee')), table('topic-committees', 'committees', coverage.byCommittee)),
    h('section', { class: 'panel', 'aria-labelledby': 'topic-by-township' },
      h('h3', { id: 'topic-by-township' }, tx('topics.byTownship')), table('topic-townships', 'townships', coverage.byTownship)));
  if (found.closedOn) {
    return;
  }
  const lead = select('lead', options('committees'), { value: found.committees[0], empty: 'compose.choose' });
  const others = select('others', options('committees'), { multiple: true, size: 5 });
  Array.from(others.options).forEach((option) => { option.selected = found.committees.slice(1).includes(option.value); });
  root.append(h('section', { class: 'panel', 'aria-labelledby': 'edit-topic' }, h('h3', { id: 'edit-topic' }, tx('topics.edit')),
    actionForm({
      id: 'topic-edit-form',
      fields: [field('topics.titleField', h('input', { name: 'title', maxlength: 60, value: found.title }), { required: true }),
        field('topics.description', h('textarea', { name: 'description', rows: 3, value: found.description || '' })),
        h('div', { class: 'field', dataset: { field: 'committees' } },
          h('div', { class: 'row' }, field('topics.lead', lead, { required: true }), field('topics.others', others, { hint: 'rules.multiHint' })),
          h('p', { class: 'field-error', role: 'alert' })),
        field('topics.deadline', h('input', { type: 'date', name: 'deadline', value: found.deadline, min: today() }), { required: true })],
      submitKey: 'topics.save',
      send: (f) => {
        const committees = [value(f, 'lead'), ...value(f, 'others').filter((c) => c !== value(f, 'lead'))].filter(Boolean);
        const body = { title: value(f, 'title'), committees, deadline: value(f, 'deadline') || null };
        if (orNull(value(f, 'description'))) {
          body.description = value(f, 'description');
        }
        return api('PUT', '/api/topics/' + encodeURIComponent(found.id), { body });
      },
      done: () => {
        toast('topics.saved', { id: found.id });
        refresh();
      }
    })),
  h('section', { class: 'panel', 'aria-labelledby': 'close-topic-title' }, h('h3', { id: 'close-topic-title' }, tx('topics.close')),
    h('p', { class: 'muted' }, tx('topics.closeHint')),
    actionForm({
      id: 'topic-close-form',
      fields: [],
      submitKey: 'topics.closeNow',
      send: () => api('POST', '/api/topics/' + encodeURIComponent(found.id) + '/close'),
      done: () => {
        toast('topics.closedToast', { id: found.id });
        refresh();
      }
    })));
}

export async function targets({ root, toast, refresh, params }) {
  const year = Number(params[0]) || new Date().getFullYear();
  const yearSelect = select('year', [year - 1, year, year + 1].map((y) => ({ value: String(y), label: String(y) })), { value: String(year) });
  yearSelect.id = 'targets-year';
  yearSelect.addEventListener('change', () => {
    window.location.hash = '#/targets/' + yearSelect.value;
  });
  const [sheet, table, duties, points] = await Promise.all([
    api('GET', '/api/dashboard/targets/' + year), api('GET', '/api/dashboard/points-table/' + year),
    api('GET', '/api/dashboard/duties/' + year), api('GET', '/api/dashboard/points/' + year)]);
  root.append(heading('targets.title'), h('div', { class: 'filters' }, field('targets.year', yearSelect)),
    targetsForm(year, sheet, toast, refresh), results(duties), pointsTableForm(year, table, toast, refresh),
    ledger(year, points));
}

function numberInput(name, current, step = '1') {
  return h('input', { type: 'number', name, min: '0', step, inputmode: step === '1' ? 'numeric' : 'decimal',
    value: current === undefined || current === null ? '' : String(current) });
}

function targetsForm(year, sheet, toast, refresh) {
  const group = (key, kind, map) => h('details', { class: 'panel', open: key === 'stations' },
    h('summary', {}, tx('targets.' + key)),
    h('div', { class: 'grid' }, items(kind).map((item) => field(null, numberInput(key + '.' + item.code, (map || {})[item.code]),
      { labelNode: refName(kind, item.code) }))));
  const grading = sheet.grading || {};
  return h('section', { class: 'panel', 'aria-labelledby': 'targets-form-title' },
    h('h3', { id: 'targets-form-title' }, tx('targets.sheet', { year })),
    actionForm({
      id: 'targets-form',
      fields: [group('committees', 'committees', sheet.committees), group('stations', 'townships', sheet.stations),
        group('sectors', 'sectors', sheet.sectors),
        h('fieldset', { class: 'group' }, h('legend', {}, tx('targets.grading')), h('div', { class: 'row' },
          field('targets.excellent', numberInput('grading.excellent', grading.excellent)),
          field('targets.good', numberInput('grading.good', grading.good)),
          field('targets.basic', numberInput('grading.basic', grading.basic))))],
      submitKey: 'targets.save',
      send: (f) => {
        const body = { committees: {}, stations: {}, sectors: {}, grading: {} };
        for (const control of f.querySelectorAll('input[type="number"]')) {
          const [key, code] = control.name.split('.');
          if (control.value !== '') {
            body[key][code] = Number(control.value);
          }
        }
        if (!Object.keys(body.grading).length) {
          delete body.grading;
        }
        return api('PUT', '/api/dashboard/targets/' + year, { body });
      },
      done: () => {
        toast('targets.saved');
        refresh();
      }
    }));
}

function results(duties) {
  const table = (key, rows) => h('details', { class: 'panel', open: key === 'stations' }, h('summary', {}, tx('targets.results.' + key)),
    rows.length ? h('div', { class: 'table-wrap' }, h('table', { id: 'duties-' + key },
      h('thead', {}, h('tr', {}, ['targets.rank', 'targets.unit', 'targets.submitted', 'targets.adopted', 'targets.target',
        'targets.completion', 'targets.grade'].map((k) => h('th', { scope: 'col' }, tx(k))))),
      h('tbody', {}, rows.map((row) => h('tr', { dataset: { code: row.code } }, h('td', {}, String(row.rank || '—')),
        h('td', {}, row.name || row.code), h('td', {}, String(row.submitted ?? '—')), h('td', {}, String(row.adopted ?? 0)),
        h('td', {}, row.target === null || row.target === undefined ? '—' : String(row.target)),
        h('td', {}, row.completion === null || row.completion === undefined ? '—' : row.completion + '%'),
        h('td', {}, row.grade ? enumText('dutyGrade', row.grade) : '—')))))) : empty('targets.noRows'));
  return h('section', { class: 'panel', 'aria-labelledby': 'duties-title' }, h('h3', { id: 'duties-title' }, tx('targets.results')),
    facts([['targets.members', String(duties.counts ? duties.counts.members : 0)], ['targets.met', String(duties.counts ? duties.counts.met : 0)],
      ['targets.zero', String(duties.counts ? duties.counts.zero : 0)], ['targets.talkList', String(duties.counts ? duties.counts.talkList : 0)]]),
    table('stations', duties.stations || []), table('committees', duties.committees || []), table('sectors', duties.sectors || []));
}

function pointsTableForm(year, table, toast, refresh) {
  const levels = ['CITY', 'PROVINCE', 'NATIONAL'];
  return h('section', { class: 'panel', 'aria-labelledby': 'points-table-title' },
    h('h3', { id: 'points-table-title' }, tx('points.table', { year })),
    actionForm({
      id: 'points-table-form',
      fields: [h('div', { class: 'row' },
        field('points.countyAdoption', numberInput('countyAdoption', table.countyAdoption, '0.01')),
        field('points.specialPublication', numberInput('specialPublication', table.specialPublication, '0.01'))),
      h('fieldset', { class: 'group' }, h('legend', {}, tx('points.upstream')), h('div', { class: 'grid' },
        levels.flatMap((level) => ['SINGLE', 'FORWARDED'].map((mode) => field(null,
          numberInput('upstream.' + level + '.' + mode, table.upstream && table.upstream[level] ? table.upstream[level][mode] : '', '0.01'),
          { labelNode: h('span', {}, enumText('level', level), ' · ', enumText('upstreamMode', mode)) }))))),
      h('fieldset', { class: 'group' }, h('legend', {}, tx('points.instruction')), h('div', { class: 'grid' },
        ['COUNTY', ...levels].map((level) => field(null, numberInput('instruction.' + level,
          table.instruction ? table.instruction[level] : '', '0.01'), { labelNode: enumText('level', level) })))),
      field('points.split', select('split', ['WHOEVER_WRITES', 'EQUAL_SHARE'].map((s) => ({ value: s, label: tx('split.' + s) })),
        { value: table.split }))],
      submitKey: 'points.save',
      send: (f) => {
        const body = { upstream: {}, instruction: {} };
        for (const control of f.querySelectorAll('input[type="number"]')) {
          if (control.value === '') {
            continue;
          }
          const path = control.name.split('.');
          if (path.length === 1) {
            body[path[0]] = Number(control.value);
          } else if (path.length === 2) {
            body[path[0]][path[1]] = Number(control.value);
          } else {
            body.upstream[path[1]] = body.upstream[path[1]] || {};
            body.upstream[path[1]][path[2]] = Number(control.value);
          }
        }
        body.split = value(f, 'split');
        return api('PUT', '/api/dashboard/points-table/' + year, { body });
      },
      done: () => {
        toast('points.saved');
        refresh();
      }
    }));
}

function ledger(year, points) {
  const errors = h('div');
  const csv = h('button', { type: 'button', id: 'ledger-csv' }, tx('points.csv'));
  csv.addEventListener('click', async () => {
    try {
      const response = await api('GET', '/api/dashboard/points/' + year + '/ledger.csv', { accept: 'text/csv', raw: true });
      const url = URL.createObjectURL(await response.blob());
      const link = h('a', { href: url, download: 'points-' + year + '.csv', hidden: true });
      document.body.appendChild(link);
      link.click();
      setTimeout(() => { URL.revokeObjectURL(url); link.remove(); }, 10000);
    } catch (error) {
      showError(errors, error);
    }
  });
  const members = (points.members || []).slice(0, 20);
  return h('section', { class: 'panel', 'aria-labelledby': 'ledger-title' }, h('h3', { id: 'ledger-title' }, tx('points.ledger', { year })),
    members.length ? h('div', { class: 'table-wrap' }, h('table', { id: 'points-ledger' },
      h('thead', {}, h('tr', {}, ['points.member', 'field.sector', 'field.township', 'points.points'].map((k) => h('th', { scope: 'col' }, tx(k))))),
      h('tbody', {}, members.map((m) => h('tr', { dataset: { member: m.code } }, h('td', {}, m.name || m.code),
        h('td', {}, refName('sectors', m.sector)), h('td', {}, refName('townships', m.township)), h('td', {}, String(m.points))))))) : empty('points.none'),
    h('div', { class: 'actions' }, csv), errors);
}
