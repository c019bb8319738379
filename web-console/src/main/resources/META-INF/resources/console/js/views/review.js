// Committee reviewers (and the office, for any queue and its own triage queue OFFICE): the queue with
// flags and possible duplicates, claiming, the decision (adopt with a grade, decline with a listed
// reason, return with a comment), merging several reports into one, and — for the office — re-routing
// and the steps after adoption: sending to chosen leaders, or transferring straight to the departments (转送), and
// recording what was sent up to a higher CPPCC (报送) and what it adopted.
import { h, tx, heading, field, select, radios, enumText, time, facts } from '../dom.js';
import { api, page, showError } from '../api.js';
import { t, lang } from '../i18n.js';
import { items, options, refName, leaderName } from '../ref.js';
import {
  statusBadge, flagList, flagExplanations, reportText, pager, empty, actionForm, value, orNull, metaLine,
  today, unitRows
} from './common.js';
import { submissionPanel } from './upstream.js';

const DECIDABLE = ['ROUTED', 'UNDER_REVIEW'];
const AFTER_ADOPTION = ['ADOPTED', 'PUBLISHED', 'SENT_TO_LEADERS', 'INSTRUCTED', 'FORWARDED', 'IN_HANDLING',
  'HANDLED', 'CLOSED', 'ARCHIVED'];

function committeeOptions() {
  return [...options('committees'), { value: 'OFFICE', label: tx('committee.OFFICE') }];
}

export async function queue({ root, session, toast, refresh, triage }) {
  const office = session.role === 'OFFICE';
  let committee = triage ? 'OFFICE' : office ? items('committees')[0].code : session.committee;
  const results = h('div', { id: 'queue', 'aria-live': 'polite' });
  const chooser = office && !triage ? select('committee', committeeOptions(), { value: committee }) : null;
  const statusFilter = select('status', [
    { value: 'ROUTED,UNDER_REVIEW', label: tx('queue.waiting') },
    { value: 'ADOPTED', label: tx('status.ADOPTED') },
    { value: 'NOT_ADOPTED', label: tx('status.NOT_ADOPTED') },
    { value: 'RETURNED', label: tx('status.RETURNED') }], { value: 'ROUTED,UNDER_REVIEW' });
  statusFilter.id = 'queue-status';
  if (chooser) {
    chooser.id = 'queue-committee';
    chooser.addEventListener('change', () => {
      committee = chooser.value;
      load(0).catch((error) => showError(results, error));
    });
  }
  const selected = new Set();
  const mergeBox = h('div', { id: 'merge-box' });
  root.append(heading(triage ? 'queue.triageTitle' : 'queue.title'),
    h('p', { class: 'muted' }, tx(triage ? 'queue.triageIntro' : 'queue.intro'), ' ',
      triage ? null : h('strong', { id: 'queue-name' }, refName('committees', committee))),
    h('div', { class: 'filters' }, chooser ? field('queue.committee', chooser) : null, field('list.status', statusFilter)),
    results, mergeBox);
  statusFilter.addEventListener('change', () => load(0).catch((error) => showError(results, error)));

  async function load(number) {
    selected.clear();
    drawMerge();
    const answer = await page('/api/review/queues/' + encodeURIComponent(committee),
      { status: statusFilter.value, page: number, size: 50 });
    const nameNode = root.querySelector('#queue-name');
    if (nameNode) {
      nameNode.replaceChildren(refName('committees', committee));
    }
    results.replaceChildren(answer.items.length ? h('ul', { class: 'cards queue' }, answer.items.map((item) => {
      const box = h('input', { type: 'checkbox', class: 'merge-pick', id: 'pick-' + item.reportId, dataset: { reportId: item.reportId } });
      box.addEventListener('change', () => {
        if (box.checked) {
          selected.add(item.reportId);
        } else {
          selected.delete(item.reportId);
        }
        drawMerge(answer.items);
      });
      const mergeable = DECIDABLE.includes(item.status);
      return h('li', { class: 'card', dataset: { reportId: item.reportId, tracking: item.trackingNumber, status: item.status } },
        h('div', { class: 'card-head' },
          mergeable ? h('label', { class: 'pick', for: box.id }, box,
            h('span', { class: 'visually-hidden' }, tx('queue.pick', { tracking: item.trackingNumber }))) : null,
          h('a', { class: 'card-title', href: '#/review/' + encodeURIComponent(item.reportId) +
            (triage ? '/triage' : '') }, item.title),
          item.urgent ? h('span', { class: 'status', dataset: { group: 'attention' } }, tx('field.urgent')) : null,
          statusBadge(item.status)),
        h('p', { class: 'card-meta' }, metaLine([item.trackingNumber, enumText('category', item.category),
          refName('townships', item.township), time(item.submittedAt),
          item.claimedBy ? h('span', {}, tx('queue.claimedBy', { name: item.claimedBy })) : null,
          item.reviewDue && DECIDABLE.includes(item.status) ? h('span', { class: 'review-due' }, tx('queue.reviewDue', { date: item.reviewDue })) : null])),
        flagList(item.flags),
        item.possibleDuplicates && item.possibleDuplicates.length ? h('p', { class: 'duplicates-line' },
          tx('queue.duplicates'), ' ', item.possibleDuplicates.map((d, i) => [i ? '、' : '', d.trackingNumber,
            ' (', percent(d.similarity), ')'])) : null);
    })) : empty('queue.empty'), pager(answer, load));
  }

  function drawMerge(list) {
    if (selected.size < 2) {
      mergeBox.replaceChildren(selected.size === 1 ? h('p', { class: 'muted' }, tx('merge.pickMore')) : '');
      return;
    }
    const first = (list || []).find((item) => selected.has(item.reportId));
    const title = h('input', { name: 'title', value: first ? first.title : '', id: 'merge-title' });
    const grade = select('grade', ['A', 'B', 'C'].map((g) => ({ value: g, label: tx('grade.' + g) })), { value: 'B' });
    const comment = h('textarea', { name: 'comment', rows: 2 });
    const target = office ? select('committee', options('committees'), { value: committee === 'OFFICE' ? '' : committee, empty: 'merge.sameCommittee' }) : null;
    mergeBox.replaceChildren(h('section', { class: 'panel', 'aria-labelledby': 'merge-title-h' },
      h('h3', { id: 'merge-title-h' }, tx('merge.title', { count: selected.size })),
      actionForm({
        id: 'merge-form',
        fields: [field('merge.compositeTitle', title, { required: true }), field('decision.grade', grade),
          target ? field('merge.committee', target) : null, field('decision.comment', comment)],
        submitKey: 'merge.submit',
        send: (form) => {
          const body = { constituents: [...selected], title: value(form, 'title'), grade: value(form, 'grade'),
            comment: orNull(value(form, 'comment')) };
          if (target && target.value) {
            body.committee = target.value;
          }
          return api('POST', '/api/review/merges', { body });
        },
        done: (answer) => {
          toast('merge.done', { tracking: answer.trackingNumber });
          refresh();
        }
      })));
  }

  await load(0);
}

