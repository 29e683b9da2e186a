// You are here: the pieces the staff pages share to show a case: dates, the next deadline, and the
// overdue flags, which always say in words what is late (colour and the icon only repeat it).
import type { OverdueFlags, Status } from './api';
import { formatDateTime, OVERDUE_LABELS } from './labels';

export const timeElement = (iso: string) => Object.assign(document.createElement('time'), { dateTime: iso, textContent: formatDateTime(iso) });

export const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, textContent?: string) =>
  Object.assign(document.createElement(tag), { ...(className ? { className } : {}), ...(textContent !== undefined ? { textContent } : {}) });

export const isOverdue = (flags: OverdueFlags) => flags.acknowledgement || flags.progress || flags.conclusion;

/** One flag per missed deadline, as a list so a screen reader counts them. */
export function overdueFlags(flags: OverdueFlags): HTMLUListElement | undefined {
  const missed = (Object.keys(OVERDUE_LABELS) as (keyof OverdueFlags)[]).filter((kind) => flags[kind]);
  if (!missed.length) return undefined;
  const list = element('ul', 'flags');
  for (const kind of missed) {
    const item = element('li', 'flag');
    const icon = element('span', 'flag__icon', '!');
    icon.setAttribute('aria-hidden', 'true');
    item.append(icon, OVERDUE_LABELS[kind]);
    list.append(item);
  }
  return list;
}

interface Deadlines {
  status: Status;
  acknowledgeBy: string;
  nextUpdateBy?: string;
  concludeBy: string;
}

/** The promise that falls due first for a case in this status; none once it is concluded. */
export function nextDeadline(deadlines: Deadlines): { label: string; at: string } | undefined {
  if (deadlines.status === 'received') return { label: 'ตอบรับภายใน', at: deadlines.acknowledgeBy };
  if (deadlines.status === 'referred' || deadlines.status === 'closed') return undefined;
  const conclude = { label: 'สรุปผลภายใน', at: deadlines.concludeBy };
  if (!deadlines.nextUpdateBy) return conclude;
  return Date.parse(deadlines.nextUpdateBy) <= Date.parse(deadlines.concludeBy) ? { label: 'แจ้งความคืบหน้าภายใน', at: deadlines.nextUpdateBy } : conclude;
}
