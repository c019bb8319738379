// The live status board: signs in like the console, shows the summary, charts, the overdue list
// and the yearly assessment, and follows the status stream. Every piece of data is written with
// textContent or as SVG attributes, never parsed as HTML. The charts are drawn here as inline SVG.
(function () {
  'use strict';

  var SVG_NS = 'http://www.w3.org/2000/svg';

  var STATUSES = ['SUBMITTED', 'ROUTED', 'UNDER_REVIEW', 'RETURNED', 'ADOPTED', 'NOT_ADOPTED', 'MERGED',
    'PUBLISHED', 'SENT_TO_LEADERS', 'ARCHIVED', 'INSTRUCTED', 'FORWARDED', 'IN_HANDLING', 'HANDLED', 'CLOSED',
    'WITHDRAWN'];

  // Colour groups of the statuses: under way, good outcome, needs the author, ended otherwise.
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
      signInHint: '在平台登录页用自己的账号登录，与工作台共用一次登录（演示账号：viewer / demo）。',
      signIn: '登录', signingIn: '正在登录……',
      navBoard: '总览', navStages: '办理时效', navOverdue: '超期督办', navReviewOverdue: '审核超时',
      navFeed: '实时动态', navYear: '年度考核',
      boardTitle: '总览', total: '信息总数', updatedAt: '最近变化', byStatus: '按状态', byTownship: '按乡镇',
      byCommittee: '按专委会', byCategory: '按类别', byTopic: '按信息反映点', trendTitle: '近 30 天',
      trendSubmitted: '新提交', trendAdopted: '采用', trendClosed: '办结关闭',
      stagesTitle: '各环节用时',
      stagesHint: '近一年内有变化的信息在各环节停留的中位时间；括号内为当前停留在该环节的份数。',
      overdueTitle: '超期督办', overdueEmpty: '目前没有超期未办结的信息。', colNumber: '编号', colUnits: '超期单位',
      colSince: '超期起始', colDays: '已超期', colWhere: '乡镇 · 专委会',
      reviewOverdueTitle: '审核超时', reviewOverdueHint: '超过专委会审核时限（工作日）仍未作出决定的信息，按专委会统计。',
      reviewOverdueEmpty: '目前没有超过审核时限的信息。', colCommittee: '专委会', colReviewSince: '超时起始',
      colReviewDays: '已超时', colStatus: '状态',
      feedTitle: '实时动态', feedEmpty: '等待新的状态变化……',
      yearTitle: '年度考核', year: '年度', exportCsv: '导出积分台账（CSV）', exportXlsx: '导出积分台账（Excel）',
      dutyMembers: '委员', dutyMet: '已有采用', dutyZero: '零采用', dutyTalk: '谈话提醒',
      stationsDuty: '联络站 · 完成率', talkTitle: '谈话提醒名单（连续两年零采用）', talkEmpty: '无',
      unitsTitle: '定量定级', colKind: '类别', colRank: '名次', colName: '名称', colAdopted: '采用 / 目标',
      colCompletion: '完成率', colGrade: '等级', pointsTitle: '积分前十', candidatesTitle: '表彰候选',
      kindCommittee: '专委会', kindStation: '联络站', kindSector: '界别', kindMember: '委员',
      noTarget: '未定目标', points: '分', adoptionRate: '采用率',
      GRADE_EXCELLENT: '优秀', GRADE_GOOD: '良好', GRADE_BASIC: '基本完成', GRADE_SHORT: '未完成',
      errorYear: '暂时无法读取年度考核数据。', errorExport: '导出失败，请稍后再试。',
      footer: '本页只显示编号与状态，不显示信息正文。', none: '暂无数据',
      langToggle: 'English', langToggleLabel: 'Switch to English', langToggleLang: 'en',
      stateIdle: '', stateConnecting: '正在连接……', stateLive: '实时连接中', stateRetrying: '连接中断，正在重连……',
      errorNetwork: '无法连接登录服务，请稍后再试。',
      errorForbidden: '该账号无权查看看板（需要 VIEWER、OFFICE、LEADER 或 LEADERS_OFFICE 角色），请退出登录后换一个账号。',
      errorExpired: '登录已过期，请重新登录。',
      errorSummary: '暂时无法读取统计数据，稍后自动重试。',
      arrow: ' → ', separator: ' · ', newReport: '新提交', by: '操作：',
      minutes: ' 分钟', hours: ' 小时', days: ' 天', chartOf: '图表：'
    },
    en: {
      skip: 'Skip to main content', title: 'Live status board', subtitle: 'Where every report stands, as it happens',
      signOut: 'Sign out', signInTitle: 'Sign in to the board',
      signInHint: 'Sign in with your own account on the platform\'s sign-in page; the console shares the sign-in (demo: viewer / demo).',
      signIn: 'Sign in', signingIn: 'Signing in…',
      navBoard: 'Overview', navStages: 'Time per stage', navOverdue: 'Overdue',
      navReviewOverdue: 'Review overdue', navFeed: 'Live feed',
      navYear: 'Year review',
      boardTitle: 'Overview', total: 'Reports', updatedAt: 'Last change', byStatus: 'By status',
      byTownship: 'By township', byCommittee: 'By committee', byCategory: 'By category', byTopic: 'By topic',
      trendTitle: 'Last 30 days', trendSubmitted: 'New', trendAdopted: 'Adopted', trendClosed: 'Closed',
      stagesTitle: 'Time spent in each stage',
      stagesHint: 'Median stay in each stage of the reports that moved in the last year; in brackets, how many are in it now.',
      overdueTitle: 'Overdue handling', overdueEmpty: 'No report is overdue.', colNumber: 'Number',
      colUnits: 'Overdue units', colSince: 'Overdue since', colDays: 'Overdue for', colWhere: 'Township · committee',
      reviewOverdueTitle: 'Review overdue',
      reviewOverdueHint: 'Reports still undecided past their committee\'s review time limit (working days), by committee.',
      reviewOverdueEmpty: 'No report is past its review time limit.', colCommittee: 'Committee',
      colReviewSince: 'Past the limit since', colReviewDays: 'Past it for', colStatus: 'Status',
      feedTitle: 'Live feed', feedEmpty: 'Waiting for status changes…',
      yearTitle: 'Year review', year: 'Year', exportCsv: 'Export points ledger (CSV)',
      exportXlsx: 'Export points ledger (Excel)', dutyMembers: 'Members', dutyMet: 'With an adoption',
      dutyZero: 'At zero', dutyTalk: 'Talk list', stationsDuty: 'Stations · completion',
      talkTitle: 'Talk list (no adoption two years running)', talkEmpty: 'None',
      unitsTitle: 'Targets, grades and ranks', colKind: 'Kind', colRank: 'Rank', colName: 'Name',
      colAdopted: 'Adopted / target', colCompletion: 'Completion', colGrade: 'Grade', pointsTitle: 'Top ten by points',
      candidatesTitle: 'Commendation candidates', kindCommittee: 'Committee', kindStation: 'Station',
      kindSector: 'Sector', kindMember: 'Member', noTarget: 'no target', points: ' pts', adoptionRate: 'adoption rate',
      GRADE_EXCELLENT: 'Excellent', GRADE_GOOD: 'Good', GRADE_BASIC: 'Basic', GRADE_SHORT: 'Short',
      errorYear: 'The year review cannot be read right now.', errorExport: 'The export failed; try again later.',
      footer: 'This page shows numbers and statuses only, never report text.',
      none: 'No data yet', langToggle: '中文', langToggleLabel: '切换到中文', langToggleLang: 'zh-CN',
      stateIdle: '', stateConnecting: 'Connecting…', stateLive: 'Live', stateRetrying: 'Connection lost, reconnecting…',
      errorNetwork: 'The sign-in service cannot be reached. Try again later.',
      errorForbidden: 'This account may not view the board (it needs role VIEWER, OFFICE, LEADER or LEADERS_OFFICE). Sign out to use another account.',
      errorExpired: 'Your session has expired. Please sign in again.',
      errorSummary: 'Statistics cannot be read right now; retrying shortly.',
      arrow: ' → ', separator: ' · ', newReport: 'new', by: 'by ',
      minutes: ' min', hours: ' h', days: ' days', chartOf: 'Chart: '
    }
  };

  var STATUS_NAMES = {
    zh: {
      SUBMITTED: '已提交', ROUTED: '已分办', UNDER_REVIEW: '审核中', RETURNED: '退回修改', ADOPTED: '已采用',
      NOT_ADOPTED: '未采用', MERGED: '已合并', PUBLISHED: '已刊发', SENT_TO_LEADERS: '已报送领导', ARCHIVED: '已存档',
      INSTRUCTED: '已批示', FORWARDED: '已转办（转送）', IN_HANDLING: '办理中', HANDLED: '已办结', CLOSED: '已关闭',
      WITHDRAWN: '已撤回'
    },
    en: {
      SUBMITTED: 'Submitted', ROUTED: 'Routed', UNDER_REVIEW: 'Under review', RETURNED: 'Returned for revision',
      ADOPTED: 'Adopted', NOT_ADOPTED: 'Not adopted', MERGED: 'Merged', PUBLISHED: 'Published',
      SENT_TO_LEADERS: 'Sent to leaders', ARCHIVED: 'Archived', INSTRUCTED: 'Instructed', FORWARDED: 'Forwarded / transferred',
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
    zh: { STATION: '联络站', MEMBER: '委员', OFFICE: '政协办公室', REVIEWER: '专委会', LEADER: '领导',
      LEADERS_OFFICE: '领导秘书处', UNIT: '承办单位', SYSTEM: '系统' },
    en: { STATION: 'station', MEMBER: 'member', OFFICE: 'office', REVIEWER: 'committee', LEADER: 'leader',
      LEADERS_OFFICE: 'leaders\' secretariat', UNIT: 'handling unit', SYSTEM: 'system' }
  };

  var FEED_LENGTH = 50;
  var STALL_MS = 45000;
  var LANG_KEY = 'minyi.dashboard.lang';

  var lang = readLanguage();
  var auth = null;            // the console's sign-in module (/console/js/auth.js), loaded at start
  var session = null;         // {token, expiryTimer}
  var summary = null;
  var stages = null;
  var trend = null;
  var overdue = null;
  var reviewOverdue = null;
  var duties = null;
  var ledger = null;
  var candidates = null;
  var feedEvents = [];        // newest first
  var lastEventId = null;
  var streamController = null;
  var streamRetry = 0;
  var streamTimer = null;
  var summaryTimer = null;
  var extrasTimer = null;
  var summaryPoll = null;
  var yearPoll = null;
  var streamState = 'idle';
  var names = { townships: {}, committees: {}, sectors: {} };

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
    $('sections').setAttribute('aria-label', lang === 'zh' ? '看板栏目' : 'Board sections');
    var toggle = $('lang-toggle');
    toggle.textContent = t('langToggle');
    toggle.setAttribute('aria-label', t('langToggleLabel'));
    toggle.setAttribute('lang', t('langToggleLang'));
    showStreamState(streamState);
    renderAll();
  }

  function renderAll() {
    renderSummary();
    renderTrend();
    renderStages();
    renderOverdue();
    renderReviewOverdue();
    renderFeed();
    renderYear();
    renderHandling();
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

  function personName(entry) {
    if (!entry.name) {
      return entry.code;
    }
    return lang === 'zh' ? entry.name : entry.nameEn || entry.name;
  }

  function number(n) {
    return Number(n || 0).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
  }

  function decimal(n) {
    return Number(n || 0).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en',
      { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }

  function duration(seconds) {
    if (seconds === null || seconds === undefined) {
      return '—';
    }
    if (seconds < 3600) {
      return Math.max(1, Math.round(seconds / 60)) + t('minutes');
    }
    if (seconds < 48 * 3600) {
      return (Math.round(seconds / 360) / 10) + t('hours');
    }
    return (Math.round(seconds / 8640) / 10) + t('days');
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

  function svg(tag, attributes, text) {
    var node = document.createElementNS(SVG_NS, tag);
    Object.keys(attributes || {}).forEach(function (name) {
      node.setAttribute(name, String(attributes[name]));
    });
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  // ---- charts (inline SVG, drawn here; no library) ----

  /**
   * Horizontal bars: rows of {label, value, text, group}. The SVG scales to its container's width;
   * each bar carries its label and value as text, so the chart reads without colour too.
   */
  function barChart(container, title, rows, options) {
    options = options || {};
    if (rows.length === 0) {
      container.replaceChildren(element('p', 'empty', t('none')));
      return;
    }
    var width = widthOf(container);
    var labelWidth = Math.min(options.labelWidth || 150, Math.round(width * 0.32));
    var valueWidth = options.valueWidth || 70;
    var rowHeight = 24;
    var height = rows.length * rowHeight + 4;
    var max = options.max || 0;
    rows.forEach(function (row) {
      max = Math.max(max, row.value);
    });
    var chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'class': 'bar-chart',
      'aria-label': t('chartOf') + title, preserveAspectRatio: 'xMinYMin meet' });
    chart.appendChild(svg('title', {}, title));
    var span = width - labelWidth - valueWidth - 8;
    rows.forEach(function (row, i) {
      var y = i * rowHeight + 2;
      var group = svg('g', { 'class': 'bar', 'data-code': row.code || '', 'data-group': row.group || 'open' });
      group.appendChild(svg('text', { x: labelWidth - 6, y: y + 16, 'text-anchor': 'end', 'class': 'bar-label' },
        clip(row.label, 14)));
      group.appendChild(svg('rect', { x: labelWidth, y: y + 3, height: rowHeight - 8, rx: 3, 'class': 'bar-track',
        width: span }));
      var w = max > 0 ? Math.max(row.value > 0 ? 2 : 0, Math.round(row.value * span / max)) : 0;
      group.appendChild(svg('rect', { x: labelWidth, y: y + 3, height: rowHeight - 8, rx: 3, 'class': 'bar-fill',
        width: w }));
      if (options.marker) {
        var mx = labelWidth + Math.round(options.marker * span / max);
        group.appendChild(svg('line', { x1: mx, x2: mx, y1: y + 1, y2: y + rowHeight - 3, 'class': 'bar-marker' }));
      }
      group.appendChild(svg('text', { x: labelWidth + span + 6, y: y + 16, 'class': 'bar-value' },
        row.text !== undefined ? row.text : number(row.value)));
      chart.appendChild(group);
    });
    container.replaceChildren(chart);
  }

  /** Lines per series over days: {days: [...], series: [{name, values, key}]}. */
  function lineChart(container, title, days, series) {
    if (days.length === 0) {
      container.replaceChildren(element('p', 'empty', t('none')));
      return;
    }
    var width = widthOf(container);
    var height = 180;
    var left = 34;
    var bottom = 22;
    var top = 10;
    var max = 1;
    series.forEach(function (s) {
      s.values.forEach(function (v) {
        max = Math.max(max, v);
      });
    });
    var chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + (height + 22), role: 'img', 'class': 'line-chart',
      'aria-label': t('chartOf') + title, preserveAspectRatio: 'xMinYMin meet' });
    chart.appendChild(svg('title', {}, title));
    var plotWidth = width - left - 8;
    var plotHeight = height - top - bottom;
    function x(i) {
      return left + (days.length === 1 ? plotWidth / 2 : i * plotWidth / (days.length - 1));
    }
    function y(v) {
      return top + plotHeight - v * plotHeight / max;
    }
    [0, Math.ceil(max / 2), max].forEach(function (v) {
      chart.appendChild(svg('line', { x1: left, x2: width - 8, y1: y(v), y2: y(v), 'class': 'grid' }));
      chart.appendChild(svg('text', { x: left - 6, y: y(v) + 4, 'text-anchor': 'end', 'class': 'axis' }, v));
    });
    chart.appendChild(svg('text', { x: left, y: height - 4, 'class': 'axis' }, days[0].slice(5)));
    chart.appendChild(svg('text', { x: width - 8, y: height - 4, 'text-anchor': 'end', 'class': 'axis' },
      days[days.length - 1].slice(5)));
    series.forEach(function (s, n) {
      var points = s.values.map(function (v, i) {
        return x(i).toFixed(1) + ',' + y(v).toFixed(1);
      }).join(' ');
      chart.appendChild(svg('polyline', { points: points, 'class': 'series series-' + s.key, fill: 'none' }));
      var legendX = left + n * 130;
      chart.appendChild(svg('rect', { x: legendX, y: height + 6, width: 12, height: 12, 'class': 'legend-' + s.key }));
      var total = s.values.reduce(function (a, b) {
        return a + b;
      }, 0);
      chart.appendChild(svg('text', { x: legendX + 16, y: height + 17, 'class': 'axis' }, s.name + ' ' + number(total)));
    });
    container.replaceChildren(chart);
  }

  /** Charts are drawn at their container's width, one SVG unit to a pixel, so text keeps its size. */
  function widthOf(container) {
    var measured = Math.round(container.getBoundingClientRect().width);
    return Math.max(260, measured || 480);
  }

  function clip(text, length) {
    text = String(text);
    return text.length > length ? text.slice(0, length - 1) + '…' : text;
  }

  function countRows(counts, label) {
    return Object.keys(counts).map(function (code) {
      return { code: code, label: label(code), value: counts[code] };
    });
  }

  // ---- signing in ----

  // The console's sign-in module does it all — authorization code with PKCE (S256) at the platform's sign-in
  // page, public client, no secret anywhere — and keeps the token in this tab's sessionStorage under the
  // console's key. The board and the console are on one origin (the gateway), so a sign-in on either page
  // serves both, and signing out of either ends it for both.
  var AUTH_MODULE = '/console/js/auth.js';

  function loadAuth() {
    var button = $('signin-submit');
    button.disabled = true;
    return import(AUTH_MODULE).then(function (module) {
      auth = module;
      button.disabled = false;
      resume();
    }, function () {
      $('signin-error').textContent = t('errorNetwork');
    });
  }

  /** Back from the sign-in page, or signed in already in the console: straight to the board. */
  function resume() {
    var person = auth.session();
    var token = auth.currentToken();
    if (person && token) {
      enterBoard(token, person.expiresAt);
    }
  }

  function onSignIn() {
    var button = $('signin-submit');
    button.disabled = true;
    button.textContent = t('signingIn');
    $('signin-error').textContent = '';
    auth.signIn(auth.BOARD, lang).catch(function () {
      $('signin-error').textContent = t('errorNetwork');
      button.disabled = false;
      button.textContent = t('signIn');
    });
  }

  function enterBoard(token, expiresAt) {
    session = { token: token, expiryTimer: null };
    scheduleExpiry(expiresAt);
    loadSummary().then(function (ok) {
      if (!ok) {
        return;
      }
      showBoard();
      loadNames();
      loadExtras();
      loadYear();
      // the latest changes at once, then the stream goes on from the last of them
      loadRecent().then(openStream, openStream);
    });
  }

  // A page gets no refresh token: when the access token runs out the person signs in again, without a
  // password while the authorization server still knows them.
  function scheduleExpiry(expiresAt) {
    var left = Number(expiresAt) - Date.now() - 5000;
    if (!isFinite(left)) {
      return;
    }
    session.expiryTimer = window.setTimeout(function () {
      signOut('errorExpired');
    }, Math.max(0, left));
  }

  /** The sign-out button: forgets the shared token and ends the session at the authorization server, then back here. */
  function signOutEverywhere() {
    signOut(null);
    if (auth) {
      auth.signOut(auth.BOARD);
    }
  }

  /**
   * Leaves the board. A token the platform no longer accepts (401) is dropped for the console too; a person
   * whose role may not read the board (403) keeps the console's sign-in and is offered to sign out instead.
   */
  function signOut(messageKey) {
    if (session && session.expiryTimer) {
      window.clearTimeout(session.expiryTimer);
    }
    session = null;
    if (messageKey === 'errorExpired' && auth) {
      auth.expired();
    }
    closeStream();
    window.clearInterval(summaryPoll);
    window.clearInterval(yearPoll);
    window.clearTimeout(summaryTimer);
    window.clearTimeout(extrasTimer);
    summaryTimer = null;
    extrasTimer = null;
    summary = null;
    stages = null;
    trend = null;
    overdue = null;
    reviewOverdue = null;
    duties = null;
    ledger = null;
    candidates = null;
    feedEvents = [];
    lastEventId = null;
    ['board', 'live', 'stages-panel', 'overdue-panel', 'review-overdue-panel', 'yearend', 'sections',
      'signout'].forEach(function (id) {
      $(id).hidden = true;
    });
    $('signin').hidden = false;
    $('summary-error').textContent = '';
    $('signin-error').textContent = messageKey ? t(messageKey) : '';
    showStreamState('idle');
    var forbidden = messageKey === 'errorForbidden';
    $('signout').hidden = !forbidden;
    $('signin-submit').hidden = forbidden;
    $(forbidden ? 'signout' : 'signin-submit').focus();
  }

  function showBoard() {
    $('signin').hidden = true;
    ['board', 'live', 'stages-panel', 'overdue-panel', 'review-overdue-panel', 'yearend', 'sections',
      'signout'].forEach(function (id) {
      $(id).hidden = false;
    });
    renderAll();
    $('board-title').focus();
    window.clearInterval(summaryPoll);
    summaryPoll = window.setInterval(function () {
      loadSummary();
      loadExtras();
    }, 30000);
    window.clearInterval(yearPoll);
    yearPoll = window.setInterval(loadYear, 120000);
  }

  function authorized(path) {
    return fetch(path, {
      headers: { 'Authorization': 'Bearer ' + session.token, 'Accept': 'application/json' },
      cache: 'no-store',
      credentials: 'omit'
    });
  }

  /** The JSON answer of a board endpoint; null when it failed (signed out on 401/403). */
  function getJson(path) {
    if (!session) {
      return Promise.resolve(null);
    }
    return authorized(path).then(function (response) {
      if (response.status === 401) {
        signOut('errorExpired');
        return null;
      }
      if (response.status === 403) {
        signOut('errorForbidden');
        return null;
      }
      return response.ok ? response.json() : null;
    }).catch(function () {
      return null;
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

  function refreshSoon() {
    if (summaryTimer === null) {
      summaryTimer = window.setTimeout(function () {
        summaryTimer = null;
        loadSummary();
      }, 700);
    }
    if (extrasTimer === null) {
      extrasTimer = window.setTimeout(function () {
        extrasTimer = null;
        loadExtras();
      }, 3000);
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
    var counts = summary.byStatus || {};
    renderStatuses(counts);
    barChart($('status-chart'), t('byStatus'), STATUSES.filter(function (code) {
      return counts[code] > 0;
    }).map(function (code) {
      return { code: code, label: statusName(code), value: counts[code], group: STATUS_GROUP[code] };
    }));
    barChart($('by-township'), t('byTownship'), countRows(summary.byTownship || {}, function (code) {
      return referenceName('townships', code);
    }));
    barChart($('by-committee'), t('byCommittee'), countRows(summary.byCommittee || {}, function (code) {
      return referenceName('committees', code);
    }));
    barChart($('by-category'), t('byCategory'), countRows(summary.byCategory || {}, categoryName));
    barChart($('by-topic'), t('byTopic'), countRows(summary.byTopic || {}, function (code) {
      return code;
    }));
    barChart($('review-overdue-chart'), t('reviewOverdueTitle'),
      countRows(summary.reviewOverdueByCommittee || {}, function (code) {
        return referenceName('committees', code);
      }));
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

  // Names of townships, committees and sectors from the dashboard's roster; the codes are shown otherwise.
  function loadNames() {
    getJson('/api/dashboard/names').then(function (body) {
      if (!body) {
        return;
      }
      ['townships', 'committees', 'sectors'].forEach(function (kind) {
        (body[kind] || []).forEach(function (entry) {
          if (entry && typeof entry.code === 'string') {
            names[kind][entry.code] = { name: entry.name, nameEn: entry.nameEn };
          }
        });
      });
      renderAll();
    });
  }

  // ---- stages, trend, overdue ----

  function loadExtras() {
    getJson('/api/dashboard/stages').then(function (body) {
      if (body) {
        stages = body.items || [];
        renderStages();
      }
    });
    getJson('/api/dashboard/trend?days=30').then(function (body) {
      if (body) {
        trend = body.items || [];
        renderTrend();
      }
    });
    getJson('/api/dashboard/overdue?size=100').then(function (body) {
      if (body) {
        overdue = body;
        renderOverdue();
      }
    });
    getJson('/api/dashboard/review-overdue?size=100').then(function (body) {
      if (body) {
        reviewOverdue = body;
        renderReviewOverdue();
      }
    });
  }

  function renderStages() {
    if (!stages) {
      return;
    }
    var rows = stages.filter(function (stage) {
      return stage.passages > 0 || stage.current > 0;
    }).map(function (stage) {
      var seconds = stage.medianSeconds !== null && stage.medianSeconds !== undefined ? stage.medianSeconds
        : stage.currentAverageSeconds || 0;
      return { code: stage.status, label: statusName(stage.status), value: seconds,
        text: duration(seconds) + ' (' + number(stage.current) + ')', group: STATUS_GROUP[stage.status] };
    });
    barChart($('stage-chart'), t('stagesTitle'), rows, { valueWidth: 110 });
  }

  function renderTrend() {
    if (!trend) {
      return;
    }
    lineChart($('trend-chart'), t('trendTitle'), trend.map(function (day) {
      return day.day;
    }), [
      { key: 'submitted', name: t('trendSubmitted'), values: trend.map(function (day) { return day.submitted; }) },
      { key: 'adopted', name: t('trendAdopted'), values: trend.map(function (day) { return day.adopted; }) },
      { key: 'closed', name: t('trendClosed'), values: trend.map(function (day) { return day.closed; }) }
    ]);
  }

  function renderOverdue() {
    if (!overdue) {
      return;
    }
    var items = overdue.items || [];
    $('overdue-empty').hidden = items.length > 0;
    $('overdue-table').hidden = items.length === 0;
    var rows = document.createDocumentFragment();
    var now = Date.now();
    items.forEach(function (item) {
      var row = element('tr');
      row.setAttribute('data-report', String(item.reportId));
      row.appendChild(element('td', 'number', item.trackingNumber || item.reportId));
      row.appendChild(element('td', null, (item.overdue || []).map(function (unit) {
        return unit.unit;
      }).join('、')));
      row.appendChild(element('td', null, dateTime(item.overdueSince, false)));
      var since = new Date(item.overdueSince).getTime();
      row.appendChild(element('td', null, isNaN(since) ? '—' : duration(Math.max(0, (now - since) / 1000))));
      var where = [];
      if (item.township) {
        where.push(referenceName('townships', item.township));
      }
      if (item.committee) {
        where.push(referenceName('committees', item.committee));
      }
      row.appendChild(element('td', null, where.join(t('separator'))));
      rows.appendChild(row);
    });
    $('overdue-list').replaceChildren(rows);
  }

  function renderReviewOverdue() {
    if (!reviewOverdue) {
      return;
    }
    var items = reviewOverdue.items || [];
    $('review-overdue-empty').hidden = items.length > 0;
    $('review-overdue-table').hidden = items.length === 0;
    var rows = document.createDocumentFragment();
    var now = Date.now();
    items.forEach(function (item) {
      var row = element('tr');
      row.setAttribute('data-report', String(item.reportId));
      row.appendChild(element('td', 'number', item.trackingNumber || item.reportId));
      var committee = item.reviewOverdue && item.reviewOverdue.committee ? item.reviewOverdue.committee
        : item.committee;
      row.appendChild(element('td', null, committee ? referenceName('committees', committee) : '—'));
      row.appendChild(element('td', null, dateTime(item.reviewOverdueSince, false)));
      var since = new Date(item.reviewOverdueSince).getTime();
      row.appendChild(element('td', null, isNaN(since) ? '—' : duration(Math.max(0, (now - since) / 1000))));
      row.appendChild(element('td', null, statusName(item.status)));
      rows.appendChild(row);
    });
    $('review-overdue-list').replaceChildren(rows);
  }

  // ---- the year review ----

  function fillYears() {
    var select = $('year-select');
    if (select.options.length > 0) {
      return;
    }
    var current = new Date().getFullYear();
    for (var year = current; year >= current - 4; year--) {
      var option = element('option', null, String(year));
      option.value = String(year);
      select.appendChild(option);
    }
    select.value = String(current);
  }

  function selectedYear() {
    fillYears();
    return $('year-select').value;
  }

  function loadYear() {
    var year = selectedYear();
    loadHandling(year);
    Promise.all([getJson('/api/dashboard/duties/' + year), getJson('/api/dashboard/points/' + year),
      getJson('/api/dashboard/commendations/' + year + '?limit=5')]).then(function (answers) {
      if (!answers[0] || !answers[1] || !answers[2]) {
        $('year-error').textContent = session ? t('errorYear') : '';
        return;
      }
      $('year-error').textContent = '';
      duties = answers[0];
      ledger = answers[1];
      candidates = answers[2];
      renderYear();
    });
  }

  function renderYear() {
    if (!duties) {
      return;
    }
    var counts = duties.counts || {};
    $('duty-members').textContent = number(counts.members);
    $('duty-met').textContent = number(counts.met);
    $('duty-zero').textContent = number(counts.zero);
    $('duty-talk').textContent = number(counts.talkList);

    var stations = (duties.stations || []).filter(function (unit) {
      return unit.target || unit.adopted > 0;
    });
    barChart($('station-chart'), t('stationsDuty'), stations.map(function (unit) {
      var percent = unit.completion !== null && unit.completion !== undefined ? unit.completion : null;
      return { code: unit.code, label: personName(unit), value: percent === null ? 0 : percent,
        text: percent === null ? number(unit.adopted) + ' · ' + t('noTarget') : percent + '%',
        group: unit.grade === 'SHORT' ? 'attention' : unit.grade ? 'good' : 'ended' };
    }), { max: 150, marker: 100 });

    var talk = document.createDocumentFragment();
    (duties.talkList || []).forEach(function (member) {
      var item = element('li', null, personName(member) + ' (' + member.code + ')');
      item.setAttribute('data-member', member.code);
      talk.appendChild(item);
    });
    if ((duties.talkList || []).length === 0) {
      talk.appendChild(element('li', 'empty', t('talkEmpty')));
    }
    $('talk-list').replaceChildren(talk);

    var rows = document.createDocumentFragment();
    [['kindStation', duties.stations], ['kindSector', duties.sectors], ['kindCommittee', duties.committees]]
      .forEach(function (kind) {
        (kind[1] || []).filter(function (unit) {
          return unit.target || unit.adopted > 0;
        }).forEach(function (unit) {
          var row = element('tr');
          row.setAttribute('data-grade', unit.grade || '');
          row.appendChild(element('td', null, t(kind[0])));
          row.appendChild(element('td', null, unit.rank));
          row.appendChild(element('td', null, personName(unit)));
          row.appendChild(element('td', null, number(unit.adopted) + ' / ' + (unit.target ? number(unit.target) : '—')));
          row.appendChild(element('td', null, unit.completion !== null && unit.completion !== undefined
            ? unit.completion + '%' : '—'));
          row.appendChild(element('td', 'grade', unit.grade ? t('GRADE_' + unit.grade) : t('noTarget')));
          rows.appendChild(row);
        });
      });
    $('unit-list').replaceChildren(rows);

    if (ledger) {
      barChart($('points-chart'), t('pointsTitle'), (ledger.members || []).slice(0, 10).map(function (member) {
        return { code: member.code, label: personName(member), value: Number(member.points),
          text: decimal(member.points) + t('points'), group: 'good' };
      }));
    }
    if (candidates) {
      var list = document.createDocumentFragment();
      [['kindMember', candidates.individuals], ['kindStation', candidates.stations],
        ['kindSector', candidates.sectors]].forEach(function (kind) {
        (kind[1] || []).slice(0, kind[0] === 'kindMember' ? 5 : 3).forEach(function (candidate) {
          var label = candidate.name ? personName(candidate)
            : (kind[0] === 'kindStation' ? referenceName('townships', candidate.code)
              : referenceName('sectors', candidate.code));
          var rate = candidate.adoptionRate === null || candidate.adoptionRate === undefined ? '—'
            : Math.round(candidate.adoptionRate * 100) + '%';
          var item = element('li', null, t(kind[0]) + ' #' + candidate.rank + ' ' + label + t('separator')
            + decimal(candidate.points) + t('points') + t('separator') + t('adoptionRate') + ' ' + rate);
          item.setAttribute('data-code', candidate.code);
          list.appendChild(item);
        });
      });
      $('candidates').replaceChildren(list);
    }
  }

  function exportLedger(kind) {
    if (!session) {
      return;
    }
    var year = selectedYear();
    authorized('/api/dashboard/points/' + year + '/ledger.' + kind).then(function (response) {
      if (!response.ok) {
        throw new Error('export ' + response.status);
      }
      return response.blob();
    }).then(function (blob) {
      var link = element('a');
      link.href = URL.createObjectURL(blob);
      link.download = 'points-' + year + '.' + kind;
      document.body.appendChild(link);
      link.click();
      link.remove();
      window.setTimeout(function () {
        URL.revokeObjectURL(link.href);
      }, 10000);
    }).catch(function () {
      $('year-error').textContent = t('errorExport');
    });
  }

  // ---- the handling units' record (承办单位办理情况) ----

  var HANDLING_TEXT = {
    zh: {
      handlingTitle: '承办单位办理情况',
      handlingHint: '本年度交办各承办单位的任务。按时反馈：首次反馈不晚于办理期限；超期、催办：督办标记的次数。',
      exportUnits: '导出办理情况（Excel）', handlingEmpty: '本年度没有交办任务。',
      handlingTasks: '交办', handlingOnTime: '按时反馈', handlingOverdue: '超期',
      handlingColUnit: '承办单位', handlingColTasks: '交办', handlingColOnTime: '按时反馈', handlingColLate: '逾期反馈',
      handlingColOverdue: '超期', handlingColUrged: '催办', handlingColOpen: '未办结',
      handlingColResults: '结果 A / B / C', handlingColSatisfaction: '满意率'
    },
    en: {
      handlingTitle: 'Handling units',
      handlingHint: 'Tasks given to each handling unit this year. On time: first fed back by the deadline; overdue and urged: how many times they were flagged.',
      exportUnits: 'Export handling record (Excel)', handlingEmpty: 'No tasks were assigned this year.',
      handlingTasks: 'Tasks', handlingOnTime: 'On time', handlingOverdue: 'Overdue',
      handlingColUnit: 'Unit', handlingColTasks: 'Tasks', handlingColOnTime: 'On time', handlingColLate: 'Late',
      handlingColOverdue: 'Overdue', handlingColUrged: 'Urged', handlingColOpen: 'Open',
      handlingColResults: 'Results A / B / C', handlingColSatisfaction: 'Satisfaction'
    }
  };
  Object.keys(HANDLING_TEXT).forEach(function (language) {
    Object.keys(HANDLING_TEXT[language]).forEach(function (key) {
      TEXT[language][key] = HANDLING_TEXT[language][key];
    });
  });

  var HANDLING_CHART_UNITS = 15;
  var handling = null;        // the selected year's record: {year, units, totals}

  function loadHandling(year) {
    getJson('/api/dashboard/units/' + year).then(function (body) {
      if (!body || !Array.isArray(body.units) || String(body.year) !== selectedYear()) {
        return;
      }
      handling = body;
      renderHandling();
    });
  }

  /** The units with tasks in the year, most tasks first: the chart (the first 15) and the table. */
  function renderHandling() {
    if (!handling) {
      return;
    }
    var active = handling.units.filter(function (unit) {
      return unit.tasks > 0;
    }).sort(function (a, b) {
      return b.tasks - a.tasks || b.overdue - a.overdue;
    });
    groupedBarChart($('handling-chart'), t('handlingTitle'), active.slice(0, HANDLING_CHART_UNITS).map(function (unit) {
      return { code: unit.code, label: personName(unit), values: [unit.tasks, unit.onTime, unit.overdue] };
    }), [{ key: 'tasks', group: 'open', name: t('handlingTasks') },
      { key: 'on-time', group: 'good', name: t('handlingOnTime') },
      { key: 'overdue', group: 'attention', name: t('handlingOverdue') }]);
    $('handling-empty').hidden = active.length > 0;
    $('handling-table').hidden = active.length === 0;
    var rows = document.createDocumentFragment();
    active.forEach(function (unit) {
      var row = element('tr');
      row.setAttribute('data-unit', String(unit.code));
      row.appendChild(element('td', null, personName(unit)));
      [unit.tasks, unit.onTime, unit.late, unit.overdue, unit.urged, unit.open].forEach(function (n) {
        row.appendChild(element('td', 'number', number(n)));
      });
      var results = unit.results || {};
      row.appendChild(element('td', 'number', [results.A, results.B, results.C].map(number).join(' / ')));
      var rate = unit.satisfaction && unit.satisfaction.rate !== null && unit.satisfaction.rate !== undefined
        ? Math.round(unit.satisfaction.rate * 100) + '%' : '—';
      row.appendChild(element('td', 'number', rate));
      rows.appendChild(row);
    });
    $('handling-list').replaceChildren(rows);
  }

  /**
   * Bars side by side per row: rows of {code, label, values}, one value per series {key, group, name}; each
   * bar carries its value as text and the legend names the series, so the chart reads without colour too.
   */
  function groupedBarChart(container, title, rows, series) {
    if (rows.length === 0) {
      container.replaceChildren(element('p', 'empty', t('none')));
      return;
    }
    var width = widthOf(container);
    var labelWidth = Math.min(220, Math.round(width * 0.4));
    // as many characters as the label column holds: unit names run long, in English above all
    var labelLength = Math.floor(labelWidth / (lang === 'zh' ? 12 : 6.5));
    var barHeight = 10;
    var step = 14;
    var rowHeight = series.length * step + 8;
    var legendHeight = 26;
    var height = rows.length * rowHeight + legendHeight;
    var span = width - labelWidth - 48;
    var max = 0;
    rows.forEach(function (row) {
      row.values.forEach(function (value) {
        max = Math.max(max, value || 0);
      });
    });
    var chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'class': 'bar-chart grouped',
      'aria-label': t('chartOf') + title, preserveAspectRatio: 'xMinYMin meet' });
    chart.appendChild(svg('title', {}, title));
    rows.forEach(function (row, i) {
      var top = i * rowHeight + 2;
      var group = svg('g', { 'class': 'bar-group', 'data-code': row.code || '' });
      group.appendChild(svg('title', {}, row.label));
      group.appendChild(svg('text', { x: labelWidth - 6, y: top + rowHeight / 2, 'text-anchor': 'end',
        'class': 'bar-label' }, clip(row.label, labelLength)));
      series.forEach(function (s, n) {
        var value = row.values[n] || 0;
        var y = top + n * step;
        var w = max > 0 ? Math.max(value > 0 ? 2 : 0, Math.round(value * span / max)) : 0;
        var bar = svg('g', { 'class': 'bar', 'data-group': s.group, 'data-series': s.key });
        bar.appendChild(svg('rect', { x: labelWidth, y: y, height: barHeight, rx: 2, 'class': 'bar-fill', width: w }));
        bar.appendChild(svg('text', { x: labelWidth + w + 4, y: y + barHeight, 'class': 'bar-value' }, number(value)));
        group.appendChild(bar);
      });
      chart.appendChild(group);
    });
    series.forEach(function (s, n) {
      var x = labelWidth + n * 110;
      var legend = svg('g', { 'class': 'bar legend', 'data-group': s.group });
      legend.appendChild(svg('rect', { x: x, y: height - 18, width: 12, height: 12, 'class': 'bar-fill' }));
      legend.appendChild(svg('text', { x: x + 16, y: height - 8, 'class': 'axis' }, s.name));
      chart.appendChild(legend);
    });
    container.replaceChildren(chart);
  }

  function exportHandling() {
    if (!session) {
      return;
    }
    var year = selectedYear();
    authorized('/api/dashboard/units/' + year + '.xlsx').then(function (response) {
      if (!response.ok) {
        throw new Error('export ' + response.status);
      }
      return response.blob();
    }).then(function (blob) {
      var link = element('a');
      link.href = URL.createObjectURL(blob);
      link.download = 'units-' + year + '.xlsx';
      document.body.appendChild(link);
      link.click();
      link.remove();
      window.setTimeout(function () {
        URL.revokeObjectURL(link.href);
      }, 10000);
    }).catch(function () {
      $('year-error').textContent = t('errorExport');
    });
  }

  // ---- the live feed ----

  function showStreamState(state) {
    streamState = state;
    var node = $('stream-state');
    node.setAttribute('data-state', state);
    node.textContent = t('state' + state.charAt(0).toUpperCase() + state.slice(1));
  }

  // The latest changes, newest first, and the feed id the stream goes on from.
  function loadRecent() {
    return getJson('/api/dashboard/recent?limit=' + FEED_LENGTH).then(function (body) {
      if (!body || !Array.isArray(body.items)) {
        return;
      }
      feedEvents = body.items.map(function (item) {
        var event = item.event || {};
        event.feedId = String(item.id);
        return event;
      });
      if (body.lastEventId > 0) {
        lastEventId = String(body.lastEventId);
      }
      renderFeed();
    });
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
    refreshSoon();
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
    $('signin-submit').addEventListener('click', onSignIn);
    $('lang-toggle').addEventListener('click', function () {
      lang = lang === 'zh' ? 'en' : 'zh';
      saveLanguage();
      applyLanguage();
    });
    $('signout').addEventListener('click', signOutEverywhere);
    $('year-select').addEventListener('change', loadYear);
    $('export-csv').addEventListener('click', function () {
      exportLedger('csv');
    });
    $('export-xlsx').addEventListener('click', function () {
      exportLedger('xlsx');
    });
    $('export-units').addEventListener('click', exportHandling);
    var resizing = null;
    window.addEventListener('resize', function () {
      window.clearTimeout(resizing);
      resizing = window.setTimeout(renderAll, 200);
    });
    // back from the sign-in page with the browser's Back button: the page comes from the cache as it was left
    window.addEventListener('pageshow', function (event) {
      if (event.persisted && !session) {
        $('signin-submit').disabled = auth === null;
        $('signin-submit').textContent = t('signIn');
      }
    });
    fillYears();
    applyLanguage();
    loadAuth();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
