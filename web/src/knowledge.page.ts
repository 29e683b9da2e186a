// You are here: the published knowledge topics (knowledge.html), newest first. Links go only to
// https addresses and open without telling the other site where the reader came from.
import { fillRegistryText } from './page-agency';
import { LANGUAGE, WORDS } from './words';
import { listPublicTopics, type PublicTopic } from './api';
import { pageAgencyId } from './page-agency';
import { byId, element, showProblem } from './form-ui';
import { safeHttpsUrl } from './labels';
import { MEDIA_TYPE_LABELS } from './information-centre-labels';

void start();

async function start() {
  const outcome = await listPublicTopics(pageAgencyId());
  byId('topics-loading').hidden = true;
  if (outcome.kind !== 'ok') {
    return showProblem(byId('topics-problem'), WORDS.knowledge.unreachable);
  }
  // The server sorts already; sorting again keeps "newest first" true whatever order arrives.
  const topics = [...outcome.data.items].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn));
  const list = byId('topic-list');
  list.replaceChildren(...topics.map(topicCard));
  list.hidden = topics.length === 0;
  byId('topics-empty').hidden = topics.length > 0;
  const count = byId('topics-count');
  count.textContent = WORDS.knowledge.count(topics.length);
  count.hidden = topics.length === 0;
}

function topicCard(topic: PublicTopic): HTMLLIElement {
  const item = element('li', 'card');
  // What the agency published is shown as it wrote it; on an English page, Thai text is marked so.
  const heading = element('h2', 'card__title');
  fillRegistryText(heading, topic.title);
  const meta = element('p', 'card__tags');
  const published = element('time', 'card__date', WORDS.knowledge.publishedOn(WORDS.formatDay(topic.publishedOn)));
  published.dateTime = topic.publishedOn;
  meta.append(element('span', `tag tag--media`, MEDIA_TYPE_LABELS[topic.mediaType]), published);
  const summary = element('p', 'card__text');
  fillRegistryText(summary, topic.summary);
  const source = element('p', 'card__source', WORDS.knowledge.source(''));
  source.append(Object.assign(element('span'), { textContent: '' }));
  fillRegistryText(source.lastElementChild!, topic.channel);
  item.append(heading, meta, summary, source);
  const url = safeHttpsUrl(topic.link);
  if (url) {
    const link = element('a', 'card__link', WORDS.knowledge.open(topic.title));
    if (/[\u0E00-\u0E7F]/.test(topic.title) && LANGUAGE !== 'th') link.lang = 'th';
    link.href = url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.append(element('span', 'visually-hidden', WORDS.knowledge.newTab));
    const line = element('p');
    line.append(link);
    item.append(line);
  }
  return item;
}
