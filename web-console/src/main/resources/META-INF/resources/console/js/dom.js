// Building the page. Every value goes in as a text node, an attribute or a property — never as HTML.
import { t, applyTexts, lang } from './i18n.js';

/**
 * h('button', {class: 'primary', i18n: 'submit', onclick: fn}, child, …)
 * props: class, id, text (textContent), i18n (a message key: the text follows the language), on<event>
 * (listeners), dataset, and anything else as an attribute (false/null left out, true as an empty one).
 */
export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (key === 'class') {
      node.className = value;
    } else if (key === 'text') {
      node.textContent = String(value);
    } else if (key === 'i18n') {
      node.dataset.i18n = value;
      node.textContent = t(value);
    } else if (key === 'i18nLabel') {
      node.dataset.i18nLabel = value;
      node.setAttribute('aria-label', t(value));
    } else if (key === 'dataset') {
      Object.assign(node.dataset, value);
    } else if (key.startsWith('on') && typeof value === 'function') {
      node.addEventListener(key.slice(2), value);
    } else if (key === 'value' || key === 'checked' || key === 'selected' || key === 'disabled') {
      node[key] = value;
    } else {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(node, child);
    } else if (child instanceof Node) {
      node.appendChild(child);
    } else {
      node.appendChild(document.createTextNode(String(child)));
    }
  }
}

/** A text in the current language, which follows a switch of language. */
export function tx(key, vars) {
  const span = document.createElement('span');
  span.dataset.i18n = key;
  if (vars) {
    span.dataset.i18nVars = JSON.stringify(vars);
  }
  span.textContent = t(key, vars);
  return span;
}

/** A text the server gave in both languages (problem messages, notifications). */
export function bi(zh, en) {
  const span = document.createElement('span');
  span.dataset.zh = zh || en || '';
  span.dataset.en = en || zh || '';
  span.textContent = lang() === 'en' ? span.dataset.en : span.dataset.zh;
  return span;
}

/** The name of a code of an enumeration (status, category…), in the current language. */
export function enumText(group, code) {
  if (code === null || code === undefined || code === '') {
    return document.createTextNode('—');
  }
  const key = group + '.' + code;
  const span = tx(key);
  span.dataset.code = code;
  if (span.textContent === key) {
    span.textContent = code;
  }
  return span;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

let fieldCounter = 0;

/** A labelled field: the label names the control, a hint and the field's own errors are described by it. */
export function field(labelKey, control, { hint, required, labelNode } = {}) {
  fieldCounter += 1;
  if (!control.id) {
    control.id = 'f' + fieldCounter;
  }
  const errorId = control.id + '-error';
  const describedBy = [errorId];
  const hintNode = hint ? h('p', { class: 'hint', id: control.id + '-hint' }, hint instanceof Node ? hint : tx(hint)) : null;
  if (hintNode) {
    describedBy.unshift(hintNode.id);
  }
  control.setAttribute('aria-describedby', describedBy.join(' '));
  if (required) {
    control.required = true;
  }
  return h('div', { class: 'field', dataset: { field: control.name || '' } },
    h('label', { for: control.id }, labelNode || tx(labelKey), required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null),
    control, hintNode, h('p', { class: 'field-error', id: errorId, role: 'alert' }));
}

/** A select whose options are [{value, label(Node|string)}]; an empty first option when `empty` is a key. */
export function select(name, options, { value, empty, multiple, size } = {}) {
  const node = h('select', { name, multiple: multiple || false, size: size || null });
  if (empty) {
    node.appendChild(h('option', { value: '', i18n: empty }));
  }
  for (const option of options) {
    const item = h('option', { value: option.value });
    if (option.label instanceof Node) {
      item.appendChild(option.label);
    } else {
      item.textContent = option.label;
    }
    if (Array.isArray(value) ? value.includes(option.value) : value === option.value) {
      item.selected = true;
    }
    node.appendChild(item);
  }
  return node;
}

/** Radio buttons in a fieldset with a legend. */
export function radios(name, legendKey, options, value) {
  return h('fieldset', { class: 'radios' }, h('legend', {}, tx(legendKey)),
    options.map((option) => {
      const id = name + '-' + option.value;
      return h('label', { for: id, class: 'radio' },
        h('input', { type: 'radio', id, name, value: option.value, checked: option.value === value }),
        option.label instanceof Node ? option.label : tx(option.label));
    }));
}

export function button(key, onclick, props = {}) {
  return h('button', Object.assign({ type: 'button', onclick }, props), tx(key));
}

export function time(instant) {
  if (!instant) {
    return document.createTextNode('—');
  }
  const node = h('time', { datetime: instant });
  node.dataset.instant = instant;
  node.textContent = formatInstant(instant);
  return node;
}

export function formatInstant(instant) {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) {
    return String(instant);
  }
  return date.toLocaleString(lang() === 'en' ? 'en-GB' : 'zh-CN', {
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false
  });
}

/** A term and its value, for the facts of a report. */
export function facts(pairs) {
  return h('dl', { class: 'facts' }, pairs.filter(Boolean).map(([key, value]) => [
    h('dt', {}, tx(key)), h('dd', {}, value === null || value === undefined || value === '' ? '—' : value)]));
}

/** A heading for a view, focused after navigation so that screen readers announce it. */
export function heading(key, vars) {
  return h('h2', { id: 'view-title', tabindex: '-1' }, tx(key, vars));
}

/** Updates every text on the page to the current language. */
export function refreshTexts(root = document) {
  applyTexts(root);
  root.querySelectorAll('[data-zh]').forEach((node) => {
    node.textContent = lang() === 'en' ? node.dataset.en : node.dataset.zh;
  });
  root.querySelectorAll('time[data-instant]').forEach((node) => {
    node.textContent = formatInstant(node.dataset.instant);
  });
}
