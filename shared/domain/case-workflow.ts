// You are here: the rules of a case's life. Statuses move one way along
// received → acknowledged → investigating → referred | closed, and the agency's deadlines say when
// the reporter may next expect to hear something.
import type { Agency } from './agencies';
import { endOfBangkokDayAfter } from './calendar';
import { OUTCOMES, type Outcome, type Status } from './complaint';
import { ConflictError, ValidationError } from './errors';

export const NEXT_STATUSES: Readonly<Record<Status, readonly Status[]>> = {
  received: ['acknowledged'],
  acknowledged: ['investigating'],
  investigating: ['referred', 'closed'],
  referred: [],
  closed: [],
};

export const isConcluded = (status: Status) => status === 'referred' || status === 'closed';

export function checkTransition(from: Status, to: Status, outcome: Outcome | undefined) {
  if (!NEXT_STATUSES[from].includes(to)) {
    throw new ConflictError(`A case that is ${from} cannot become ${to}`);
  }
  if (to === 'closed' && !outcome) {
    throw new ValidationError('Closing a case needs an outcome', { outcome: `required when closing: one of ${OUTCOMES.join(', ')}` });
  }
  if (to !== 'closed' && outcome) {
    throw new ValidationError('Only a closed case has an outcome', { outcome: 'only allowed when closing' });
  }
}

/** When the reporter may next expect news: the acknowledgement, then a progress note every few days. */
export function nextUpdateBy(status: Status, acknowledgeBy: string, lastUpdateAt: Date, agency: Agency): string | undefined {
  if (status === 'received') return acknowledgeBy;
  if (isConcluded(status)) return undefined;
  return endOfBangkokDayAfter(lastUpdateAt, agency.deadlines.progressDays).toISOString();
}

export interface OverdueFlags {
  acknowledgement: boolean;
  progress: boolean;
  conclusion: boolean;
}

export function overdueFlags(
  summary: { status: Status; acknowledgeBy: string; nextUpdateBy?: string; concludeBy: string },
  now: Date,
): OverdueFlags {
  const past = (instant?: string) => instant !== undefined && Date.parse(instant) < now.getTime();
  return {
    acknowledgement: summary.status === 'received' && past(summary.acknowledgeBy),
    progress: summary.status !== 'received' && !isConcluded(summary.status) && past(summary.nextUpdateBy),
    conclusion: !isConcluded(summary.status) && past(summary.concludeBy),
  };
}

export const isOverdue = (flags: OverdueFlags) => flags.acknowledgement || flags.progress || flags.conclusion;

/** Timeline events and messages in the order they happened. */
export const inTimeOrder = <T extends { at: string }>(items: readonly T[]) => [...items].sort((a, b) => a.at.localeCompare(b.at));
