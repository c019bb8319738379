// 我的履职: a member's own standing for a year — adopted reports this year and last, whether the yearly duty
// (at least one adopted report) is met, the talk-list standing (two missed years in a row), the points, and
// the reports that count.
import { h, tx, heading, field, select, enumText, time, facts } from '../dom.js';
import { api, showError } from '../api.js';
import { refName } from '../ref.js';
import { empty } from './common.js';

export async function standing({ root, session }) {
  const thisYear = new Date().getFullYear();
  const year = select('year', [thisYear, thisYear - 1, thisYear - 2].map((y) => ({ value: String(y), label: String(y) })),
    { value: String(thisYear) });
  year.id = 'standing-year';
  const body = h('div', { id: 'standing', 'aria-live': 'polite' });
  root.append(heading('standing.title'), h('p', { class: 'muted' }, refName('members', session.member)),
    h('div', { class: 'filters' }, field('standing.year', year)), body);
  const load = async () => {
    const s = await api('GET', '/api/dashboard/duties/' + encodeURIComponent(year.value) + '/members/' + encodeURIComponent(session.member));
    const talk = s.talkList || {};
    body.replaceChildren(
      h('section', { class: 'panel', 'aria-labelledby': 'standing-duty' }, h('h3', { id: 'standing-duty' }, tx('standing.duty')),
        h('p', { class: 'standing-verdict', id: 'duty-met', dataset: { met: String(Boolean(s.dutyMet)) } },
          h('span', { class: 'status', dataset: { group: s.dutyMet ? 'good' : 'attention' } }, tx(s.dutyMet ? 'standing.met' : 'standing.notMet'))),
        facts([['standing.adopted', h('span', { id: 'adopted-count' }, String(s.adopted || 0))],
          ['standing.adoptedLastYear', h('span', { id: 'adopted-last-year' }, String(s.adoptedLastYear || 0))],
          ['standing.points', h('span', { id: 'standing-points' }, String(s.points || 0))],
          ['standing.talkList', h('span', { id: 'talk-list', dataset: { listed: String(Boolean(talk.listed)) } },
            tx(talk.listed ? 'standing.listed' : 'standing.notListed'),
            talk.missedYears && talk.missedYears.length ? [' · ', tx('standing.missed'), ' ', talk.missedYears.join('、')] : null)]])),
      h('section', { class: 'panel', 'aria-labelledby': 'standing-reports' }, h('h3', { id: 'standing-reports' }, tx('standing.reports')),
        s.reports && s.reports.length ? h('div', { class: 'table-wrap' }, h('table', { id: 'standing-report-list' },
          h('caption', { class: 'visually-hidden' }, tx('standing.reports')),
          h('thead', {}, h('tr', {}, ['field.tracking', 'field.committee', 'decision.grade', 'standing.adoptedAt', 'standing.points']
            .map((key) => h('th', { scope: 'col' }, tx(key))))),
          h('tbody', {}, s.reports.map((r) => h('tr', { dataset: { reportId: r.reportId } },
            h('td', {}, h('a', { href: '#/reports/' + encodeURIComponent(r.reportId) }, r.trackingNumber)),
            h('td', {}, refName('committees', r.committee)), h('td', {}, enumText('grade', r.grade)),
            h('td', {}, time(r.adoptedAt)), h('td', {}, String(r.points === undefined ? '—' : r.points))))))) : empty('standing.none')));
  };
  year.addEventListener('change', () => load().catch((error) => showError(body, error)));
  await load();
}
