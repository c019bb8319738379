// Sign-in with OpenID Connect: authorization code with PKCE (S256), public client `minyi-console`.
// The access token lives in sessionStorage (this tab only, gone when it closes); the code verifier and
// state only for the round trip to the sign-in page. The live board at `/` imports this module too: on the
// same origin it shares the token, so one sign-in (and one sign-out) serves both pages.
import { ISSUER, CLIENT_ID, SCOPE, CALLBACK, SIGNED_OUT, BOARD } from './config.js';
import { lang } from './i18n.js';
import { sha256 } from './sha256.js';

/** The board's address, for the board's own script: signIn(BOARD) and signOut(BOARD) return there. */
export { BOARD };

const SESSION = 'minyi.console.session';
const PENDING = 'minyi.console.pending';
const METADATA = 'minyi.console.metadata';
const listeners = [];

export async function metadata() {
  const cached = sessionStorage.getItem(METADATA);
  if (cached) {
    return JSON.parse(cached);
  }
  const response = await fetch(ISSUER + '/.well-known/openid-configuration', { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error('discovery failed: ' + response.status);
  }
  const data = await response.json();
  sessionStorage.setItem(METADATA, JSON.stringify(data));
  return data;
}

function base64url(bytes) {
  let text = '';
  for (const byte of bytes) {
    text += String.fromCharCode(byte);
  }
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomText(length = 32) {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  return base64url(bytes);
}

/** The S256 code challenge; crypto.subtle exists only on HTTPS or localhost, so plain HTTP uses our own SHA-256. */
export async function challengeOf(verifier) {
  const data = new TextEncoder().encode(verifier);
  if (window.crypto && crypto.subtle) {
    return base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', data)));
  }
  return base64url(sha256(data));
}

/**
 * Goes to the sign-in page; back at the callback, the console opens `returnTo` (a #route), or the board
 * when it is BOARD. `language` ('zh' or 'en') is the page's own choice, the console's by default.
 */
export async function signIn(returnTo, language) {
  const meta = await metadata();
  const verifier = randomText(48);
  const state = randomText(24);
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, returnTo: returnTo || '' }));
  const query = new URLSearchParams({
    response_type: 'code', client_id: CLIENT_ID, redirect_uri: CALLBACK, scope: SCOPE, state,
    code_challenge: await challengeOf(verifier), code_challenge_method: 'S256',
    ui_locales: (language || lang()) === 'en' ? 'en' : 'zh-CN'
  });
  window.location.assign(meta.authorization_endpoint + '?' + query.toString());
}

/** At the callback: checks the state, exchanges the code for tokens, answers the route to open. */
export async function completeSignIn(search) {
  const params = new URLSearchParams(search);
  const pending = JSON.parse(sessionStorage.getItem(PENDING) || 'null');
  sessionStorage.removeItem(PENDING);
  if (params.get('error')) {
    throw new Error(params.get('error') + (params.get('error_description') ? ': ' + params.get('error_description') : ''));
  }
  if (!pending || !params.get('code') || params.get('state') !== pending.state) {
    throw new Error('state');
  }
  const meta = await metadata();
  const response = await fetch(meta.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'authorization_code', code: params.get('code'), redirect_uri: CALLBACK, client_id: CLIENT_ID,
      code_verifier: pending.verifier
    })
  });
  if (!response.ok) {
    throw new Error('token ' + response.status);
  }
  const tokens = await response.json();
  const claims = decode(tokens.access_token);
  sessionStorage.setItem(SESSION, JSON.stringify({
    accessToken: tokens.access_token, idToken: tokens.id_token || null,
    expiresAt: (claims.exp ? claims.exp * 1000 : Date.now() + (tokens.expires_in || 3600) * 1000), claims
  }));
  return pending.returnTo || '';
}

function decode(jwt) {
  const part = String(jwt).split('.')[1] || '';
  const text = atob(part.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((part.length + 3) % 4));
  const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

/**
 * The signed-in person, or null: {name, role, township, member, committee, unit, leader}. The role and scope come
 * from the access token's claims; the services decide again on every call.
 */
export function session() {
  const stored = JSON.parse(sessionStorage.getItem(SESSION) || 'null');
  if (!stored || stored.expiresAt <= Date.now() + 5000) {
    return null;
  }
  const c = stored.claims || {};
  const roles = Array.isArray(c.roles) ? c.roles : [];
  return {
    name: c.sub, role: roles[0] || null, roles, township: c.township || null, member: c.member || null,
    committee: c.committee || null, unit: c.unit || null, leader: c.leader || null, expiresAt: stored.expiresAt
  };
}

export function currentToken() {
  const stored = JSON.parse(sessionStorage.getItem(SESSION) || 'null');
  return stored ? stored.accessToken : null;
}

/** A 401 from the platform: the token is gone or expired. */
export function expired() {
  sessionStorage.removeItem(SESSION);
  listeners.forEach((listener) => listener());
}

export function onExpired(listener) {
  listeners.push(listener);
}

/**
 * Forgets the token here and ends the session at the provider, which then returns to the console — or to
 * the board, when `returnTo` is BOARD.
 */
export async function signOut(returnTo) {
  const back = returnTo === BOARD ? BOARD : SIGNED_OUT;
  const stored = JSON.parse(sessionStorage.getItem(SESSION) || 'null');
  sessionStorage.removeItem(SESSION);
  let meta = null;
  try {
    meta = await metadata();
  } catch (e) {
    meta = null;
  }
  if (meta && meta.end_session_endpoint && stored && stored.idToken) {
    const query = new URLSearchParams({ id_token_hint: stored.idToken, client_id: CLIENT_ID,
      post_logout_redirect_uri: back });
    window.location.assign(meta.end_session_endpoint + '?' + query.toString());
  } else {
    window.location.assign(back);
  }
}
