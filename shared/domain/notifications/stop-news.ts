// You are here: the one-click stop of a reporter's news (POST /api/notifications/stop, from the page
// the stop link opens). The token names no case: its hash finds the case, whose sealed address is then
// removed, so nothing is mailed again and the address is gone. Stopping twice, and stopping with a
// token no case has, give the same answer as stopping: the answer tells nothing about any case, and a
// reporter who clicks again sees it worked.
import type { ComplaintRepository } from '../ports';
import { stopTokenHash } from './reporter-contact';

export function stopNews(deps: { complaints: Pick<ComplaintRepository, 'stopNews'> }) {
  return async (token: string): Promise<{ stopped: true }> => {
    await deps.complaints.stopNews(stopTokenHash(token));
    return { stopped: true };
  };
}
