// The console's shell: sign-in, the language switch, the menu for the signed-in role and the views,
// one per #/route. Every view is drawn from the platform's public API and nothing else.
import { session, signIn, signOut, onExpired } from './auth.js';
import { lang, setLang, t } from './i18n.js';
import { h, tx, clear, refreshTexts } from './dom.js';
import { loadReference, refreshNames, refName, leaderName } from './ref.js';
import { describeError, page } from './api.js';
import * as reports from './views/reports.js';
import * as compose from './views/compose.js';
import * as review from './views/review.js';
import * as office from './views/office.js';
import * as publications from './views/publications.js';
import * as settings from './views/settings.js';
import * as leader from './views/leader.js';
import * as unit from './views/unit.js';
import * as notices from './views/notifications.js';
import * as standing from './views/standing.js';
import * as upstream from './views/upstream.js';

/** The menu of each role: [route, message key]. The first entry is where the role starts. */
const MENUS = {
  STATION: [['reports', 'nav.myReports'], ['write', 'nav.write'], ['notifications', 'nav.notifications']],
  MEMBER: [['reports', 'nav.myReports'], ['write', 'nav.write'], ['standing', 'nav.standing'], ['notifications', 'nav.notifications']],
  REVIEWER: [['review', 'nav.queue'], ['notifications', 'nav.notifications']],
  OFFICE: [['triage', 'nav.triage'], ['review', 'nav.queues'], ['adopted', 'nav.adopted'],
    ['publications', 'nav.publications'], ['upstream', 'nav.upstream'], ['handling', 'nav.handling'], ['overdue', 'nav.overdue'],
    ['rules', 'nav.rules'], ['topics', 'nav.topics'], ['targets', 'nav.targets'], ['reports', 'nav.allReports'],
    ['notifications', 'nav.notifications']],
  LEADER: [['inbox', 'nav.inbox'], ['publications', 'nav.publications'], ['notifications', 'nav.notifications']],
  LEADERS_OFFICE: [['inbox', 'nav.inboxAll'], ['publications', 'nav.publications'], ['notifications', 'nav.notifications']],
  UNIT: [['tasks', 'nav.tasks'], ['notifications', 'nav.notifications']],
  VIEWER: [['board', 'nav.board']]
};

/** route → [view, roles allowed]; a view receives {root, params, session, go, toast}. */
const ROUTES = {
  reports: [(c) => (c.params[0] ? reports.detail(c) : reports.list(c)), ['STATION', 'MEMBER', 'OFFICE']],
  write: [compose.write, ['STATION', 'MEMBER']],
  revise: [compose.revise, ['STATION', 'MEMBER']],
  review: [(c) => (c.params[0] ? review.detail(c) : review.queue(c)), ['REVIEWER', 'OFFICE']],
  triage: [(c) => review.queue(Object.assign(c, { triage: true })), ['OFFICE']],
  adopted: [office.adopted, ['OFFICE']],
  publications: [(c) => (c.params[0] ? publications.detail(c) : publications.list(c)), ['OFFICE', 'LEADER', 'LEADERS_OFFICE']],
  upstream: [upstream.ledger, ['OFFICE']],
  handling: [(c) => (c.params[0] ? office.handlingDetail(c) : office.handling(c)), ['OFFICE']],
  overdue: [office.overdue, ['OFFICE']],
  rules: [settings.rules, ['OFFICE']],
  topics: [settings.topics, ['OFFICE']],
  targets: [settings.targets, ['OFFICE']],
  inbox: [(c) => (c.params[0] ? leader.detail(c) : leader.inbox(c)), ['LEADER', 'LEADERS_OFFICE', 'OFFICE']],
  tasks: [(c) => (c.params[0] ? unit.detail(c) : unit.tasks(c)), ['UNIT']],
  standing: [standing.standing, ['MEMBER']],
  notifications: [notices.list, ['STATION', 'MEMBER', 'REVIEWER', 'OFFICE', 'LEADER', 'LEADERS_OFFICE', 'UNIT']],
  board: [boardLink, ['VIEWER']]
};

const $ = (id) => document.getElementById(id);
let person = null;
let renderCount = 0;

function start() {
  setLang(lang());
  $('lang-toggle').addEventListener('click', () => {
    setLang(lang() === 'en' ? 'zh' : 'en');
    refreshTexts(document);
    refreshNames(document);
    languageButton();
  });
  languageButton();
  $('signin-button').addEventListener('click', () => {
    signIn(window.location.hash).catch((error) => $('signin-error').replaceChildren(describeError(error)));
  });
  $('signout').addEventListener('click', () => signOut());
  onExpired(() => showSignIn('signin.expired'));
  window.addEventListener('hashchange', route);
  person = session();
  if (!person) {
    showSignIn(null);
    return;
  }
  enter();
}

