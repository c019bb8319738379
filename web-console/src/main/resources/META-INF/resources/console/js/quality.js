// The rules of practice (真·精·特·快) as hints while writing — the same rules intake checks on
// submission (services/intake README, "Quality checks"). They advise; intake's own findings, shown with
// the report, are what reviewers see. Lengths are counted as intake counts them: code points after NFC
// and trimming, so a Chinese character counts one.
export const LIMITS = { title: 60, text: 1500, advisedText: 1000 };

export function length(text) {
  return [...String(text || '').normalize('NFC').trim()].length;
}

const SEVERAL_IN_TITLE = /几点|若干|几个|几项|多项|多个问题|一些问题|系列问题|几方面|多方面|等方面/;
const ANOTHER_PROBLEM = new RegExp('(此外|另外|另一方面|与此同时|同时|还有)[，,、]?[^。；;！？]{0,20}(还|也)(存在|反映|有)'
  + '[^。；;！？]{0,30}问题|另一个问题|另一问题|第二个问题|还有一个问题|其他问题|再就是');
const FIELDS = [
  ['公交', '客运', '班线', '公路', '道路', '交通', '红绿灯', '停车'],
  ['学校', '教师', '老师', '教育', '幼儿园', '课程', '校车', '学生'],
  ['医院', '医生', '卫生院', '卫生室', '医保', '看病', '就医', '急救'],
  ['养老', '敬老院', '失能', '高龄', '幸福院', '老年人'],
  ['垃圾', '污染', '污水', '排放', '粪污', '采砂', '河道', '生态'],
  ['耕地', '农田', '种粮', '化肥', '农资', '灌溉', '撂荒', '养殖'],
  ['住房', '危房', '小区', '物业', '电梯', '楼道', '公租房', '交房'],
  ['就业', '培训', '务工', '工资', '社保', '岗位', '招聘'],
  ['供水', '饮水', '自来水', '停水', '水质', '水费'],
  ['企业', '贷款', '融资', '审批', '工程款', '营商'],
  ['旅游', '景区', '文化', '古村落', '书屋', '文物'],
  ['网络', '信号', '宽带', '智能手机', '诈骗', 'APP'],
  ['电网', '电压', '充电', '光伏', '用电', '变压器'],
  ['治安', '盗窃', '赌博', '诈骗', '派出所', '报警']];

function count(text, word) {
  return text.split(word).length - 1;
}

function fieldsIn(text) {
  return FIELDS.filter((words) => words.some((word) => text.includes(word)));
}

/** Why the report may raise more than one issue (一事一议), or null. */
export function multipleIssues(report) {
  const title = String(report.title || '');
  if (SEVERAL_IN_TITLE.test(title)) {
    return 'quality.hint.severalInTitle';
  }
  if (count(title, '关于') >= 2 || count(title, '问题') >= 2 || title.includes('；') || title.includes(';')) {
    return 'quality.hint.twoInTitle';
  }
  const parts = title.split(/以及|和|及|与|并/);
  for (let i = 0; i + 1 < parts.length; i++) {
    const before = fieldsIn(parts[i]);
    const after = fieldsIn(parts[i + 1]);
    if (before.length && after.length && !before.some((field) => after.includes(field))) {
      return 'quality.hint.twoInTitle';
    }
  }
  const issue = String(report.situation || '') + '\n' + String(report.analysis || '');
  if (ANOTHER_PROBLEM.test(issue)) {
    return 'quality.hint.anotherProblem';
  }
  const text = title + issue;
  const named = FIELDS.filter((words) => words.filter((word) => text.includes(word)).length >= 2).length;
  return named >= 3 ? 'quality.hint.manyFields' : null;
}

/** Whether a report by members brings a sector's view (特). */
export function lacksSectorView(report) {
  if (report.sector || !report.authors || report.authors.length === 0) {
    return false;
  }
  const kind = report.onBehalfOf && report.onBehalfOf.kind;
  return kind !== 'PARTY' && kind !== 'GROUP';
}

/** Days from the event to today beyond which a report is slow (快). */
export function slowAfter(report) {
  const pressing = report.urgent || ['MAJOR_EVENT', 'EMERGING_RISK', 'STABILITY_RISK'].includes(report.category);
  return pressing ? 7 : 30;
}

export function daysSince(date, today = new Date()) {
  if (!date) {
    return null;
  }
  const then = new Date(date + 'T00:00:00');
  if (Number.isNaN(then.getTime())) {
    return null;
  }
  const now = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((now - then) / 86400000);
}

/**
 * Every rule with its state for the report as written so far:
 * [{rule, state: ok|warn|error|info, key, vars}].
 */
export function assess(report) {
  const textLength = length(report.situation) + length(report.analysis) + length(report.suggestions);
  const titleLength = length(report.title);
  const results = [];
  results.push({ rule: 'true', state: 'info', key: 'quality.true' });
  results.push({
    rule: 'length', key: textLength > LIMITS.text ? 'quality.length.over' : textLength > LIMITS.advisedText
      ? 'quality.length.long' : 'quality.length.ok',
    state: textLength > LIMITS.text ? 'error' : textLength > LIMITS.advisedText ? 'warn' : 'ok',
    vars: { count: textLength, advised: LIMITS.advisedText, max: LIMITS.text }
  });
  results.push({
    rule: 'title', key: titleLength > LIMITS.title ? 'quality.title.over' : 'quality.title.ok',
    state: titleLength > LIMITS.title ? 'error' : 'ok', vars: { count: titleLength, max: LIMITS.title }
  });
  const several = multipleIssues(report);
  results.push({ rule: 'one-issue', state: several ? 'warn' : 'ok', key: several || 'quality.oneIssue.ok' });
  results.push({ rule: 'sector', state: lacksSectorView(report) ? 'warn' : 'ok',
    key: lacksSectorView(report) ? 'quality.sector.missing' : 'quality.sector.ok' });
  const days = daysSince(report.occurredOn);
  const limit = slowAfter(report);
  results.push({ rule: 'fast', state: days !== null && days > limit ? 'warn' : 'ok',
    key: days === null ? 'quality.fast.unknown' : days > limit ? 'quality.fast.slow' : 'quality.fast.ok',
    vars: { days: days === null ? 0 : days, limit } });
  return results;
}