function percent(similarity) {
  return Math.round((similarity || 0) * 100) + '%';
}

export async function detail({ root, params, session, toast, refresh }) {
  const id = params[0];
  const item = await api('GET', '/api/review/reports/' + encodeURIComponent(id));
  const office = session.role === 'OFFICE';
  const back = params[1] === 'triage' ? '#/triage' : office && AFTER_ADOPTION.includes(item.status) ? '#/adopted' : '#/review';
  const actions = h('div', { class: 'decide', id: 'review-actions' });
  const duplicates = (item.quality && item.quality.possibleDuplicates) || [];
  root.append(h('p', { class: 'back' }, h('a', { href: back }, tx('common.back'))),
    heading('review.detailTitle', { tracking: item.trackingNumber }),
    h('p', { class: 'status-line' }, statusBadge(item.status, 'status', 'review-status'),
      item.claimedBy ? h('span', { class: 'muted', id: 'claimed-by' }, ' · ', tx('queue.claimedBy', { name: item.claimedBy }),
        item.leaseExpiresAt ? [' · ', tx('review.leaseUntil'), ' ', time(item.leaseExpiresAt)] : null) : null),
    flagList(item.flags),
    actions,
    h('div', { class: duplicates.length ? 'compare' : 'single', id: 'compare' },
      h('section', { class: 'compare-main', 'aria-labelledby': 'this-report' },
        h('h3', { id: 'this-report', class: 'compare-label' }, tx('review.thisReport')),
        reportText(item.content, [
          ['field.committee', refName('committees', item.committee)],
          item.previousCommittee ? ['review.previousCommittee', refName('committees', item.previousCommittee)] : null,
          ['field.submittedAt', time(item.submittedAt)]])),
      duplicates.length ? h('section', { class: 'compare-others', 'aria-labelledby': 'duplicates-title' },
        h('h3', { id: 'duplicates-title', class: 'compare-label' }, tx('review.duplicates', { count: duplicates.length })),
        ...(await Promise.all(duplicates.map(duplicate)))) : null),
    h('section', { class: 'panel' }, h('h3', {}, tx('quality.title')), flagExplanations(item.quality && item.quality.flags)),
    item.decision ? decisionFacts(item.decision) : null,
    item.merge && item.merge.constituents ? h('section', { class: 'panel' }, h('h3', {}, tx('merge.constituents')),
      h('ul', { class: 'plain' }, item.merge.constituents.map((c) => h('li', {}, c.trackingNumber, ' ', c.title)))) : null,
    item.publications && item.publications.length ? h('section', { class: 'panel' }, h('h3', {}, tx('publication.carriedIn')),
      h('ul', { class: 'plain' }, item.publications.map((p) => h('li', {}, h('a', { href: '#/publications/' + encodeURIComponent(p.publicationId) }, p.citation || p.publicationId))))) : null,
    item.upstreamAdoptions && item.upstreamAdoptions.length ? h('section', { class: 'panel' }, h('h3', {}, tx('upstream.recorded')),
      h('ul', { class: 'plain', id: 'upstream-list' }, item.upstreamAdoptions.map((u) => h('li', {}, enumText('level', u.level), ' · ',
        enumText('upstreamMode', u.mode), ' · ', u.adoptedOn, u.note ? ' · ' + u.note : '')))) : null);

  const mine = item.claimedBy === session.name;
  const mayWork = session.role === 'REVIEWER' || (office && item.committee === 'OFFICE');
  if (mayWork && DECIDABLE.includes(item.status)) {
    actions.append(claimButton(item, mine, toast, refresh));
    if (item.status === 'UNDER_REVIEW' && mine) {
      actions.append(await decisionForm(item, session, toast, refresh));
    } else if (item.status === 'ROUTED') {
      actions.append(h('p', { class: 'muted' }, tx('review.claimFirst')));
    }
  }
  if (office && DECIDABLE.includes(item.status)) {
    if (!(mayWork && item.status === 'UNDER_REVIEW' && mine)) {
      actions.append(returnForm(item, toast, refresh));
    }
    actions.append(rerouteForm(item, toast, refresh));
  }
  if (office && ['ADOPTED', 'PUBLISHED'].includes(item.status)) {
    actions.append(sendForm(item, toast, refresh), transferForm(item, toast, refresh));
  }
  if (office && AFTER_ADOPTION.includes(item.status)) {
    actions.append(submissionPanel(item, toast, refresh), upstreamForm(item, toast, refresh));
  }
}