function languageButton() {
  const button = $('lang-toggle');
  button.textContent = lang() === 'en' ? '中文' : 'English';
  button.setAttribute('lang', lang() === 'en' ? 'zh-CN' : 'en');
  button.setAttribute('aria-label', lang() === 'en' ? '切换到中文' : 'Switch to English');
}

function showSignIn(reasonKey) {
  person = null;
  $('signin-panel').hidden = false;
  $('workspace').hidden = true;
  $('signout').hidden = true;
  $('nav').hidden = true;
  clear($('who'));
  clear($('signin-error'));
  if (reasonKey) {
    $('signin-error').appendChild(tx(reasonKey));
  }
}

async function enter() {
  $('signin-panel').hidden = true;
  $('workspace').hidden = false;
  $('signout').hidden = false;
  $('who').replaceChildren(h('span', { class: 'who-role' }, tx('role.' + person.role)), ' ',
    h('span', { class: 'who-name', id: 'who-name' }, person.name));
  try {
    await loadReference();
  } catch (error) {
    $('view').replaceChildren(describeError(error));
    return;
  }
  const scope = scopeName(person);
  if (scope) {
    $('who').insertBefore(h('span', { class: 'who-scope', id: 'who-scope' }, scope, ' '), $('who-name'));
  }
  if (!menu().length) {
    $('view').replaceChildren(h('p', { class: 'problem', role: 'alert' }, tx('app.noRole')));
    return;
  }
  buildMenu();
  if (!window.location.hash || window.location.hash === '#' || window.location.hash === '#/') {
    window.history.replaceState(null, '', '#/' + menu()[0][0]);
  }
  route();
  unreadCount();
}

/** Whom the person acts for: the station's township, the member, the committee, the unit or the leader. */
function scopeName(who) {
  if (who.leader) {
    return leaderName(who.leader);
  }
  const [kind, code] = who.township ? ['townships', who.township] : who.member ? ['members', who.member]
    : who.committee ? ['committees', who.committee] : who.unit ? ['units', who.unit] : [null, null];
  return kind ? refName(kind, code) : null;
}

function menu() {
  return MENUS[person.role] || [];
}

function buildMenu() {
  const nav = $('nav');
  nav.hidden = false;
  $('nav-list').replaceChildren(...menu().map(([path, key]) => h('li', {},
    h('a', { href: '#/' + path, id: 'nav-' + path, dataset: { route: path } }, tx(key),
      path === 'notifications' ? h('span', { class: 'badge', id: 'unread-count', hidden: true }) : null))));
}

async function unreadCount() {
  if (!menu().some(([path]) => path === 'notifications')) {
    return;
  }
  try {
    const answer = await page('/api/notifications', { unread: true, size: 1 });
    const badge = $('unread-count');
    if (badge && answer.unread > 0) {
      badge.hidden = false;
      badge.textContent = String(answer.unread);
      badge.setAttribute('aria-label', t('nav.unread', { count: answer.unread }));
    }
  } catch (error) {
    // the count is a convenience; the feed itself shows any error
  }
}

async function route() {
  if (!person) {
    return;
  }
  const [name, ...params] = window.location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  const target = ROUTES[name];
  const root = $('view');
  document.querySelectorAll('#nav-list a').forEach((link) => {
    if (link.dataset.route === name) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  });
  if (!target || !target[1].includes(person.role)) {
    root.replaceChildren(h('h2', { id: 'view-title', tabindex: '-1' }, tx('view.notFound')),
      h('p', {}, h('a', { href: '#/' + menu()[0][0] }, tx('view.home'))));
    return;
  }
  const mine = ++renderCount;
  root.setAttribute('aria-busy', 'true');
  const container = h('div', { class: 'view', dataset: { view: name } });
  const context = {
    root: container, params, session: person, go: (hash) => { window.location.hash = hash; },
    toast, refresh: () => route(), current: () => mine === renderCount
  };
  try {
    await target[0](context);
  } catch (error) {
    container.appendChild(describeError(error));
  }
  if (mine !== renderCount) {
    return;
  }
  const title = container.querySelector('#view-title');
  if (title) {
    const head = h('div', { class: 'view-head' });
    title.replaceWith(head);
    head.append(title, h('button', { type: 'button', class: 'quiet', id: 'refresh-view', onclick: () => route() },
      tx('app.refresh')));
  }
  root.replaceChildren(container);
  root.removeAttribute('aria-busy');
  if (title) {
    title.focus({ preventScroll: false });
    document.title = title.textContent + ' · ' + t('app.title');
  }
}

let toastTimer = null;

/** A short message in the live region: what just happened. */
function toast(key, vars) {
  const node = $('toast');
  node.replaceChildren(tx(key, vars));
  node.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => {
    node.hidden = true;
  }, 6000);
}

async function boardLink({ root }) {
  root.append(h('h2', { id: 'view-title', tabindex: '-1' }, tx('board.title')),
    h('p', {}, tx('board.text')), h('p', {}, h('a', { href: '/', class: 'button' }, tx('board.open'))));
}

start();
