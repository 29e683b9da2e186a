// You are here: the public's suggestions to the information centre (staff/suggestions.html), a
// period at a time, for an administrator to answer or hide. Suggestion text is whatever a stranger
// typed: it is only ever put on the page as text (textContent), never as HTML.
import { answerSuggestion, listSuggestions, type SuggestionView } from './api';
import {
  announce,
  byId,
  element,
  hideProblem,
  setFieldError,
  showProblem,
} from './form-ui';
import { INFO_CENTRE_BOUNDS, typedLength } from './labels';
import { SUGGESTION_STATUS_LABELS } from './information-centre-labels';
import { fillRegistryText } from './page-agency';
import { callApi, requireSession, showSignedInUser, type StaffSession } from './staff-session';
import { allowedHere, periodIdLabel, periodPage, staffProblem } from './staff-ui';
import { STAFF_WORDS } from './staff-words';
import { WORDS } from './words';

const SUGGESTION_WORDS = STAFF_WORDS.suggestions;

const session = requireSession();
if (session) start(session);

function start(session: StaffSession) {
  showSignedInUser(session.user);
  const pageProblem = byId('page-problem');
  if (!allowedHere(session.user, ['admin'], pageProblem, SUGGESTION_WORDS.what)) return;

  const list = byId('suggestion-list');
  const status = byId('suggestions-status');

  function show(data: { items: SuggestionView[] }, period: string, moveFocus: boolean) {
    // Newest first: the ones still waiting for an answer are usually the recent ones.
    const items = [...data.items].sort((a, b) => b.receivedOn.localeCompare(a.receivedOn) || a.id.localeCompare(b.id));
    list.replaceChildren(...items.map((item, index) => suggestionItem(item, index)));
    byId('suggestions-section').hidden = false;
    const waiting = items.filter((item) => item.status === 'new').length;
    const when = periodIdLabel(period);
    announce(status, items.length ? SUGGESTION_WORDS.count(when, items.length, waiting) : SUGGESTION_WORDS.none(when));
    if (moveFocus) status.focus();
  }

  function suggestionItem(suggestion: SuggestionView, index: number): HTMLLIElement {
    const item = element('li', 'suggestion');
    const header = element('p', 'suggestion__meta');
    const received = element('time', undefined, SUGGESTION_WORDS.receivedOn(WORDS.formatDay(suggestion.receivedOn)));
    received.dateTime = suggestion.receivedOn;
    const tag = element('span', '', '');
    header.append(received, ' ', tag);

    // Text, never HTML: anyone could have written it.
    const body = element('p', 'suggestion__text');
    fillRegistryText(body, suggestion.text);
    const hiddenBody = element('details', 'suggestion__hidden');
    hiddenBody.append(element('summary', undefined, SUGGESTION_WORDS.showHidden));

    const saved = element('div', 'suggestion__answer');
    const answerForm = element('form', 'suggestion__form');
    answerForm.noValidate = true;
    answerForm.autocomplete = 'off';
    const answerId = `answer-${index}`;
    const field = element('div', 'field');
    const label = Object.assign(element('label', undefined, SUGGESTION_WORDS.answer), { htmlFor: answerId });
    const textarea = Object.assign(element('textarea'), { id: answerId, name: answerId, rows: 3 });
    const hint = Object.assign(element('p', 'hint', SUGGESTION_WORDS.answerHint(INFO_CENTRE_BOUNDS.answer)), { id: `${answerId}-hint` });
    textarea.setAttribute('aria-describedby', hint.id);
    field.append(label, hint, textarea);
    const hide = element('div', 'checkbox');
    const hideInput = Object.assign(element('input'), { type: 'checkbox', id: `hide-${index}`, name: `hide-${index}` });
    hide.append(hideInput, Object.assign(element('label', undefined, SUGGESTION_WORDS.hide), { htmlFor: hideInput.id }));
    const button = element('button', 'button button--small', SUGGESTION_WORDS.saveAnswer);
    button.type = 'submit';
    const problem = element('div', 'notice notice--problem');
    problem.setAttribute('role', 'alert');
    problem.hidden = true;
    answerForm.append(problem, field, hide, button);

    function show(current: SuggestionView) {
      tag.className = `status-tag status-tag--suggestion-${current.status}`;
      tag.textContent = SUGGESTION_STATUS_LABELS[current.status];
      if (current.status === 'hidden') {
        hiddenBody.append(body);
        item.replaceChildren(header, hiddenBody, saved, answerForm);
      } else item.replaceChildren(header, body, saved, answerForm);
      saved.replaceChildren();
      if (current.answer) {
        const answer = element('p', 'suggestion__answer-text');
        fillRegistryText(answer, current.answer);
        saved.append(element('p', 'suggestion__answer-label', SUGGESTION_WORDS.savedAnswer), answer);
      }
      hideInput.checked = current.status === 'hidden';
    }
    show(suggestion);

    let sending = false;
    answerForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (sending) return;
      hideProblem(problem);
      const answer = textarea.value.normalize('NFC').trim();
      const error = !answer
        ? SUGGESTION_WORDS.answerRequired
        : typedLength(answer) > INFO_CENTRE_BOUNDS.answer
          ? SUGGESTION_WORDS.answerTooLong(INFO_CENTRE_BOUNDS.answer)
          : undefined;
      setFieldError(textarea, error);
      if (error) return textarea.focus();
      sending = true;
      button.disabled = true;
      const outcome = await callApi(session, (token) => answerSuggestion(token, suggestion.id, answer, hideInput.checked));
      sending = false;
      button.disabled = false;
      if (outcome.kind === 'signed-out') return;
      if (outcome.kind !== 'ok') return showProblem(problem, staffProblem(outcome, SUGGESTION_WORDS.pressAgain));
      suggestion = { ...suggestion, answer, status: outcome.data.status };
      textarea.value = '';
      show(suggestion);
      button.focus();
      announce(status, outcome.data.status === 'hidden' ? SUGGESTION_WORDS.answeredAndHidden : SUGGESTION_WORDS.answered);
    });
    return item;
  }

  periodPage({
    session,
    pageProblem,
    select: byId<HTMLSelectElement>('suggestions-period'),
    years: true,
    status,
    loadingText: SUGGESTION_WORDS.loading,
    retryText: SUGGESTION_WORDS.retry,
    fetch: listSuggestions,
    show,
  });
}
