// Chinese first, English on request; the choice is remembered in this browser.
import { MESSAGES } from './messages.js';

const KEY = 'minyi.console.lang';
let current = read();

function read() {
  try {
    return window.localStorage.getItem(KEY) === 'en' ? 'en' : 'zh';
  } catch (e) {
    return 'zh';
  }
}

export function lang() {
  return current;
}

export function setLang(value) {
  current = value === 'en' ? 'en' : 'zh';
  try {
    window.localStorage.setItem(KEY, current);
  } catch (e) {
    // private mode: the choice lasts for this page only
  }
  document.documentElement.lang = current === 'en' ? 'en' : 'zh-CN';
}

/** The message `key` in the current language, with {name} replaced by vars.name. */
export function t(key, vars) {
  const entry = MESSAGES[key];
  let text = entry ? entry[current === 'en' ? 1 : 0] : key;
  if (vars) {
    for (const [name, value] of Object.entries(vars)) {
      text = text.split('{' + name + '}').join(String(value));
    }
  }
  return text;
}

export function has(key) {
  return Object.prototype.hasOwnProperty.call(MESSAGES, key);
}

/** Texts, labels and placeholders marked with a message key take the current language. */
export function applyTexts(root) {
  root.querySelectorAll('[data-i18n]').forEach((node) => {
    const vars = node.dataset.i18nVars ? JSON.parse(node.dataset.i18nVars) : undefined;
    const text = t(node.dataset.i18n, vars);
    node.textContent = text === node.dataset.i18n && node.dataset.code ? node.dataset.code : text;
  });
  root.querySelectorAll('[data-i18n-label]').forEach((node) => {
    node.setAttribute('aria-label', t(node.dataset.i18nLabel));
  });
  root.querySelectorAll('[data-i18n-placeholder]').forEach((node) => {
    node.setAttribute('placeholder', t(node.dataset.i18nPlaceholder));
  });
  root.querySelectorAll('[data-i18n-title]').forEach((node) => {
    node.setAttribute('title', t(node.dataset.i18nTitle));
  });
}