async function duplicate(link) {
  const head = h('p', { class: 'compare-head' }, h('strong', {}, link.trackingNumber), ' · ',
    tx('review.similarity', { percent: percent(link.similarity) }));
  try {
    const other = await api('GET', '/api/review/reports/' + encodeURIComponent(link.reportId));
    return h('article', { class: 'duplicate', dataset: { reportId: link.reportId } }, head, statusBadge(other.status),
      reportText(other.content, [['field.committee', refName('committees', other.committee)]]));
  } catch (error) {
    if (error.status === 404) {
      return h('article', { class: 'duplicate', dataset: { reportId: link.reportId } }, head,
        h('p', { class: 'muted' }, tx('review.duplicateHidden')));
    }
    throw error;
  }
}

function decisionFacts(decision) {
  return h('section', { class: 'panel', id: 'decision' }, h('h3', {}, tx('review.decision')), facts([
    ['decision.kind', enumText('decision', decision.decision)],
    decision.grade ? ['decision.grade', enumText('grade', decision.grade)] : null,
    decision.reason ? ['decision.reason', decision.reasonLabel || decision.reason] : null,
    decision.comment ? ['decision.comment', decision.comment] : null,
    ['decision.by', decision.decidedBy], ['decision.at', time(decision.decidedAt)]]));
}

