// You are here: the agencies a deployment can serve and their service deadlines. A deployment picks
// the ones it serves through the AGENCIES variable (default: bma-health).

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
  deadlines: Deadlines;
}

const standardDeadlines: Deadlines = { acknowledgeDays: 15, progressDays: 15, conclusionDays: 90 };

export const AGENCY_CATALOGUE: readonly Agency[] = [
  {
    id: 'bma-health',
    nameTh: 'สำนักอนามัย กรุงเทพมหานคร',
    nameEn: 'Health Department, Bangkok Metropolitan Administration',
    deadlines: standardDeadlines,
  },
  {
    id: 'bma-medical',
    nameTh: 'สำนักการแพทย์ กรุงเทพมหานคร',
    nameEn: 'Medical Service Department, Bangkok Metropolitan Administration',
    deadlines: standardDeadlines,
  },
];
