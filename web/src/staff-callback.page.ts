// You are here: where Cognito's hosted UI returns staff (staff/callback.html). The one-time code is
// taken off the address bar at once, exchanged with the PKCE verifier this tab kept, and the person
// continues to the page they were headed for. Cognito knows one address, the Thai page: a sign-in
// started on an English page is handed to /en/staff/callback.html, which finishes it in English.
import { byId, showProblem } from './form-ui';
import { consoleOfSignIn, finishCognitoSignIn, handOffCallback, loadSignInConfig, takeCallbackParams, takeReturnPath } from './staff-session';
import { STAFF_HOME, STAFF_WORDS } from './staff-words';

const WORDS = STAFF_WORDS.callback;

const params = takeCallbackParams(location.search);
// The code is single-use and bound to the verifier, but it still should not linger in history.
history.replaceState(null, '', location.pathname);

const home = consoleOfSignIn();
if (home !== STAFF_HOME) handOffCallback(params, home);
else void finish();

async function finish() {
  const problem = byId('callback-problem');
  const fail = (message: string) => {
    byId('callback-status').textContent = '';
    showProblem(problem, message);
    byId('callback-retry').hidden = false;
  };
  if (params.has('error')) return fail(WORDS.cancelled);
  const config = await loadSignInConfig();
  if (config?.kind !== 'cognito') return fail(WORDS.noConfig);
  const result = await finishCognitoSignIn(config, params);
  if (result.kind === 'ok') return location.replace(takeReturnPath());
  fail(result.kind === 'unreachable' ? WORDS.unreachable : WORDS.refused);
}