function claimButton(item, mine, toast, refresh) {
  const errors = h('div');
  const label = mine ? 'review.renew' : 'review.claim';
  const button = h('button', { type: 'button', id: 'claim-report', class: mine ? '' : 'primary' }, tx(label));
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await api('POST', '/api/review/reports/' + encodeURIComponent(item.reportId) + '/claim');
      toast(mine ? 'review.renewed' : 'review.claimed');
      refresh();
    } catch (error) {
      button.disabled = false;
      showError(errors, error);
    }
  });
  return h('div', { class: 'actions' }, button, errors);
}

async function decisionForm(item, session, toast, refresh) {
  const reasons = (await api('GET', '/api/review/decline-reasons')).reasons.filter((r) => r.active);
  const grade = select('grade', ['A', 'B', 'C'].map((g) => ({ value: g, label: tx('grade.' + g) })), { value: 'B' });
  const kind = select('kind', ['SINGLE', 'COMPOSITE'].map((k) => ({ value: k, label: tx('adoptKind.' + k) })), { value: 'SINGLE' });
  const reason = select('reason', reasons.map((r) => ({ value: r.code, label: reasonLabel(r) })), { empty: 'compose.choose' });
  const comment = h('textarea', { name: 'comment', rows: 3, maxlength: 1000 });
  const adoptPart = h('div', { class: 'when-adopt' }, h('div', { class: 'row' }, field('decision.grade', grade), field('decision.adoptKind', kind)));
  const declinePart = h('div', { class: 'when-decline', hidden: true }, field('decision.reason', reason));
  const commentHint = h('p', { class: 'hint', id: 'comment-rule' });
  const choice = radios('decision', 'decision.kind', ['ADOPT', 'DECLINE', 'RETURN']
    .map((code) => ({ value: code, label: 'decision.' + code })), 'ADOPT');
  const form = actionForm({
    id: 'decision-form',
    fields: [h('h3', {}, tx('review.decide')), choice,
      h('div', { class: 'field', dataset: { field: 'decision' } }, h('p', { class: 'field-error', role: 'alert' })),
      adoptPart, declinePart, field('decision.comment', comment), commentHint],
    submitKey: 'decision.submit',
    send: (f) => {
      const decision = value(f, 'decision');
      const body = { decision };
      if (decision === 'ADOPT') {
        body.grade = value(f, 'grade');
        body.kind = value(f, 'kind');
      }
      if (decision === 'DECLINE') {
        body.reason = value(f, 'reason') || null;
      }
      const text = orNull(value(f, 'comment'));
      if (text || decision === 'RETURN') {
        body.comment = text;
      }
      return api('POST', '/api/review/reports/' + encodeURIComponent(item.reportId) + '/decision', { body });
    },
    done: (answer) => {
      toast('decision.done', { status: t('status.' + answer.status) });
      refresh();
    }
  });
  function sync() {
    const decision = value(form, 'decision');
    adoptPart.hidden = decision !== 'ADOPT';
    declinePart.hidden = decision !== 'DECLINE';
    const chosen = reasons.find((r) => r.code === reason.value);
    commentHint.replaceChildren(tx(decision === 'RETURN' ? 'decision.commentReturn'
      : decision === 'DECLINE' && chosen && chosen.requiresComment ? 'decision.commentRequired' : 'decision.commentOptional'));
  }
  form.addEventListener('change', sync);
  sync();
  return form;
}

function reasonLabel(reason) {
  const span = document.createElement('span');
  span.dataset.zh = reason.label;
  span.dataset.en = reason.labelEn || reason.label;
  span.textContent = lang() === 'en' ? span.dataset.en : span.dataset.zh;
  return span;
}

function returnForm(item, toast, refresh) {
  const comment = h('textarea', { name: 'comment', rows: 2, maxlength: 1000 });
  return h('details', { class: 'panel' }, h('summary', {}, tx('review.officeReturn')), actionForm({
    id: 'return-form', fields: [field('decision.comment', comment, { required: true })], submitKey: 'decision.RETURN',
    send: (f) => api('POST', '/api/review/reports/' + encodeURIComponent(item.reportId) + '/decision',
      { body: { decision: 'RETURN', comment: value(f, 'comment') } }),
    done: () => {
      toast('decision.returned');
      refresh();
    }
  }));
}

