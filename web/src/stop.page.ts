// You are here: the page a news e-mail's stop link opens (stop.html#<token>). The token is in the
// fragment, which the browser never sends to a server, so it is in no access log; the page takes it
// out of the address bar and history at once, and sends it in a POST body when the reporter presses
// the button (a mail scanner that follows links stops nothing).
import { STOP_TOKEN_PATTERN } from '../../shared/rules/stop-token';
import { stopNews } from './api';
import { announce, byId, showProblem } from './form-ui';
import { WORDS } from './words';

const token = location.hash.slice(1);
history.replaceState(null, '', location.pathname);

const ready = byId('stop-ready');
const form = byId<HTMLFormElement>('stop-form');
const button = byId<HTMLButtonElement>('stop-button');
const done = byId('stop-done');
const problem = byId('stop-problem');
const status = byId('stop-status');

if (!STOP_TOKEN_PATTERN.test(token)) {
  showProblem(problem, WORDS.stop.incomplete);
} else {
  ready.hidden = false;
  button.disabled = false;
  // The language switch carries the token in its fragment, so a reporter who reads the page in another
  // language keeps a working link; it stays out of the address bar and history there too.
  document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]').forEach((link) => (link.hash = token));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    button.disabled = true;
    announce(status, WORDS.stop.stopping);
    void stopNews(token).then((outcome) => {
      if (outcome.kind === 'ok') {
        ready.hidden = true;
        done.hidden = false;
        done.focus();
        return;
      }
      button.disabled = false;
      showProblem(problem, outcome.kind === 'unavailable' ? WORDS.stop.unreachable : WORDS.stop.invalid);
    });
  });
}
