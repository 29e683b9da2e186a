// You are here: who is signed in to the staff pages. The token lives in this tab's sessionStorage
// only: never in localStorage, a cookie or a URL, so closing the tab or signing out forgets it. Its
// claims are decoded (not verified) just to greet the person and to hide what their roles cannot
// do; API Gateway verifies the token and the use cases enforce every role and agency rule.
import { loadSiteConfig, readAgency, type ApiOutcome, type StaffRole } from './api';
import { byId } from './form-ui';
import { nameSlot } from './page-agency';
import { TRANSLATED_FOLDERS } from '../../shared/rules/languages';
import { ROLE_LABELS } from './staff-labels';
import { STAFF_HOME, STAFF_WORDS, staffHref } from './staff-words';

const MENU = STAFF_WORDS.shell.menu;

const TOKEN_KEY = 'integrity.staff.token';
const PKCE_KEY = 'integrity.staff.pkce';
const RETURN_KEY = 'integrity.staff.return';
const NOTICE_KEY = 'integrity.staff.notice';
const QUEUE_VIEW_KEY = 'integrity.staff.queue-view';
/** The console folder (/staff/, /en/staff/) a sign-in started from, kept across the hosted UI's round trip. */
const CONSOLE_KEY = 'integrity.staff.console';
/** Cognito's answer, handed from the Thai callback page to the callback page of the person's language. */
const CALLBACK_KEY = 'integrity.staff.callback';

export const SIGN_IN_PAGE = staffHref('index.html');
export const QUEUE_PAGE = staffHref('cases.html');

/** A token this close to expiry is treated as expired, so a request does not fail halfway. */
const EXPIRY_MARGIN_SECONDS = 30;

export const STAFF_ROLE_CODES = Object.keys(ROLE_LABELS) as StaffRole[];

export interface StaffUser {
  /** What to call the person: their name or e-mail when the identity provider gives one. */
  displayName: string;
  /** The token's subject: the member's staff id, which assignments name. */
  id?: string;
  roles: StaffRole[];
  agency: string;
  /** Seconds since the epoch. */
  expiresAt: number;
}

export interface StaffSession {
  token: string;
  user: StaffUser;
}

export const hasRole = (user: StaffUser, ...roles: StaffRole[]) => roles.some((role) => user.roles.includes(role));


// --- Reading a token --------------------------------------------------------------------------

function base64UrlDecode(value: string): Uint8Array {
  const base64 = value.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(value.length / 4) * 4, '=');
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}

