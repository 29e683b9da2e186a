// You are here: the agencies a deployment can serve, their service deadlines, their limits on
// evidence files and how long they keep a concluded case. A deployment picks the ones it serves
// through the AGENCIES variable (default: bma-health).
import type { EvidenceLimits } from '../domain/evidence';

/** How an agency id is written: in requests, object keys and the catalogue below. */
export const AGENCY_ID = /^[a-z][a-z0-9-]{1,40}$/;

export interface Deadlines {
  /** Days after receipt by which the case is acknowledged to the reporter. */
  acknowledgeDays: number;
  /** Longest gap, in days, between progress notes to the reporter. */
  progressDays: number;
  /** Days after receipt by which a conclusion is targeted. */
  conclusionDays: number;
}

export interface Agency {
  id: string;
  nameTh: string;
  nameEn: string;
  /** The unit that looks after the channel, named on every page ("ดูแลโดย …"). */
  responsibleUnitTh?: string;
  deadlines: Deadlines;
  evidence: EvidenceLimits;
  /**
   * Whole years after a case concludes before retention destroys its text, messages, files and sealed
   * identity (Personal Data Protection Act 2019: kept no longer than the purpose needs).
   */
  retentionYears: number;
}

const standardDeadlines: Deadlines = { acknowledgeDays: 15, progressDays: 15, conclusionDays: 90 };

const standardEvidence: EvidenceLimits = {
  maxFiles: 5,
  maxBytes: 10 * 1024 * 1024,
  // Long enough for a 10 MB upload on a slow phone connection, short enough that a leaked form is useless.
  uploadSeconds: 15 * 60,
  downloadSeconds: 5 * 60,
};

export const AGENCY_CATALOGUE: readonly Agency[] = [
  {
    id: 'bma-health',
    nameTh: 'สำนักอนามัย กรุงเทพมหานคร',
    nameEn: 'Health Department, Bangkok Metropolitan Administration',
    responsibleUnitTh: 'สำนักงานเลขานุการ',
    deadlines: standardDeadlines,
    evidence: standardEvidence,
    retentionYears: 5,
  },
  {
    id: 'bma-medical',
    nameTh: 'สำนักการแพทย์ กรุงเทพมหานคร',
    nameEn: 'Medical Service Department, Bangkok Metropolitan Administration',
    responsibleUnitTh: 'สำนักงานเลขานุการ',
    deadlines: standardDeadlines,
    evidence: standardEvidence,
    retentionYears: 5,
  },
];
