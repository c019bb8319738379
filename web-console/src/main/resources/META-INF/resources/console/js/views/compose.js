// Writing a report (stations and members) and revising a returned one. The rules of practice are shown
// as the author types; the draft is kept in this browser (localStorage) until it is submitted; a
// submission carries an Idempotency-Key kept with the draft, so sending again after a lost answer
// cannot create a second report.
import { h, tx, heading, field, select, time } from '../dom.js';
import { api, ApiError, showError, clearFieldErrors } from '../api.js';
import { t } from '../i18n.js';
import { items, options, entry, nameOf, refName } from '../ref.js';
import { assess, length, LIMITS } from '../quality.js';
import { value, orNull } from './common.js';

const BEHALF = ['MEMBER', 'SECTOR', 'PARTY', 'GROUP', 'STATION'];
const SOURCES = ['RESEARCH', 'INSPECTION', 'CONSULTATION', 'HEARING', 'DAILY'];

export async function write(context) {
  await form(context, null);
}

export async function revise(context) {
  const report = await api('GET', '/api/reports/' + encodeURIComponent(context.params[0]));
  await form(context, report);
}

function draftKey(session, report) {
  return 'minyi.console.draft.' + session.name + (report ? '.' + report.id : '');
}

function readDraft(key) {
  try {
    return JSON.parse(window.localStorage.getItem(key) || 'null');
  } catch (e) {
    return null;
  }
}

function writeDraft(key, draft) {
  try {
    window.localStorage.setItem(key, JSON.stringify(draft));
    return true;
  } catch (e) {
    return false;
  }
}