function base64UrlEncode(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** The person a token describes, or undefined when it is not a staff token this page can use. */
export function userFromToken(token: string): StaffUser | undefined {
  try {
    const claims = JSON.parse(new TextDecoder().decode(base64UrlDecode(token.split('.')[1] ?? ''))) as Record<string, unknown>;
    const groups = claims['cognito:groups'];
    const roles = STAFF_ROLE_CODES.filter((role) => Array.isArray(groups) && groups.includes(role));
    const agency = text(claims['custom:agency']);
    const displayName = text(claims.name) ?? text(claims.email) ?? text(claims['cognito:username']) ?? text(claims.sub);
    const expiresAt = claims.exp;
    if (!agency || !displayName || typeof expiresAt !== 'number') return undefined;
    const id = text(claims.sub);
    return { displayName, ...(id ? { id } : {}), roles, agency, expiresAt };
  } catch {
    return undefined;
  }
}

// --- The session in this tab ------------------------------------------------------------------

/** The session of this tab, if its token is still usable. */
export function currentSession(): StaffSession | undefined {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const user = token ? userFromToken(token) : undefined;
  if (!token || !user || user.expiresAt - EXPIRY_MARGIN_SECONDS <= Date.now() / 1000) return undefined;
  return { token, user };
}

export function saveToken(token: string): StaffUser | undefined {
  const user = userFromToken(token);
  if (user) sessionStorage.setItem(TOKEN_KEY, token);
  return user;
}

function forgetEverything() {
  for (const key of [TOKEN_KEY, PKCE_KEY, RETURN_KEY, NOTICE_KEY, QUEUE_VIEW_KEY, CONSOLE_KEY, CALLBACK_KEY]) sessionStorage.removeItem(key);
}

type Notice = 'signed-out' | 'expired';

/** The one-time message the sign-in page shows after a sign-out or an expired session. */
export function takeNotice(): Notice | undefined {
  const notice = sessionStorage.getItem(NOTICE_KEY);
  sessionStorage.removeItem(NOTICE_KEY);
  return notice === 'signed-out' || notice === 'expired' ? notice : undefined;
}

/** Only a staff page of this site may be returned to, so the value cannot send anyone elsewhere. */
const isStaffPath = (path: string) => new RegExp(`^/(?:(?:${TRANSLATED_FOLDERS})/)?staff/[\\w.-]*(\\?[\\w=&%.-]*)?$`).test(path);

/** The same staff page in the console of another language: /staff/case.html?ref=X → /en/staff/case.html?ref=X. */
const inConsole = (path: string, home: string) => path.replace(new RegExp(`^/(?:(?:${TRANSLATED_FOLDERS})/)?staff/`), home);

/**
 * The console a sign-in started from: Cognito returns every sign-in to one registered address, the
 * Thai callback page, and the person continues in the language they chose. This page's own console
 * when no sign-in is under way.
 */
export function consoleOfSignIn(): string {
  const home = sessionStorage.getItem(CONSOLE_KEY);
  return home && isStaffPath(home) && home.endsWith('/staff/') ? home : STAFF_HOME;
}

/** The same, forgotten once read: the sign-in page shows the console of the language it was left from. */
export function takeConsoleOfSignIn(): string {
  const home = consoleOfSignIn();
  sessionStorage.removeItem(CONSOLE_KEY);
  return home;
}

/**
 * Where to go after signing in, in the console of the language the sign-in started from: the page
 * whose session ended, or the first page the person's roles open.
 */
export function takeReturnPath(): string {
  const path = sessionStorage.getItem(RETURN_KEY);
  sessionStorage.removeItem(RETURN_KEY);
  const home = takeConsoleOfSignIn();
  const wanted = path && isStaffPath(path) ? inConsole(path, home) : undefined;
  const signInPages = [`${home}index.html`, `${home}?`, `${home}callback.html`];
  if (wanted && wanted !== home && !signInPages.some((page) => wanted.startsWith(page))) return wanted;
  const user = currentSession()?.user;
  return inConsole(user ? homePageFor(user) : QUEUE_PAGE, home);
}

/** Moves Cognito's answer to the callback page of another console, in this tab's storage rather than in an address. */
export function handOffCallback(params: URLSearchParams, home: string) {
  sessionStorage.setItem(CALLBACK_KEY, params.toString());
  location.replace(`${home}callback.html`);
}

/** Cognito's answer as the address brought it, or as the Thai callback page handed it over. */
export function takeCallbackParams(search: string): URLSearchParams {
  const handed = sessionStorage.getItem(CALLBACK_KEY);
  sessionStorage.removeItem(CALLBACK_KEY);
  return new URLSearchParams(search || handed || '');
}

// --- The staff pages and who uses them --------------------------------------------------------

/**
 * Every staff page, in the order the menu lists them, with the roles whose work it is. The server
 * checks every call; the menu only spares people links that would tell them "not allowed".
 */
export const STAFF_PAGES: readonly { href: string; label: string; roles: readonly StaffRole[] }[] = [
  // Administrators reach a case's audit trail from the queue page.
  { href: QUEUE_PAGE, label: MENU.cases, roles: ['officer', 'supervisor', 'custodian', 'admin'] },
  { href: staffHref('audit.html'), label: MENU.audit, roles: ['custodian', 'admin'] },
  { href: staffHref('record.html'), label: MENU.record, roles: ['officer'] },
  { href: staffHref('indicators.html'), label: MENU.indicators, roles: ['executive', 'admin'] },
  // Executives only: the report holds survey comment themes, which administrators (who hand out the tokens) may not read.
  { href: staffHref('report.html'), label: MENU.report, roles: ['executive'] },
  { href: staffHref('survey-admin.html'), label: MENU.surveyAdmin, roles: ['executive', 'admin'] },
  { href: staffHref('registers.html'), label: MENU.registers, roles: ['admin'] },
  { href: staffHref('disclosures.html'), label: MENU.disclosures, roles: ['admin'] },
  { href: staffHref('service-log.html'), label: MENU.serviceLog, roles: ['admin'] },
  { href: staffHref('suggestions.html'), label: MENU.suggestions, roles: ['admin'] },
  { href: staffHref('agency.html'), label: MENU.agency, roles: ['admin'] },
  { href: staffHref('agencies.html'), label: MENU.agencies, roles: ['platform-admin'] },
  // Everyone who may be mailed about a case or a report chooses how.
  { href: staffHref('notifications.html'), label: MENU.notifications, roles: ['officer', 'supervisor', 'custodian', 'executive'] },
];

const pagesFor = (user: StaffUser) => STAFF_PAGES.filter((page) => hasRole(user, ...page.roles));

/** The first page a person's roles open; officers and custodians start at the queue, executives at the indicators. */
export const homePageFor = (user: StaffUser): string => pagesFor(user)[0]?.href ?? QUEUE_PAGE;

/** Fills the page's menu (an optional <nav id="staff-nav">) with the pages this person may use. */
function showStaffNav(user: StaffUser) {
  const nav = document.getElementById('staff-nav');
  const list = nav?.querySelector('ul');
  if (!nav || !list) return;
  const pages = pagesFor(user);
  // A menu with one entry, the page already open, would only be noise.
  if (pages.length < 2) return;
  list.replaceChildren(
    ...pages.map((page) => {
      const item = document.createElement('li');
      const link = Object.assign(document.createElement('a'), { href: page.href, textContent: page.label, className: 'staff-nav__link' });
      if (location.pathname === page.href) link.setAttribute('aria-current', 'page');
      item.append(link);
      return item;
    }),
  );
  nav.hidden = false;
}

/** Sends the person to sign in (again), to come back to this page afterwards. */
export function sessionEnded() {
  const hadToken = sessionStorage.getItem(TOKEN_KEY) !== null;
  forgetEverything();
  const here = `${location.pathname}${location.search}`;
  if (isStaffPath(here)) sessionStorage.setItem(RETURN_KEY, here);
  if (hadToken) sessionStorage.setItem(NOTICE_KEY, 'expired');
  location.replace(SIGN_IN_PAGE);
}

/** The session, or a trip to the sign-in page when there is none. */
export function requireSession(): StaffSession | undefined {
  const session = currentSession();
  if (!session) sessionEnded();
  return session;
}

export type StaffOutcome<T> = ApiOutcome<T> | { kind: 'signed-out' };

/** Calls a staff route; a 401 means the token is no longer accepted, so the person signs in again. */
export async function callApi<T>(session: StaffSession, call: (token: string) => Promise<ApiOutcome<T>>): Promise<StaffOutcome<T>> {
  const outcome = await call(session.token);
  if (outcome.kind === 'rejected' && outcome.status === 401) {
    sessionEnded();
    return { kind: 'signed-out' };
  }
  return outcome;
}

export async function signOut() {
  // Forget first: the token must be gone even if the settings never arrive.
  forgetEverything();
  sessionStorage.setItem(NOTICE_KEY, 'signed-out');
  const config = await loadSignInConfig();
  if (config?.kind === 'cognito') {
    // The hosted UI returns to one registered address, the Thai sign-in page, which sends the person on to this console.
    sessionStorage.setItem(CONSOLE_KEY, STAFF_HOME);
    // Also end the hosted UI's own session, or the next person at this computer would be signed in
    // without a password. Cognito only returns to a sign-out URL registered on the app client.
    const logout = new URL('/logout', config.domain);
    logout.search = new URLSearchParams({ client_id: config.clientId, logout_uri: config.logoutUri }).toString();
    location.assign(logout.toString());
    return;
  }
  location.assign(SIGN_IN_PAGE);
}

/** The queue's filters as its query string, so "back to the queue" from a case shows the same view. */
export function rememberQueueView(search: string) {
  sessionStorage.setItem(QUEUE_VIEW_KEY, search);
}

export function queueHref(): string {
  const href = `${QUEUE_PAGE}${sessionStorage.getItem(QUEUE_VIEW_KEY) ?? ''}`;
  return isStaffPath(href) ? href : QUEUE_PAGE;
}

// --- The header every signed-in page shares ---------------------------------------------------

export function showSignedInUser(user: StaffUser) {
  byId('staff-user-name').textContent = user.displayName;
  byId('staff-user-roles').textContent = user.roles.map((role) => ROLE_LABELS[role]).join(', ') || STAFF_WORDS.shell.noRoles;
  const agencyLabel = byId('staff-user-agency');
  agencyLabel.textContent = user.agency;
  // The registry names the agency; its id stands in until it answers (and if it cannot).
  void readAgency(user.agency).then((outcome) => {
    if (outcome.kind === 'ok') nameSlot(agencyLabel, outcome.data);
  });
  byId('staff-user').hidden = false;
  showStaffNav(user);
  // The same page in the other language shows the same case or period: the switch keeps the query.
  document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]').forEach((link) => (link.search = location.search));
  const button = byId<HTMLButtonElement>('sign-out');
  button.addEventListener('click', () => {
    button.disabled = true;
    void signOut();
  });
}

