// You are here: the published knowledge topics (knowledge.html), newest first. Links go only to
// https addresses and open without telling the other site where the reader came from.
import { listPublicTopics, type PublicTopic } from './api';
import { pageAgencyId } from './page-agency';
import { byId, element, showProblem } from './form-ui';
import { formatNumber, safeHttpsUrl, thaiDay } from './labels';
import { MEDIA_TYPE_LABELS } from './information-centre-labels';

void start();

async function start() {
  const outcome = await listPublicTopics(pageAgencyId());
  byId('topics-loading').hidden = true;
  if (outcome.kind !== 'ok') {
    return showProblem(byId('topics-problem'), 'โหลดองค์ความรู้ไม่สำเร็จ เพราะติดต่อระบบไม่ได้ โปรดตรวจสอบการเชื่อมต่ออินเทอร์เน็ต แล้วโหลดหน้านี้อีกครั้ง');
  }
  // The server sorts already; sorting again keeps "newest first" true whatever order arrives.
  const topics = [...outcome.data.items].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn));
  const list = byId('topic-list');
  list.replaceChildren(...topics.map(topicCard));
  list.hidden = topics.length === 0;
  byId('topics-empty').hidden = topics.length > 0;
  const count = byId('topics-count');
  count.textContent = `ทั้งหมด ${formatNumber(topics.length)} เรื่อง`;
  count.hidden = topics.length === 0;
}

function topicCard(topic: PublicTopic): HTMLLIElement {
  const item = element('li', 'card');
  const heading = element('h2', 'card__title', topic.title);
  const meta = element('p', 'card__tags');
  const published = element('time', 'card__date', `เผยแพร่เมื่อ ${thaiDay(topic.publishedOn)}`);
  published.dateTime = topic.publishedOn;
  meta.append(element('span', `tag tag--media`, MEDIA_TYPE_LABELS[topic.mediaType]), published);
  item.append(heading, meta, element('p', 'card__text', topic.summary), element('p', 'card__source', `ช่องทางที่เผยแพร่: ${topic.channel}`));
  const url = safeHttpsUrl(topic.link);
  if (url) {
    const link = element('a', 'card__link', `เปิดดู “${topic.title}”`);
    link.href = url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.append(element('span', 'visually-hidden', ' (เปิดในแท็บใหม่ ไปยังเว็บไซต์ภายนอก)'));
    const line = element('p');
    line.append(link);
    item.append(line);
  }
  return item;
}