function newKey() {
  if (window.crypto && crypto.randomUUID) {
    return crypto.randomUUID();
  }
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function form({ root, session, go, toast }, report) {
  const key = draftKey(session, report);
  const stored = readDraft(key);
  const initial = stored ? stored.content : report ? contentOf(report) : blank(session);
  let draft = stored || { content: initial };
  let topics = [];
  try {
    topics = (await api('GET', '/api/topics?open=true&size=100')).items || [];
  } catch (error) {
    topics = [];
  }

  const control = {
    title: h('input', { name: 'title', value: initial.title || '', autocomplete: 'off' }),
    category: select('category', items('categories').map((c) => ({ value: c.code, label: categoryLabel(c.code) })),
      { value: initial.category, empty: 'compose.choose' }),
    domain: select('domain', options('domains'), { value: initial.domain, empty: 'compose.choose' }),
    township: session.role === 'STATION'
      ? h('input', { name: 'township', value: nameOf('townships', session.township), readonly: true, dataset: { code: session.township } })
      : select('township', options('townships'), { value: initial.township, empty: 'compose.choose' }),
    sector: select('sector', options('sectors'), { value: initial.sector || '', empty: 'compose.noSector' }),
    behalfKind: select('onBehalfOf.kind', BEHALF.filter((k) => k !== 'STATION' || session.role === 'STATION')
      .map((k) => ({ value: k, label: tx('behalf.' + k) })), { value: initial.onBehalfOf && initial.onBehalfOf.kind, empty: 'compose.noBehalf' }),
    behalfName: h('input', { name: 'onBehalfOf.name', value: (initial.onBehalfOf && initial.onBehalfOf.name) || '', maxlength: 60 }),
    topic: select('topicId', topics.map((topic) => ({ value: topic.id, label: topic.id + ' ' + topic.title })),
      { value: initial.topicId || '', empty: 'compose.noTopic' }),
    urgent: h('input', { type: 'checkbox', name: 'urgent', checked: Boolean(initial.urgent) }),
    occurredOn: h('input', { type: 'date', name: 'occurredOn', value: initial.occurredOn || '' }),
    source: select('source', SOURCES.map((code) => ({ value: code, label: tx('source.' + code) })),
      { value: initial.source || '', empty: 'compose.noSource' }),
    situation: h('textarea', { name: 'situation', rows: 7, value: initial.situation || '' }),
    analysis: h('textarea', { name: 'analysis', rows: 5, value: initial.analysis || '' }),
    suggestions: h('textarea', { name: 'suggestions', rows: 5, value: initial.suggestions || '' })
  };
  control.township.id = 'report-township';
  if (initial.topicId && !topics.some((topic) => topic.id === initial.topicId)) {
    control.topic.appendChild(h('option', { value: initial.topicId, selected: true, text: initial.topicId }));
  }
  const authors = authorPicker(session, initial.authors || []);
  const titleCount = h('span', { class: 'counter', id: 'title-count', 'aria-live': 'off' });
  const issueHint = h('p', { class: 'inline-hint', id: 'title-issue', hidden: true });
  const textCount = h('span', { class: 'counter', id: 'text-count', 'aria-live': 'off' });
  const quality = h('ul', { class: 'quality', id: 'quality-hints' });
  const draftState = h('p', { class: 'muted', id: 'draft-status', role: 'status' });
  const errors = h('div', { class: 'form-errors', id: 'compose-errors' });

  const formNode = h('form', { id: 'report-form', class: 'compose', novalidate: true },
    h('div', { class: 'compose-main' },
      field('field.title', control.title, { required: true, hint: h('span', {}, tx('compose.titleHint'), ' ', titleCount) }),
      issueHint,
      h('div', { class: 'row' },
        field('field.category', control.category, { required: true }),
        field('field.domain', control.domain, { required: true })),
      h('div', { class: 'row' },
        field('field.township', control.township, { required: true }),
        field('field.sector', control.sector, { hint: 'compose.sectorHint' })),
      authors.node,
      h('fieldset', { class: 'group' }, h('legend', {}, tx('field.onBehalfOf')),
        h('div', { class: 'row' }, field('compose.behalfKind', control.behalfKind), field('compose.behalfName', control.behalfName))),
      h('div', { class: 'row' },
        field('field.topic', control.topic),
        field('field.occurredOn', control.occurredOn, { hint: 'compose.occurredHint' })),
      h('div', { class: 'row' }, field('field.source', control.source, { hint: 'compose.sourceHint' })),
      h('div', { class: 'field checkbox', dataset: { field: 'urgent' } },
        h('label', { for: 'report-urgent' }, control.urgent, ' ', tx('field.urgent'))),
      field('field.situation', control.situation, { required: true, hint: 'compose.situationHint' }),
      field('field.analysis', control.analysis, { hint: 'compose.analysisHint' }),
      field('field.suggestions', control.suggestions, { required: true, hint: h('span', {}, tx('compose.suggestionsHint'), ' ', textCount) })),
    h('aside', { class: 'compose-side panel', 'aria-labelledby': 'quality-title' },
      report && report.review ? returnedBecause(report.review) : null,
      h('h3', { id: 'quality-title' }, tx('quality.rules')), quality),
    h('div', { class: 'actions sticky' },
      h('button', { type: 'submit', class: 'primary', id: 'submit-report' }, tx(report ? 'compose.resubmit' : 'compose.submit')),
      h('button', { type: 'button', id: 'save-draft', onclick: () => save(true) }, tx('compose.saveDraft')),
      h('button', { type: 'button', id: 'discard-draft', class: 'quiet', onclick: discard }, tx('compose.discard'))),
    draftState, errors);
  control.urgent.id = 'report-urgent';

  root.append(h('p', { class: 'back' }, h('a', { href: report ? '#/reports/' + encodeURIComponent(report.id) : '#/reports' }, tx('common.back'))),
    heading(report ? 'compose.reviseTitle' : 'compose.title', report ? { tracking: report.trackingNumber } : undefined),
    h('p', { class: 'muted' }, tx(report ? 'compose.reviseIntro' : 'compose.intro')), formNode);
  if (stored) {
    draftState.replaceChildren(tx('compose.draftRestored'), ' ', time(new Date(stored.savedAt).toISOString()));
  }

  function collect() {
    const kind = control.behalfKind.value;
    const content = {
      title: control.title.value,
      category: control.category.value || null,
      domain: control.domain.value || null,
      township: session.role === 'STATION' ? session.township : (control.township.value || null),
      sector: control.sector.value || null,
      authors: authors.codes(),
      onBehalfOf: kind ? { kind, name: control.behalfName.value } : null,
      topicId: control.topic.value || null,
      urgent: control.urgent.checked,
      occurredOn: control.occurredOn.value || null,
      source: control.source.value || null,
      situation: control.situation.value,
      analysis: control.analysis.value,
      suggestions: control.suggestions.value
    };
    return content;
  }

  function body(content) {
    const out = {
      title: content.title.trim(), category: content.category, domain: content.domain, situation: content.situation,
      suggestions: content.suggestions, township: content.township, authors: content.authors, urgent: content.urgent
    };
    if (orNull(content.analysis)) {
      out.analysis = content.analysis;
    }
    if (content.sector) {
      out.sector = content.sector;
    }
    if (content.onBehalfOf) {
      out.onBehalfOf = { kind: content.onBehalfOf.kind, name: orNull(content.onBehalfOf.name) };
    }
    if (content.topicId) {
      out.topicId = content.topicId;
    }
    if (content.occurredOn) {
      out.occurredOn = content.occurredOn;
    }
    if (content.source) {
      out.source = content.source;
    }
    return out;
  }

  function showQuality() {
    const content = collect();
    titleCount.replaceChildren(tx('compose.titleCount', { count: length(content.title), max: LIMITS.title }));
    const text = length(content.situation) + length(content.analysis) + length(content.suggestions);
    textCount.replaceChildren(tx('compose.textCount', { count: text, advised: LIMITS.advisedText, max: LIMITS.text }));
    textCount.dataset.state = text > LIMITS.text ? 'error' : text > LIMITS.advisedText ? 'warn' : 'ok';
    const results = assess(content);
    const issue = results.find((result) => result.rule === 'one-issue');
    issueHint.hidden = issue.state !== 'warn';
    issueHint.replaceChildren(issue.state === 'warn' ? tx(issue.key) : '');
    quality.replaceChildren(...results.map((result) => h('li', {
      class: 'quality-item', dataset: { rule: result.rule, state: result.state }
    }, h('span', { class: 'quality-mark', 'aria-hidden': 'true' }, mark(result.state)),
    h('span', { class: 'visually-hidden' }, tx('quality.state.' + result.state)), ' ',
    h('strong', {}, tx('quality.rule.' + result.rule)), ' ', tx(result.key, result.vars))));
  }

  let timer = null;
  let sent = false;
  function save(announce) {
    if (sent) {
      return;
    }
    draft = Object.assign({}, draft, { content: collect(), savedAt: Date.now() });
    if (writeDraft(key, draft)) {
      draftState.replaceChildren(tx(announce ? 'compose.draftSaved' : 'compose.draftAutosaved'), ' ',
        time(new Date(draft.savedAt).toISOString()));
    } else {
      draftState.replaceChildren(tx('compose.draftFailed'));
    }
  }

  function forget() {
    sent = true;
    clearTimeout(timer);
    window.localStorage.removeItem(key);
  }

  function discard() {
    forget();
    toast('compose.discarded');
    go(report ? '#/reports/' + encodeURIComponent(report.id) : '#/reports');
  }

  formNode.addEventListener('input', () => {
    showQuality();
    clearTimeout(timer);
    timer = setTimeout(() => save(false), 600);
  });
  formNode.addEventListener('change', () => {
    showQuality();
    save(false);
  });
  authors.onChange(() => {
    showQuality();
    save(false);
  });
  showQuality();

  formNode.addEventListener('submit', async (event) => {
    event.preventDefault();
    errors.replaceChildren();
    clearFieldErrors(formNode);
    const content = collect();
    const request = body(content);
    const submit = formNode.querySelector('#submit-report');
    submit.disabled = true;
    try {
      if (report) {
        const answer = await api('PUT', '/api/reports/' + encodeURIComponent(report.id), { body: request });
        forget();
        toast('compose.resubmitted', { tracking: answer.trackingNumber });
        go('#/reports/' + encodeURIComponent(answer.id));
        return;
      }
      const fingerprint = JSON.stringify(request);
      if (!draft.idempotencyKey || draft.keyFor !== fingerprint) {
        draft = Object.assign({}, draft, { idempotencyKey: newKey(), keyFor: fingerprint });
      }
      draft.content = content;
      draft.savedAt = Date.now();
      writeDraft(key, draft);
      const answer = await api('POST', '/api/reports', { body: request, headers: { 'Idempotency-Key': draft.idempotencyKey } });
      forget();
      toast('compose.submitted', { tracking: answer.trackingNumber });
      go('#/reports/' + encodeURIComponent(answer.id));
    } catch (error) {
      if (error instanceof ApiError && error.status === 422) {
        draft = Object.assign({}, draft, { idempotencyKey: null, keyFor: null });
        writeDraft(key, draft);
      }
      showError(errors, error, formNode);
    } finally {
      submit.disabled = false;
    }
  });
}

function mark(state) {
  return { ok: '✓', warn: '!', error: '✗', info: 'i' }[state] || '';
}

function categoryLabel(code) {
  return tx('category.' + code);
}

function blank(session) {
  const me = session.role === 'MEMBER' ? entry('members', session.member) : null;
  return {
    title: '', category: '', domain: '', township: me ? me.township : session.township, sector: '',
    authors: session.role === 'MEMBER' ? [session.member] : [], onBehalfOf: null, topicId: '', urgent: false,
    occurredOn: '', source: '', situation: '', analysis: '', suggestions: ''
  };
}

function contentOf(report) {
  return {
    title: report.title, category: report.category, domain: report.domain, township: report.township,
    sector: report.sector || '', authors: report.authors || [], onBehalfOf: report.onBehalfOf || null,
    topicId: report.topicId || '', urgent: report.urgent, occurredOn: report.occurredOn || '',
    source: report.source || '', situation: report.situation, analysis: report.analysis || '', suggestions: report.suggestions
  };
}

/**
 * The authors: a member is always among them (first, not removable); co-authors and a station's authors
 * are added by code or name from the county's members.
 */
function authorPicker(session, initial) {
  const fixed = session.role === 'MEMBER' ? session.member : null;
  let codes = [...new Set([...(fixed ? [fixed] : []), ...initial])];
  const listeners = [];
  const list = h('ul', { class: 'chips', id: 'authors-list' });
  const datalist = h('datalist', { id: 'member-options' }, items('members').map((m) => h('option', {
    value: m.code, label: m.name + ' · ' + nameOf('townships', m.township)
  })));
  const input = h('input', { id: 'author-input', name: 'authors', list: 'member-options', autocomplete: 'off' });
  const add = h('button', { type: 'button', id: 'author-add' }, tx('compose.addAuthor'));
  const problem = h('p', { class: 'field-error', id: 'author-input-error', role: 'alert' });
  input.setAttribute('aria-describedby', 'author-input-hint author-input-error');

  function draw() {
    list.replaceChildren(...codes.map((code) => {
      const member = entry('members', code);
      return h('li', { class: 'chip', dataset: { member: code } },
        h('span', {}, member ? member.name : code, ' (', code, ')'),
        code === fixed ? null : h('button', {
          type: 'button', class: 'chip-remove', dataset: { remove: code },
          'aria-label': t('compose.removeAuthor', { name: member ? member.name : code }),
          onclick: () => {
            codes = codes.filter((c) => c !== code);
            draw();
            listeners.forEach((l) => l());
            input.focus();
          }
        }, '×'));
    }));
  }

  function addTyped() {
    problem.replaceChildren();
    const typed = input.value.trim();
    if (!typed) {
      return;
    }
    const member = entry('members', typed) || items('members').find((m) => m.name === typed);
    if (!member) {
      problem.replaceChildren(tx('compose.unknownMember', { value: typed }));
      return;
    }
    if (!codes.includes(member.code)) {
      codes.push(member.code);
    }
    input.value = '';
    draw();
    listeners.forEach((l) => l());
  }

  add.addEventListener('click', addTyped);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      addTyped();
    }
  });
  draw();
  const node = h('div', { class: 'field', dataset: { field: 'authors' } },
    h('label', { for: 'author-input' }, tx(session.role === 'MEMBER' ? 'compose.coAuthors' : 'field.authors')),
    list, h('div', { class: 'inline' }, input, add, datalist),
    h('p', { class: 'hint', id: 'author-input-hint' }, tx(session.role === 'MEMBER' ? 'compose.coAuthorsHint' : 'compose.authorsHint')),
    problem);
  return { node, codes: () => [...codes], onChange: (l) => listeners.push(l) };
}

/** Beside the text being revised: what the committee (or the office) asked to change, and who asked. */
function returnedBecause(review) {
  return h('section', { class: 'returned-because', id: 'revise-comment', 'aria-labelledby': 'revise-comment-title' },
    h('h3', { id: 'revise-comment-title' }, tx('compose.reviewerComment')),
    h('p', { class: 'muted' }, review.committee ? refName('committees', review.committee) : tx('role.OFFICE'), ' · ', time(review.decidedAt)),
    h('blockquote', { class: 'comment prose' }, review.comment || tx('compose.noComment')));
}
