// The live status board: signs in with client credentials, shows the summary and follows the
// status stream. Every piece of data is written with textContent, never parsed as HTML.
(function () {
  'use strict';

  var STATUSES = ['SUBMITTED', 'ROUTED', 'UNDER_REVIEW', 'RETURNED', 'ADOPTED', 'NOT_ADOPTED', 'MERGED',
    'PUBLISHED', 'SENT_TO_LEADERS', 'ARCHIVED', 'INSTRUCTED', 'FORWARDED', 'IN_HANDLING', 'HANDLED', 'CLOSED',
    'WITHDRAWN'];

  // Colour groups of the status cards: under way, good outcome, needs the author, ended otherwise.
  var STATUS_GROUP = {
    SUBMITTED: 'open', ROUTED: 'open', UNDER_REVIEW: 'open', RETURNED: 'attention', ADOPTED: 'good',
    NOT_ADOPTED: 'ended', MERGED: 'ended', PUBLISHED: 'good', SENT_TO_LEADERS: 'good', ARCHIVED: 'ended',
    INSTRUCTED: 'good', FORWARDED: 'open', IN_HANDLING: 'open', HANDLED: 'good', CLOSED: 'ended',
    WITHDRAWN: 'ended'
  };

  var TEXT = {
    zh: {
      skip: '跳到主要内容', title: '社情民意实时看板', subtitle: '每份信息的办理状态，实时更新',
      signOut: '退出登录', signInTitle: '登录看板',
      signInHint: '使用平台发放的客户端凭据登录（演示账号：viewer / demo）。',
      clientId: '客户端 ID', clientSecret: '密钥', signIn: '登录', signingIn: '正在登录……',
      boardTitle: '总览', total: '信息总数', updatedAt: '最近变化', byStatus: '按状态', byTownship: '按乡镇',
      byCommittee: '按专委会', byCategory: '按类别', feedTitle: '实时动态', feedEmpty: '等待新的状态变化……',
      footer: '本页只显示编号与状态，不显示信息正文。', none: '暂无数据',
      langToggle: 'English', langToggleLabel: 'Switch to English', langToggleLang: 'en',
      stateIdle: '', stateConnecting: '正在连接……', stateLive: '实时连接中', stateRetrying: '连接中断，正在重连……',
      errorCredentials: '客户端 ID 或密钥不正确。', errorNetwork: '无法连接登录服务，请稍后再试。',
      errorForbidden: '该账号无权查看看板（需要 VIEWER、OFFICE 或 LEADER 角色）。',
      errorExpired: '登录已过期，请重新登录。', errorMissing: '请填写客户端 ID 和密钥。',
      errorSummary: '暂时无法读取统计数据，稍后自动重试。',
      arrow: ' → ', separator: ' · ', newReport: '新提交', by: '操作：'
    },
    en: {
      skip: 'Skip to main content', title: 'Live status board', subtitle: 'Where every report stands, as it happens',
      signOut: 'Sign out', signInTitle: 'Sign in to the board',
      signInHint: 'Sign in with the client credentials the platform issued (demo: viewer / demo).',
      clientId: 'Client ID', clientSecret: 'Secret', signIn: 'Sign in', signingIn: 'Signing in…',
      boardTitle: 'Overview', total: 'Reports', updatedAt: 'Last change', byStatus: 'By status',
      byTownship: 'By township', byCommittee: 'By committee', byCategory: 'By category', feedTitle: 'Live feed',
      feedEmpty: 'Waiting for status changes…', footer: 'This page shows numbers and statuses only, never report text.',
      none: 'No data yet', langToggle: '中文', langToggleLabel: '切换到中文', langToggleLang: 'zh-CN',
      stateIdle: '', stateConnecting: 'Connecting…', stateLive: 'Live', stateRetrying: 'Connection lost, reconnecting…',
      errorCredentials: 'Client ID or secret is wrong.', errorNetwork: 'The sign-in service cannot be reached. Try again later.',
      errorForbidden: 'This client may not view the board (it needs role VIEWER, OFFICE or LEADER).',
      errorExpired: 'Your session has expired. Please sign in again.', errorMissing: 'Enter a client ID and secret.',
      errorSummary: 'Statistics cannot be read right now; retrying shortly.',
      arrow: ' → ', separator: ' · ', newReport: 'new', by: 'by '
    }
  };

  var STATUS_NAMES = {
    zh: {
      SUBMITTED: '已提交', ROUTED: '已分办', UNDER_REVIEW: '审核中', RETURNED: '退回修改', ADOPTED: '已采用',
      NOT_ADOPTED: '未采用', MERGED: '已合并', PUBLISHED: '已刊发', SENT_TO_LEADERS: '已报送领导', ARCHIVED: '已存档',
      INSTRUCTED: '已批示', FORWARDED: '已转办', IN_HANDLING: '办理中', HANDLED: '已办结', CLOSED: '已关闭',
      WITHDRAWN: '已撤回'
    },
    en: {
      SUBMITTED: 'Submitted', ROUTED: 'Routed', UNDER_REVIEW: 'Under review', RETURNED: 'Returned for revision',
      ADOPTED: 'Adopted', NOT_ADOPTED: 'Not adopted', MERGED: 'Merged', PUBLISHED: 'Published',
      SENT_TO_LEADERS: 'Sent to leaders', ARCHIVED: 'Archived', INSTRUCTED: 'Instructed', FORWARDED: 'Forwarded',
      IN_HANDLING: 'In handling', HANDLED: 'Handled', CLOSED: 'Closed', WITHDRAWN: 'Withdrawn'
    }
  };

  var CATEGORY_NAMES = {
    zh: {
      MAJOR_EVENT: '重大事件反映', HARD_PROBLEM: '难点问题对策', DECISION_ADVICE: '重要决策建议',
      DAILY_LIFE: '日常生活变化', EMERGING_RISK: '潜在问题苗头', STABILITY_RISK: '不稳定因素'
    },
    en: {
      MAJOR_EVENT: 'Major event', HARD_PROBLEM: 'Hard problem', DECISION_ADVICE: 'Decision advice',
      DAILY_LIFE: 'Daily life', EMERGING_RISK: 'Emerging risk', STABILITY_RISK: 'Stability risk'
    }
  };

  var ROLE_NAMES = {
    zh: { STATION: '联络站', MEMBER: '委员', OFFICE: '政协办公室', REVIEWER: '专委会', LEADER: '领导', UNIT: '承办单位',
      SYSTEM: '系统' },
    en: { STATION: 'station', MEMBER: 'member', OFFICE: 'office', REVIEWER: 'committee', LEADER: 'leader',
      UNIT: 'handling unit', SYSTEM: 'system' }
  };

  var FEED_LENGTH = 50;
  var STALL_MS = 45000;
  var LANG_KEY = 'minyi.dashboard.lang';

  var lang = readLanguage();
  var session = null;         // {token, clientId, secret, renewTimer}
  var summary = null;
  var feedEvents = [];        // newest first
  var lastEventId = null;
  var streamController = null;
  var streamRetry = 0;
  var streamTimer = null;
  var summaryTimer = null;
  var summaryPoll = null;
  var streamState = 'idle';
  var names = { townships: {}, committees: {} };

  function $(id) {
    return document.getElementById(id);
  }

  function t(key) {
    return TEXT[lang][key];
  }

  function readLanguage() {
    try {
      return window.localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh';
    } catch (e) {
      return 'zh';
    }
  }

  function saveLanguage() {
    try {
      window.localStorage.setItem(LANG_KEY, lang);
    } catch (e) {
      // private mode: the choice lasts for this page only
    }
  }

  // ---- language ----

  function applyLanguage() {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('title') + (lang === 'zh' ? ' · 民意' : ' · Minyi');
    var labelled = document.querySelectorAll('[data-i18n]');
    for (var i = 0; i < labelled.length; i++) {
      labelled[i].textContent = t(labelled[i].getAttribute('data-i18n'));
    }
    var toggle = $('lang-toggle');
    toggle.textContent = t('langToggle');
    toggle.setAttribute('aria-label', t('langToggleLabel'));
    toggle.setAttribute('lang', t('langToggleLang'));
    showStreamState(streamState);
    renderSummary();
    renderFeed();
  }

  function statusName(code) {
    return STATUS_NAMES[lang][code] || code;
  }

  function categoryName(code) {
    return CATEGORY_NAMES[lang][code] || code;
  }

  function referenceName(kind, code) {
    var entry = names[kind][code];
    if (!entry) {
      return code;
    }
    return lang === 'zh' ? entry.name || code : entry.nameEn || entry.name || code;
  }

  function number(n) {
    return Number(n || 0).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
  }

  function dateTime(iso, timeOnly) {
    if (!iso) {
      return '—';
    }
    var date = new Date(iso);
    if (isNaN(date.getTime())) {
      return '—';
    }
    var options = timeOnly ? { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }
      : { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
        hour12: false };
    return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', options).format(date);
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  // ---- signing in ----

  function basic(clientId, secret) {
    // RFC 6749 §2.3.1: both parts form-encoded, then Base64
    return 'Basic ' + window.btoa(encodeURIComponent(clientId) + ':' + encodeURIComponent(secret));
  }

  function requestToken(clientId, secret) {
    return fetch('/oauth2/token', {
      method: 'POST',
      headers: {
        'Authorization': basic(clientId, secret),
        'Content-Type': 'application/x-www-form-urlencoded',
        'Accept': 'application/json'
      },
      body: 'grant_type=client_credentials',
      cache: 'no-store',
      credentials: 'omit'
    }).then(function (response) {
      if (response.status === 400 || response.status === 401) {
        throw new SignInError('errorCredentials');
      }
      if (!response.ok) {
        throw new SignInError('errorNetwork');
      }
      return response.json();
    }, function () {
      throw new SignInError('errorNetwork');
    }).then(function (body) {
      if (!body || typeof body.access_token !== 'string') {
        throw new SignInError('errorNetwork');
      }
      return body;
    });
  }

  function SignInError(key) {
    this.key = key;
  }

  function onSignIn(event) {
    event.preventDefault();
    var clientId = $('client-id').value.trim();
    var secret = $('client-secret').value;
    var error = $('signin-error');
    error.textContent = '';
    if (!clientId || !secret) {
      error.textContent = t('errorMissing');
      (clientId ? $('client-secret') : $('client-id')).focus();
      return;
    }
    var button = $('signin-submit');
    button.disabled = true;
    button.textContent = t('signingIn');
    requestToken(clientId, secret).then(function (body) {
      session = { token: body.access_token, clientId: clientId, secret: secret, renewTimer: null };
      scheduleRenewal(body.expires_in);
      return loadSummary();
    }).then(function (ok) {
      if (!ok) {
        return;
      }
      showBoard();
      loadReferenceNames();
      openStream();
    }).catch(function (e) {
      error.textContent = t(e instanceof SignInError ? e.key : 'errorNetwork');
    }).then(function () {
      button.disabled = false;
      button.textContent = t('signIn');
    });
  }

  // Renews the token a minute before it expires, with the credentials kept in memory only.
  function scheduleRenewal(expiresIn) {
    var seconds = Number(expiresIn);
    if (!session || !isFinite(seconds) || seconds <= 120) {
      return;
    }
    session.renewTimer = window.setTimeout(function () {
      if (!session) {
        return;
      }
      requestToken(session.clientId, session.secret).then(function (body) {
        if (session) {
          session.token = body.access_token;
          scheduleRenewal(body.expires_in);
        }
      }, function () {
        signOut('errorExpired');
      });
    }, (seconds - 60) * 1000);
  }

  function signOut(messageKey) {
    if (session && session.renewTimer) {
      window.clearTimeout(session.renewTimer);
    }
    session = null;
    closeStream();
    window.clearInterval(summaryPoll);
    window.clearTimeout(summaryTimer);
    summaryTimer = null;
    summary = null;
    feedEvents = [];
    lastEventId = null;
    $('board').hidden = true;
    $('live').hidden = true;
    $('signout').hidden = true;
    $('signin').hidden = false;
    $('summary-error').textContent = '';
    $('signin-error').textContent = messageKey ? t(messageKey) : '';
    showStreamState('idle');
    $('client-secret').focus();
  }

  function showBoard() {
    $('signin').hidden = true;
    $('board').hidden = false;
    $('live').hidden = false;
    $('signout').hidden = false;
    renderSummary();
    renderFeed();
    $('board-title').focus();
    window.clearInterval(summaryPoll);
    summaryPoll = window.setInterval(loadSummary, 30000);
  }

  function authorized(path) {
    return fetch(path, {
      headers: { 'Authorization': 'Bearer ' + session.token, 'Accept': 'application/json' },
      cache: 'no-store',
      credentials: 'omit'
    });
  }

  // ---- summary ----

  /** @return a promise of false when the caller was signed out (token expired, role not allowed) */
  function loadSummary() {
    if (!session) {
      return Promise.resolve(false);
    }
    return authorized('/api/dashboard/summary').then(function (response) {
      if (response.status === 401) {
        signOut('errorExpired');
        return false;
      }
      if (response.status === 403) {
        signOut('errorForbidden');
        return false;
      }
      if (!response.ok) {
        throw new Error('summary ' + response.status);
      }
      return response.json().then(function (body) {
        summary = body;
        renderSummary();
        return true;
      });
    }).then(function (shown) {
      $('summary-error').textContent = '';
      return shown;
    }, function () {
      $('summary-error').textContent = t('errorSummary');
      return true;
    });
  }

  function refreshSummarySoon() {
    if (summaryTimer === null) {
      summaryTimer = window.setTimeout(function () {
        summaryTimer = null;
        loadSummary();
      }, 700);
    }
  }

  function renderSummary() {
    if (!summary) {
      return;
    }
    $('summary-total').textContent = number(summary.total);
    var updated = $('summary-updated');
    updated.textContent = dateTime(summary.updatedAt, false);
    if (summary.updatedAt) {
      updated.setAttribute('datetime', summary.updatedAt);
    } else {
      updated.removeAttribute('datetime');
    }
    renderStatuses(summary.byStatus || {});
    renderBars($('by-township'), summary.byTownship || {}, function (code) {
      return referenceName('townships', code);
    });
    renderBars($('by-committee'), summary.byCommittee || {}, function (code) {
      return referenceName('committees', code);
    });
    renderBars($('by-category'), summary.byCategory || {}, categoryName);
  }

  function renderStatuses(counts) {
    var list = $('by-status');
    var items = document.createDocumentFragment();
    STATUSES.forEach(function (code) {
      var item = element('li', 'status-card');
      item.id = 'status-' + code;
      item.setAttribute('data-group', STATUS_GROUP[code]);
      item.appendChild(element('span', 'status-name', statusName(code)));
      item.appendChild(element('span', 'status-count', number(counts[code])));
      var tag = element('span', 'status-code', code);
      tag.setAttribute('lang', 'en');
      item.appendChild(tag);
      items.appendChild(item);
    });
    list.replaceChildren(items);
  }

  function renderBars(list, counts, label) {
    var codes = Object.keys(counts);
    var max = 0;
    codes.forEach(function (code) {
      max = Math.max(max, counts[code]);
    });
    var items = document.createDocumentFragment();
    if (codes.length === 0) {
      items.appendChild(element('li', 'empty', t('none')));
    }
    codes.forEach(function (code) {
      var item = element('li', 'bar-row');
      item.setAttribute('data-code', code);
      item.appendChild(element('span', 'bar-label', label(code)));
      var track = element('span', 'bar-track');
      track.setAttribute('aria-hidden', 'true');
      var fill = element('span', 'bar-fill');
      fill.style.width = (max > 0 ? Math.max(2, Math.round(counts[code] * 100 / max)) : 0) + '%';
      track.appendChild(fill);
      item.appendChild(track);
      item.appendChild(element('span', 'bar-value', number(counts[code])));
      items.appendChild(item);
    });
    list.replaceChildren(items);
  }

  // Names of townships and committees come from the platform's reference lists when the gateway
  // offers them; the codes are shown otherwise.
  function loadReferenceNames() {
    ['townships', 'committees'].forEach(function (kind) {
      authorized('/api/reference/' + kind + '?size=1000').then(function (response) {
        return response.ok ? response.json() : null;
      }).then(function (body) {
        if (!body || !Array.isArray(body.items)) {
          return;
        }
        body.items.forEach(function (entry) {
          if (entry && typeof entry.code === 'string') {
            names[kind][entry.code] = { name: entry.name, nameEn: entry.nameEn };
          }
        });
        renderSummary();
        renderFeed();
      }).catch(function () {
        // codes stay
      });
    });
  }

  // ---- the live feed ----

  function showStreamState(state) {
    streamState = state;
    var node = $('stream-state');
    node.setAttribute('data-state', state);
    node.textContent = t('state' + state.charAt(0).toUpperCase() + state.slice(1));
  }

  function closeStream() {
    window.clearTimeout(streamTimer);
    streamTimer = null;
    if (streamController) {
      streamController.abort();
      streamController = null;
    }
  }

  function retryStream(delay) {
    closeStream();
    if (!session) {
      return;
    }
    showStreamState('retrying');
    streamTimer = window.setTimeout(openStream, delay);
  }

  // EventSource cannot send the Authorization header, so the stream is read with fetch().
  function openStream() {
    if (!session) {
      return;
    }
    closeStream();
    var controller = new AbortController();
    streamController = controller;
    var headers = { 'Authorization': 'Bearer ' + session.token, 'Accept': 'text/event-stream' };
    if (lastEventId !== null) {
      headers['Last-Event-ID'] = lastEventId;
    }
    var stall = null;
    function watch() {
      window.clearTimeout(stall);
      stall = window.setTimeout(function () {
        controller.abort();
      }, STALL_MS);
    }
    if (streamState !== 'retrying') {
      showStreamState('connecting');
    }
    watch();
    fetch('/api/dashboard/stream', { headers: headers, signal: controller.signal, cache: 'no-store',
      credentials: 'omit' }).then(function (response) {
      if (response.status === 401) {
        signOut('errorExpired');
        return null;
      }
      if (response.status === 403) {
        signOut('errorForbidden');
        return null;
      }
      if (!response.ok || !response.body) {
        throw new Error('stream ' + response.status);
      }
      showStreamState('live');
      streamRetry = 0;
      return readEvents(response.body.getReader(), watch);
    }).then(function (ended) {
      window.clearTimeout(stall);
      if (ended && streamController === controller) {
        retryStream(500);
      }
    }, function () {
      window.clearTimeout(stall);
      if (streamController === controller) {
        streamRetry = Math.min(streamRetry + 1, 5);
        retryStream(Math.min(15000, 1000 * Math.pow(2, streamRetry - 1)));
      }
    });
  }

  /** Parses text/event-stream; resolves true when the server ended the stream. */
  function readEvents(reader, onBytes) {
    var decoder = new TextDecoder('utf-8');
    var buffer = '';
    var message = { id: null, event: '', data: [] };

    function line(text) {
      if (text === '') {
        if (message.data.length > 0) {
          dispatch(message.event || 'message', message.data.join('\n'));
        }
        message = { id: null, event: '', data: [] };
        return;
      }
      if (text.charAt(0) === ':') {
        return;
      }
      var colon = text.indexOf(':');
      var field = colon < 0 ? text : text.slice(0, colon);
      var value = colon < 0 ? '' : text.slice(colon + 1);
      if (value.charAt(0) === ' ') {
        value = value.slice(1);
      }
      if (field === 'data') {
        message.data.push(value);
      } else if (field === 'event') {
        message.event = value;
      } else if (field === 'id' && value.indexOf('\u0000') < 0) {
        lastEventId = value;
      }
    }

    function pump() {
      return reader.read().then(function (chunk) {
        if (chunk.done) {
          return true;
        }
        onBytes();
        buffer += decoder.decode(chunk.value, { stream: true });
        var lines = buffer.split(/\r\n|\r|\n/);
        buffer = lines.pop();
        lines.forEach(line);
        return pump();
      });
    }

    return pump();
  }

  function dispatch(type, data) {
    if (type !== 'report-status') {
      return;
    }
    var event;
    try {
      event = JSON.parse(data);
    } catch (e) {
      return;
    }
    if (!event || typeof event !== 'object') {
      return;
    }
    event.feedId = lastEventId;
    feedEvents.unshift(event);
    if (feedEvents.length > FEED_LENGTH) {
      feedEvents.length = FEED_LENGTH;
    }
    $('feed').insertBefore(feedItem(event), $('feed').firstChild);
    var items = $('feed').children;
    while (items.length > FEED_LENGTH) {
      $('feed').removeChild(items[items.length - 1]);
    }
    $('feed-empty').hidden = true;
    refreshSummarySoon();
  }

  function renderFeed() {
    var items = document.createDocumentFragment();
    feedEvents.forEach(function (event) {
      items.appendChild(feedItem(event));
    });
    $('feed').replaceChildren(items);
    $('feed-empty').hidden = feedEvents.length > 0;
  }

  function feedItem(event) {
    var item = element('li', 'feed-item');
    item.setAttribute('data-status', String(event.status || ''));
    item.setAttribute('data-group', STATUS_GROUP[event.status] || 'open');
    if (event.feedId) {
      item.setAttribute('data-feed-id', String(event.feedId));
    }
    var time = element('time', 'feed-time', dateTime(event.occurredAt, true));
    if (event.occurredAt) {
      time.setAttribute('datetime', String(event.occurredAt));
    }
    item.appendChild(time);
    item.appendChild(element('span', 'feed-number', event.trackingNumber || event.reportId));
    var transition = (event.previousStatus ? statusName(event.previousStatus) : t('newReport')) + t('arrow')
      + statusName(event.status);
    item.appendChild(element('span', 'feed-transition', transition));
    var where = [];
    if (event.township) {
      where.push(referenceName('townships', event.township));
    }
    if (event.committee) {
      where.push(referenceName('committees', event.committee));
    }
    if (event.category) {
      where.push(categoryName(event.category));
    }
    item.appendChild(element('span', 'feed-where', where.join(t('separator'))));
    if (event.actorRole) {
      item.appendChild(element('span', 'feed-actor', t('by') + (ROLE_NAMES[lang][event.actorRole] || event.actorRole)));
    }
    return item;
  }

  // ---- start ----

  function start() {
    $('signin-form').addEventListener('submit', onSignIn);
    $('lang-toggle').addEventListener('click', function () {
      lang = lang === 'zh' ? 'en' : 'zh';
      saveLanguage();
      applyLanguage();
    });
    $('signout').addEventListener('click', function () {
      signOut(null);
    });
    applyLanguage();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
