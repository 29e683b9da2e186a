// You are here: an executive's approval of a quarter's report, and the port that keeps it. An agency
// that publishes only after approval (Agency.publishAfterApproval) has its quarter prepared by the
// quarterly job, which records that the report awaits sign-off (the record its executives are told
// of, once); the approval, with the executive's analysis of problems and remedies, is written once
// and publishes the quarter with the approval's date and analysis beside the figures.
import type { AuditEntry } from './ports';

/** Longest analysis an executive may write: a page or two of A4, well inside one item of the table. */
export const MAX_ANALYSIS_CHARACTERS = 4000;

export interface ReportApproval {
  agency: string;
  /** A quarter, such as 2570-Q1. */
  period: string;
  /** The executive's subject. */
  approvedBy: string;
  /** The instant (ISO-8601 UTC); shown as its Bangkok day. */
  approvedAt: string;
  /** The executive's analysis of problems and remedies, published with the statistics. */
  analysis: string;
}

export interface ReportApprovals {
  /**
   * Records that the agency's quarter is prepared and awaits an executive's sign-off. Only the first
   * call writes (true); a repeated job writes nothing (false), so the executives are told once.
   */
  markAwaiting(agency: string, period: string, at: string): Promise<boolean>;
  /** The quarter's approval, read strongly consistent, or undefined. */
  approval(agency: string, period: string): Promise<ReportApproval | undefined>;
  /**
   * Writes the approval and its audit entry together, once per agency and quarter: when one is there
   * already, nothing is written and the existing approval is given back.
   */
  approve(approval: ReportApproval, audit: AuditEntry): Promise<{ created: true } | { created: false; existing: ReportApproval }>;
}
