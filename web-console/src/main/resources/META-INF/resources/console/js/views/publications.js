// 《社情民意》 and 《政协信息专报》: the office composes an issue from adopted reports, previews it as
// printed, issues it (a 《专报》 goes to the leaders with it) and downloads the Word document. Leaders
// read issued ones.
import { h, tx, heading, field, radios, enumText, time, facts } from '../dom.js';
import { api, page, showError } from '../api.js';
import { refName } from '../ref.js';
import { statusBadge, pager, empty, actionForm, value, orNull, cards, card, metaLine, today, download } from './common.js';

export async function list({ root, session, go, toast }) {
  const office = session.role === 'OFFICE';
  const results = h('div', { id: 'publication-list', 'aria-live': 'polite' });
  root.append(heading('publication.title'), results);
  const load = async (number = 0) => {
    const answer = await page('/api/publications', { page: number, size: 20 });
    results.replaceChildren(answer.items.length ? cards(answer.items, (p) => card({
      href: '#/publications/' + encodeURIComponent(p.id),
      title: p.citation || (p.masthead + ' · ' + (p.headline || '')),
      dataset: { publicationId: p.id, status: p.status },
      badges: [h('span', { class: 'status', dataset: { group: 'open' } }, enumText('pubKind', p.kind)), statusBadge(p.status, 'pubStatus')],
      meta: metaLine([p.headline, tx('publication.reportCount', { count: (p.reports || []).length }),
        p.issuedOn ? h('span', {}, tx('publication.issuedOn', { date: p.issuedOn })) : time(p.createdAt)])
    })) : empty('publication.none'), pager(answer, load));
  };
  await load(0);
  if (office) {
    root.append(await composeForm(go, toast));
  }
}

async function composeForm(go, toast) {
  const candidates = await page('/api/review/reports', { status: 'ADOPTED,PUBLISHED', size: 100 });
  const kind = radios('kind', 'publication.kind', ['REGULAR', 'SPECIAL'].map((k) => ({ value: k, label: 'pubKind.' + k })), 'REGULAR');
  const pick = h('fieldset', { class: 'picks', id: 'publication-reports' }, h('legend', {}, tx('publication.pickReports')),
    candidates.items.length ? candidates.items.map((item) => {
      const id = 'pub-pick-' + item.reportId;
      return h('label', { class: 'pick-row', for: id },
        h('input', { type: 'checkbox', id, name: 'reports', value: item.reportId, dataset: { tracking: item.trackingNumber } }),
        ' ', item.trackingNumber, ' ', item.title, ' · ', enumText('status', item.status));
    }) : empty('publication.noCandidates'));
  const headline = h('input', { name: 'headline', maxlength: 100 });
  const note = h('textarea', { name: 'editorNote', rows: 2 });
  const recipients = h('input', { name: 'recipients' });
  return h('section', { class: 'panel', 'aria-labelledby': 'compose-publication' },
    h('h3', { id: 'compose-publication' }, tx('publication.compose')),
    actionForm({
      id: 'publication-form',
      fields: [kind, h('div', { class: 'field', dataset: { field: 'reports' } }, pick, h('p', { class: 'field-error', role: 'alert' })),
        field('publication.headline', headline), field('publication.editorNote', note),
        field('publication.recipients', recipients, { hint: 'publication.recipientsHint' })],
      submitKey: 'publication.saveDraft',
      send: (f) => {
        const reports = [...f.querySelectorAll('input[name="reports"]:checked')].map((box) => box.value);
        const body = { kind: value(f, 'kind'), reports };
        if (orNull(value(f, 'headline'))) {
          body.headline = value(f, 'headline');
        }
        if (orNull(value(f, 'editorNote'))) {
          body.editorNote = value(f, 'editorNote');
        }
        const list = String(value(f, 'recipients')).split(/[,，、;；\n]/).map((s) => s.trim()).filter(Boolean);
        if (list.length) {
          body.recipients = list;
        }
        return api('POST', '/api/publications', { body });
      },
      done: (answer) => {
        toast('publication.drafted');
        go('#/publications/' + encodeURIComponent(answer.id));
      }
    }));
}

export async function detail({ root, params, session, toast, refresh }) {
  const p = await api('GET', '/api/publications/' + encodeURIComponent(params[0]));
  const office = session.role === 'OFFICE';
  const preview = h('div', { class: 'preview', id: 'publication-preview' });
  const errors = h('div', { id: 'publication-errors' });
  const previewButton = h('button', { type: 'button', id: 'preview-publication' }, tx('publication.preview'));
  const downloadButton = h('button', { type: 'button', id: 'download-docx' }, tx('publication.download'));
  previewButton.addEventListener('click', () => showPreview(p, preview, errors));
  downloadButton.addEventListener('click', () => download('/api/publications/' + encodeURIComponent(p.id) + '/document',
    (p.citation || 'publication') + '.docx', errors));
  root.append(h('p', { class: 'back' }, h('a', { href: '#/publications' }, tx('common.back'))),
    heading('publication.detailTitle', { name: p.citation || p.masthead }),
    h('p', { class: 'status-line' }, statusBadge(p.status, 'pubStatus', 'publication-status')),
    facts([['publication.kind', enumText('pubKind', p.kind)], ['publication.headline', p.headline],
      ['publication.editorNote', p.editorNote], ['publication.recipients', (p.recipients || []).join('、')],
      p.issuedOn ? ['publication.issuedOnLabel', p.issuedOn] : null, p.issuer ? ['publication.issuer', p.issuer] : null]),
    h('section', { class: 'panel' }, h('h3', {}, tx('publication.reports')),
      h('ol', { id: 'publication-report-list' }, (p.reports || []).map((r) => h('li', { dataset: { reportId: r.reportId } },
        r.trackingNumber, ' ', r.title, ' · ', refName('committees', r.committee))))),
    h('div', { class: 'actions' }, previewButton, downloadButton, office && p.status === 'DRAFT' ? issueForm(p, toast, refresh) : null),
    errors, preview);
}

function issueForm(p, toast, refresh) {
  const issuedOn = h('input', { type: 'date', name: 'issuedOn', value: today() });
  return actionForm({
    id: 'issue-form', className: 'inline-form',
    fields: [field('publication.issuedOnLabel', issuedOn)],
    submitKey: 'publication.issue',
    send: (f) => api('POST', '/api/publications/' + encodeURIComponent(p.id) + '/issue',
      { body: value(f, 'issuedOn') ? { issuedOn: value(f, 'issuedOn') } : {} }),
    done: (answer) => {
      toast('publication.issued', { citation: answer.citation || '' });
      refresh();
    }
  });
}

/** The print view, as the service renders it (every text escaped there), in a sandboxed frame without scripts. */
async function showPreview(p, where, errors) {
  errors.replaceChildren();
  try {
    const html = await api('GET', '/api/publications/' + encodeURIComponent(p.id) + '/document', { accept: 'text/html' });
    const frame = h('iframe', { sandbox: '', title: p.citation || p.masthead, class: 'preview-frame', id: 'preview-frame' });
    frame.srcdoc = html;
    where.replaceChildren(frame);
    frame.focus();
  } catch (error) {
    showError(errors, error);
  }
}
