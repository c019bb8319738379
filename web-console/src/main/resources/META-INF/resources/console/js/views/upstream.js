// 报送上级政协: what the office sent up to the city, provincial and national CPPCC — the year's ledger with each
// submission's adoption and the totals and rates per level, the year's workbook (XLSX), and on a report's page
// the submissions recorded and the form that records one.
import { h, tx, heading, field, select, enumText } from '../dom.js';
import { api, page, showError } from '../api.js';
import { refName } from '../ref.js';
import { pager, empty, actionForm, value, orNull, today, download as downloadFile, XLSX } from './common.js';

const LEVELS = ['CITY', 'PROVINCE', 'NATIONAL'];

/** The office's ledger of a year (this year unless another is chosen), with its totals and its download. */
export async function ledger({ root, params }) {
  const thisYear = new Date().getFullYear();
  const chosen = Number(params[0]) || thisYear;
  const years = [];
  for (let y = thisYear; y >= Math.min(chosen, thisYear - 5); y -= 1) {
    years.push(y);
  }
  const year = select('year', years.map((y) => ({ value: String(y), label: String(y) })), { value: String(chosen) });
  year.id = 'upstream-year';
  year.addEventListener('change', () => {
    window.location.hash = '#/upstream/' + year.value;
  });
  const errors = h('div', { id: 'upstream-errors' });
  const download = h('button', { type: 'button', id: 'download-xlsx' }, tx('upstreamLedger.download'));
  download.addEventListener('click', () => downloadFile('/api/review/upstream/export?year=' + encodeURIComponent(chosen),
    'upstream-' + chosen + '.xlsx', errors, XLSX));
  const totals = h('div', { id: 'upstream-totals' });
  const list = h('div', { id: 'upstream-ledger', 'aria-live': 'polite' });
  root.append(heading('upstreamLedger.title'), h('p', { class: 'muted' }, tx('upstreamLedger.intro')),
    h('div', { class: 'filters' }, field('upstreamLedger.year', year), h('div', { class: 'actions' }, download)),
    errors, totals, list);
  const load = async (number = 0) => {
    const answer = await page('/api/review/upstream', { year: chosen, page: number, size: 50 });
    totals.replaceChildren(totalsTable(answer));
    list.replaceChildren(answer.items.length ? entriesTable(answer.items) : empty('upstreamLedger.none'),
      pager(answer, (n) => load(n).catch((error) => showError(errors, error))));
  };
  await load(0);
}

function totalsTable(answer) {
  const row = (key, labelNode, total) => h('tr', { dataset: { level: key } }, h('th', { scope: 'row' }, labelNode),
    h('td', { class: 'submitted' }, String(total.submitted)), h('td', { class: 'adopted' }, String(total.adopted)),
    h('td', { class: 'pending' }, String(total.pending)), h('td', { class: 'rate' }, percent(total.rate)));
  return h('section', { class: 'panel', 'aria-labelledby': 'upstream-totals-title' },
    h('h3', { id: 'upstream-totals-title' }, tx('upstreamLedger.totals', { year: answer.year })),
    h('div', { class: 'table-wrap' }, h('table', { id: 'upstream-totals-table' },
      h('thead', {}, h('tr', {}, ['upstreamLedger.level', 'upstreamLedger.submitted', 'upstreamLedger.adopted',
        'upstreamLedger.pending', 'upstreamLedger.rate'].map((key) => h('th', { scope: 'col' }, tx(key))))),
      h('tbody', {}, (answer.totals || []).map((t) => row(t.level, enumText('level', t.level), t)),
        answer.overall ? row('ALL', tx('upstreamLedger.overall'), answer.overall) : null))));
}

function entriesTable(entries) {
  return h('div', { class: 'table-wrap' }, h('table', { id: 'upstream-entries' },
    h('thead', {}, h('tr', {}, ['upstreamLedger.tracking', 'upstreamLedger.titleColumn', 'field.committee',
      'upstreamLedger.level', 'upstream.submittedOn', 'upstream.channel', 'upstreamLedger.state',
      'upstreamLedger.adoption'].map((key) => h('th', { scope: 'col' }, tx(key))))),
    h('tbody', {}, entries.map((e) => h('tr', { dataset: { submissionId: e.submissionId, reportId: e.reportId, state: e.state } },
      h('td', {}, h('a', { href: '#/review/' + encodeURIComponent(e.reportId) }, e.trackingNumber)),
      h('td', {}, e.title || '—'), h('td', {}, refName('committees', e.committee)), h('td', {}, enumText('level', e.level)),
      h('td', {}, e.submittedOn), h('td', {}, e.channel), h('td', { class: 'state' }, enumText('upstreamState', e.state)),
      h('td', { class: 'adoption' }, e.adoption ? [e.adoption.adoptedOn, ' · ', enumText('upstreamMode', e.adoption.mode),
        e.adoption.note ? ' · ' + e.adoption.note : ''] : '—'))))));
}

function percent(rate) {
  return (Number(rate || 0) * 100).toFixed(1) + '%';
}

/** On a report's page (office): its submissions with their state, and the form that records one. */
export function submissionPanel(item, toast, refresh) {
  const submissions = item.upstreamSubmissions || [];
  const level = select('level', LEVELS.map((l) => ({ value: l, label: tx('level.' + l) })), { value: 'CITY' });
  const submittedOn = h('input', { type: 'date', name: 'submittedOn', value: today(), max: today() });
  const channel = h('input', { name: 'channel', maxlength: 50, list: 'upstream-channels' });
  const channels = h('datalist', { id: 'upstream-channels' },
    ['信息专报', '网络报送', '社情民意信息'].map((c) => h('option', { value: c })));
  return h('details', { class: 'panel', id: 'upstream-submission', open: submissions.length > 0 },
    h('summary', {}, tx('upstream.submissionTitle')),
    submissions.length ? h('ul', { class: 'plain', id: 'upstream-submission-list' }, submissions.map((s) => h('li',
      { dataset: { submissionId: s.submissionId, state: s.state } }, enumText('level', s.level), ' · ', s.submittedOn,
      ' · ', s.channel, ' · ', enumText('upstreamState', s.state),
      s.adoption ? [' (', s.adoption.adoptedOn, ')'] : null))) : h('p', { class: 'muted' }, tx('upstream.noSubmissions')),
    actionForm({
      id: 'upstream-submission-form',
      fields: [h('div', { class: 'row' }, field('upstream.submissionLevel', level), field('upstream.submittedOn', submittedOn,
        { required: true })), field('upstream.channel', channel, { required: true, hint: 'upstream.channelHint' }), channels],
      submitKey: 'upstream.submitSubmission',
      send: (f) => api('POST', '/api/review/reports/' + encodeURIComponent(item.reportId) + '/upstream-submissions', {
        body: { level: value(f, 'level'), submittedOn: value(f, 'submittedOn') || null, channel: orNull(value(f, 'channel')) }
      }),
      done: () => {
        toast('upstream.submitted');
        refresh();
      }
    }));
}