function rerouteForm(item, toast, refresh) {
  const committee = select('committee', committeeOptions().filter((o) => o.value !== item.committee), { empty: 'compose.choose' });
  committee.id = 'reroute-committee';
  const reason = h('textarea', { name: 'reason', rows: 2, maxlength: 500, id: 'reroute-reason' });
  return h('details', { class: 'panel', open: item.committee === 'OFFICE', id: 'reroute' },
    h('summary', {}, tx('reroute.title')), actionForm({
      id: 'reroute-form',
      fields: [field('reroute.committee', committee, { required: true }), field('reroute.reason', reason, { required: true })],
      submitKey: 'reroute.submit',
      send: (f) => api('POST', '/api/routing/reports/' + encodeURIComponent(item.reportId) + '/reroute',
        { body: { committee: value(f, 'committee') || null, reason: value(f, 'reason') } }),
      done: (answer) => {
        toast('reroute.done', { committee: answer.committee });
        window.location.hash = '#/triage';
      }
    }));
}

/** Sends the report to the leaders the office ticks (every county leader when it ticks none). */
function sendForm(item, toast, refresh) {
  const county = items('leaders').filter((l) => !l.level || l.level === 'COUNTY');
  const boxes = h('fieldset', { class: 'group leader-choice', id: 'send-leaders' }, h('legend', {}, tx('send.leaders')),
    h('p', { class: 'hint' }, tx('send.leadersHint')),
    county.map((l) => h('label', { class: 'checkbox', for: 'send-leader-' + l.code },
      h('input', { type: 'checkbox', name: 'leaders', value: l.code, id: 'send-leader-' + l.code }), ' ', leaderName(l.code))));
  return actionForm({
    id: 'send-form', className: 'inline-form',
    fields: [h('h3', {}, tx('send.title')), boxes, h('div', { class: 'field', dataset: { field: 'leaders' } }, h('p', { class: 'field-error', role: 'alert' }))],
    submitKey: 'send.button',
    send: (f) => {
      const leaders = [...f.querySelectorAll('input[name="leaders"]:checked')].map((box) => box.value);
      return api('POST', '/api/review/reports/' + encodeURIComponent(item.reportId) + '/send-to-leaders',
        leaders.length ? { body: { leaders } } : {});
    },
    done: () => {
      toast('send.done');
      refresh();
    }
  });
}

/** 转送: a matter that need not go to the leaders goes straight to the departments, with the office's note. */
function transferForm(item, toast, refresh) {
  const units = unitRows('transfer-unit');
  return h('details', { class: 'panel', id: 'transfer' }, h('summary', {}, tx('transfer.title')),
    h('p', { class: 'hint' }, tx('transfer.hint')), actionForm({
      id: 'transfer-form',
      fields: [units.node, field('transfer.note', h('textarea', { name: 'note', rows: 3, maxlength: 500 }), { required: true })],
      submitKey: 'transfer.submit',
      send: (f) => api('POST', '/api/review/reports/' + encodeURIComponent(item.reportId) + '/transfer',
        { body: { units: units.read(), note: orNull(value(f, 'note')) } }),
      done: () => {
        toast('transfer.done');
        refresh();
      }
    }));
}

function upstreamForm(item, toast, refresh) {
  const level = select('level', ['CITY', 'PROVINCE', 'NATIONAL'].map((l) => ({ value: l, label: tx('level.' + l) })), { value: 'CITY' });
  const mode = select('mode', ['SINGLE', 'FORWARDED'].map((m) => ({ value: m, label: tx('upstreamMode.' + m) })), { value: 'SINGLE' });
  const adoptedOn = h('input', { type: 'date', name: 'adoptedOn', value: today(), max: today() });
  const note = h('input', { name: 'note', maxlength: 200 });
  return h('details', { class: 'panel', id: 'upstream' }, h('summary', {}, tx('upstream.title')), actionForm({
    id: 'upstream-form',
    fields: [h('div', { class: 'row' }, field('upstream.level', level), field('upstream.mode', mode)),
      field('upstream.adoptedOn', adoptedOn, { required: true }), field('upstream.note', note)],
    submitKey: 'upstream.submit',
    send: (f) => api('POST', '/api/review/reports/' + encodeURIComponent(item.reportId) + '/upstream-adoptions', {
      body: { level: value(f, 'level'), mode: value(f, 'mode'), adoptedOn: value(f, 'adoptedOn') || null, note: orNull(value(f, 'note')) }
    }),
    done: () => {
      toast('upstream.done');
      refresh();
    }
  }));
}
