// The signed-in person's own feed of changes that concern them (GET /api/notifications).
import { h, tx, heading, bi, time, enumText } from '../dom.js';
import { api, page, showError } from '../api.js';
import { pager, empty } from './common.js';

const ROUTE_OF = { STATION: '#/reports/', MEMBER: '#/reports/', OFFICE: '#/reports/', LEADER: '#/inbox/',
  LEADERS_OFFICE: '#/inbox/', REVIEWER: '#/review/' };

export async function list({ root, session, refresh }) {
  const results = h('div', { id: 'notification-list', 'aria-live': 'polite' });
  const errors = h('div');
  const readAll = h('button', { type: 'button', id: 'read-all' }, tx('notices.readAll'));
  readAll.addEventListener('click', async () => {
    try {
      await api('POST', '/api/notifications/read-all');
      refresh();
    } catch (error) {
      showError(errors, error);
    }
  });
  root.append(heading('notices.title'), h('div', { class: 'actions' }, readAll), errors, results);
  const load = async (number = 0) => {
    const answer = await page('/api/notifications', { page: number, size: 20 });
    results.replaceChildren(answer.items.length ? h('ul', { class: 'cards' }, answer.items.map((n) => h('li', {
      class: 'card' + (n.read ? ' read' : ''), dataset: { notification: n.id, kind: n.kind || '' }
    }, h('div', { class: 'card-head' },
      target(n, session) ? h('a', { class: 'card-title', href: target(n, session),
        onclick: () => { if (!n.read) { api('POST', '/api/notifications/' + encodeURIComponent(n.id) + '/read').catch(() => {}); } } },
      bi(n.message, n.messageEn)) : h('span', { class: 'card-title' }, bi(n.message, n.messageEn)),
      n.read ? null : h('span', { class: 'status', dataset: { group: 'attention' } }, tx('notices.unread'))),
    h('p', { class: 'card-meta' }, n.trackingNumber || '', n.status ? [' · ', enumText('status', n.status)] : null, ' · ', time(n.occurredAt)))))
      : empty('notices.none'), pager(answer, load));
  };
  await load(0);
}

/** Where a notice leads: a unit to its task (or its task list), everyone else to the report as they see it. */
function target(n, session) {
  if (session.role === 'UNIT') {
    return n.taskId ? '#/tasks/' + encodeURIComponent(n.taskId) : '#/tasks';
  }
  return n.reportId && ROUTE_OF[session.role] ? ROUTE_OF[session.role] + encodeURIComponent(n.reportId) : null;
}