// --- How staff sign in here -------------------------------------------------------------------

export type SignInConfig =
  | { kind: 'local'; endpoint: string }
  | {
      kind: 'cognito';
      domain: string;
      clientId: string;
      redirectUri: string;
      /** Where the hosted UI returns after signing out; it must be a sign-out URL of the app client. */
      logoutUri: string;
    };

function httpsOrigin(value: unknown): string | undefined {
  try {
    const url = new URL(String(value));
    return url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

function isThisSite(value: string): boolean {
  try {
    return new URL(value).origin === location.origin;
  } catch {
    return false;
  }
}

/** Reads /config.json; anything unexpected counts as "no sign-in available" rather than a guess. */
export async function loadSignInConfig(): Promise<SignInConfig | undefined> {
  const outcome = await loadSiteConfig();
  if (outcome.kind !== 'ok') return undefined;
  const signIn = (outcome.data as { staffSignIn?: Record<string, unknown> } | null)?.staffSignIn;
  if (signIn?.kind === 'local' && typeof signIn.endpoint === 'string' && /^\/(?!\/)/.test(signIn.endpoint)) {
    return { kind: 'local', endpoint: signIn.endpoint };
  }
  if (signIn?.kind === 'cognito') {
    const domain = httpsOrigin(signIn.domain);
    const clientId = text(signIn.clientId);
    const redirectUri = typeof signIn.redirectUri === 'string' ? signIn.redirectUri : '';
    const logoutUri = typeof signIn.logoutUri === 'string' ? signIn.logoutUri : `${location.origin}/staff/`;
    // Both come back to this site only: a redirect elsewhere would hand the code to a stranger.
    if (domain && clientId && isThisSite(redirectUri) && isThisSite(logoutUri)) return { kind: 'cognito', domain, clientId, redirectUri, logoutUri };
  }
  return undefined;
}

type CognitoConfig = Extract<SignInConfig, { kind: 'cognito' }>;

/**
 * Cognito's hosted UI, authorization code with PKCE (S256). The verifier waits in sessionStorage
 * for the round trip only; the callback page takes it out before anything else.
 */
export async function startCognitoSignIn(config: CognitoConfig) {
  const verifier = base64UrlEncode(crypto.getRandomValues(new Uint8Array(32)));
  const state = base64UrlEncode(crypto.getRandomValues(new Uint8Array(16)));
  const challenge = base64UrlEncode(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
  sessionStorage.setItem(PKCE_KEY, JSON.stringify({ verifier, state }));
  sessionStorage.setItem(CONSOLE_KEY, STAFF_HOME);
  const authorize = new URL('/oauth2/authorize', config.domain);
  authorize.search = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    scope: 'openid email profile',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  location.assign(authorize.toString());
}

export type CallbackResult = { kind: 'ok'; user: StaffUser } | { kind: 'refused' } | { kind: 'unreachable' };

/** Exchanges the code for tokens and keeps the ID token: it carries cognito:groups and custom:agency. */
export async function finishCognitoSignIn(config: CognitoConfig, params: URLSearchParams): Promise<CallbackResult> {
  const stored = sessionStorage.getItem(PKCE_KEY);
  sessionStorage.removeItem(PKCE_KEY);
  let pkce: { verifier?: unknown; state?: unknown } = {};
  try {
    pkce = stored ? (JSON.parse(stored) as typeof pkce) : {};
  } catch {
    pkce = {};
  }
  const code = params.get('code');
  // The state ties this answer to a sign-in this tab started; anything else is refused.
  if (!code || typeof pkce.verifier !== 'string' || typeof pkce.state !== 'string' || params.get('state') !== pkce.state) {
    return { kind: 'refused' };
  }
  let response: Response;
  try {
    response = await fetch(new URL('/oauth2/token', config.domain), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: config.clientId,
        code,
        redirect_uri: config.redirectUri,
        code_verifier: pkce.verifier,
      }),
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
  } catch {
    return { kind: 'unreachable' };
  }
  if (!response.ok) return response.status >= 500 ? { kind: 'unreachable' } : { kind: 'refused' };
  const tokens = (await response.json().catch(() => undefined)) as { id_token?: unknown } | undefined;
  const user = typeof tokens?.id_token === 'string' ? saveToken(tokens.id_token) : undefined;
  return user ? { kind: 'ok', user } : { kind: 'refused' };
}
