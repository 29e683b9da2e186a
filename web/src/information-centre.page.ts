// You are here: the information centre (information-centre.html): its active contact channels from
// the register, and the suggestion form. A suggestion is sent once per fill (one Idempotency-Key
// reused on retry) and is never shown back: the thank-you says only when it was received.
import { fillRegistryText } from './page-agency';
import { WORDS } from './words';
import { PHONE_PATTERN } from '../../shared/rules/contact';
import { listPublicChannels, newIdempotencyKey, sendSuggestion, type PublicChannel } from './api';
import { pageAgencyId } from './page-agency';
import {
  announce,
  attachCounter,
  byId,
  element,
  hideProblem,
  readyToSubmit,
  setFieldError,
  showProblem,
} from './form-ui';
import { INFO_CENTRE_BOUNDS, safeHttpsUrl, typedLength } from './labels';
import { CHANNEL_KIND_LABELS } from './information-centre-labels';

const CENTRE_WORDS = WORDS.informationCentre;

void showChannels();

// --- Channels ---------------------------------------------------------------------------------

async function showChannels() {
  const outcome = await listPublicChannels(pageAgencyId());
  byId('channels-loading').hidden = true;
  if (outcome.kind !== 'ok') {
    return showProblem(byId('channels-problem'), CENTRE_WORDS.channelsUnreachable);
  }
  const list = byId('channel-list');
  list.replaceChildren(...outcome.data.items.map(channelItem));
  list.hidden = outcome.data.items.length === 0;
  byId('channels-empty').hidden = outcome.data.items.length > 0;
}

/** The contact as something to act on: a phone number to call, an https link to open, or plain text. */
function contactOf(channel: PublicChannel): Node {
  const url = safeHttpsUrl(channel.contact);
  if (url) {
    const link = element('a', 'channel__contact', channel.contact);
    link.href = url;
    link.rel = 'noopener noreferrer';
    return link;
  }
  if (PHONE_PATTERN.test(channel.contact)) {
    const link = element('a', 'channel__contact', channel.contact);
    link.href = `tel:${channel.contact.replace(/[\s-]/g, '')}`;
    return link;
  }
  const text = element('span', 'channel__contact');
  fillRegistryText(text, channel.contact);
  return text;
}

function channelItem(channel: PublicChannel): HTMLLIElement {
  const item = element('li', 'channel');
  const kind = element('p', 'channel__kind', CHANNEL_KIND_LABELS[channel.kind]);
  // The agency wrote its channels in Thai; an English page shows them as written, marked so.
  const name = element('p', 'channel__name');
  fillRegistryText(name, channel.name);
  const contact = element('p', 'channel__how');
  contact.append(contactOf(channel));
  item.append(kind, name, contact);
  return item;
}

// --- Suggestions ------------------------------------------------------------------------------

const form = byId<HTMLFormElement>('suggestion-form');
const textInput = byId<HTMLTextAreaElement>('suggestion-text');
const submitButton = byId<HTMLButtonElement>('suggestion-submit');
const problem = byId('suggestion-problem');
const status = byId('suggestion-status');
const thanks = byId('suggestion-thanks');
const updateCounter = attachCounter(textInput, INFO_CENTRE_BOUNDS.suggestion);

// A message about the text goes as soon as the text is fine, so it never contradicts what is typed.
textInput.addEventListener('input', () => {
  if (!document.getElementById(`${textInput.id}-error`)) return;
  const used = typedLength(textInput.value.normalize('NFC').trim());
  if (used > 0 && used <= INFO_CENTRE_BOUNDS.suggestion) setFieldError(textInput);
});

/** One key per suggestion being written: every retry of it carries the same key, so it is kept once. */
let idempotencyKey = newIdempotencyKey();
let sending = false;

form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!sending) void submit();
});
readyToSubmit(form);

async function submit() {
  hideProblem(problem);
  const text = textInput.value.normalize('NFC').trim();
  const error = !text
    ? CENTRE_WORDS.empty
    : typedLength(text) > INFO_CENTRE_BOUNDS.suggestion
      ? CENTRE_WORDS.tooLong(INFO_CENTRE_BOUNDS.suggestion)
      : undefined;
  setFieldError(textInput, error);
  if (error) return textInput.focus();

  sending = true;
  submitButton.disabled = true;
  submitButton.textContent = CENTRE_WORDS.sendingButton;
  announce(status, CENTRE_WORDS.sending);
  const outcome = await sendSuggestion(text, idempotencyKey, pageAgencyId());
  sending = false;
  submitButton.disabled = false;
  submitButton.textContent = CENTRE_WORDS.send;

  if (outcome.kind === 'ok') return showThanks(outcome.data.receivedOn, false);
  announce(status, '');
  if (outcome.kind === 'unavailable') {
    return showProblem(problem, CENTRE_WORDS.unreachable);
  }
  // The key already carried an earlier version of this suggestion, which the centre did receive.
  if (outcome.status === 400 && outcome.fields['Idempotency-Key']) return showThanks(undefined, true);
  if (outcome.status === 400 && outcome.fields.text) {
    return setFieldError(textInput, /at most/i.test(outcome.fields.text) ? CENTRE_WORDS.tooLong(INFO_CENTRE_BOUNDS.suggestion) : CENTRE_WORDS.empty);
  }
  showProblem(problem, CENTRE_WORDS.refused);
}

function showThanks(receivedOn: string | undefined, earlier: boolean) {
  // What was typed leaves the page: the thank-you never repeats it.
  form.reset();
  updateCounter();
  form.hidden = true;
  byId('suggestion-thanks-text').textContent = earlier
    ? CENTRE_WORDS.earlier
    : CENTRE_WORDS.received(WORDS.formatDay(receivedOn!));
  thanks.hidden = false;
  thanks.focus();
  announce(status, CENTRE_WORDS.sent);
}

byId('suggestion-again').addEventListener('click', () => {
  idempotencyKey = newIdempotencyKey();
  thanks.hidden = true;
  form.hidden = false;
  textInput.focus();
});
