// You are here: the executive report (plan 4.3.2 step 5, 2.1.1 step 5): the published numbers plus
// what only staff may see: overdue cases and their ages, deadline compliance, and the themes of the
// survey comments. Reading, acknowledging and approving it are audited and show on the report. The
// approval (an executive's sign-off with an analysis of problems and remedies) is given once per
// agency and quarter and publishes the quarter through the same path as the quarterly job.
import { agencySettings, publishesAfterApproval } from '../agencies';
import { isOverdue, overdueFlags } from '../case-workflow';
import { parsePeriod } from '../fiscal';
import type { StatisticsDocument } from '../publication/document';
import type { AuditEntry } from '../ports';
import { actingRole, type StaffPrincipal, type StaffRole } from '../staff';
import { currentInstrument, SURVEY_IDS } from '../surveys/instrument';
import { ConflictError, DependencyUnavailableError, ValidationError } from '../errors';
import type { ReportApproval } from '../report-approvals';
import { auditEntry } from '../audit';
import { computeDocuments, endedQuarter, publishStatistics } from './publish-statistics';
import type { CaseDeps, PublicationDeps } from './deps';

export const REPORT_ROLES = { read: ['executive'], publish: ['admin'] } as const satisfies Record<string, readonly StaffRole[]>;

/** Keyword themes for survey comments: a plain count executives can read, never the comments' authors. */
export const COMMENT_THEMES: readonly { id: string; labelTh: string; keywords: readonly string[] }[] = [
  { id: 'timeliness', labelTh: 'ความรวดเร็ว / ความล่าช้า', keywords: ['ช้า', 'ล่าช้า', 'รอนาน', 'รวดเร็ว', 'เร็ว'] },
  { id: 'information', labelTh: 'ความครบถ้วนและถูกต้องของข้อมูล', keywords: ['ข้อมูล', 'ไม่ครบ', 'ไม่ถูกต้อง', 'ไม่อัปเดต', 'ล้าสมัย'] },
  { id: 'service', labelTh: 'การให้บริการของเจ้าหน้าที่', keywords: ['เจ้าหน้าที่', 'บริการ', 'สุภาพ', 'ไม่สุภาพ', 'ใจดี'] },
  { id: 'access', labelTh: 'ช่องทางและการเข้าถึง', keywords: ['เว็บไซต์', 'ช่องทาง', 'โทรศัพท์', 'ติดต่อ', 'เข้าถึง'] },
  { id: 'fairness', labelTh: 'ความเป็นธรรมและความโปร่งใส', keywords: ['เป็นธรรม', 'โปร่งใส', 'เลือกปฏิบัติ', 'เส้นสาย'] },
];

const MAX_OVERDUE_LISTED = 200;
const DAY_MS = 86_400_000;

function commentThemes(comments: string[]) {
  const counts = COMMENT_THEMES.map((theme) => ({ id: theme.id, labelTh: theme.labelTh, count: comments.filter((comment) => theme.keywords.some((word) => comment.includes(word))).length }));
  const unthemed = comments.filter((comment) => !COMMENT_THEMES.some((theme) => theme.keywords.some((word) => comment.includes(word)))).length;
  return { total: comments.length, themes: counts, unthemed };
}

export interface ExecutiveReport {
  generatedAt: string;
  documents: StatisticsDocument[];
  overdue: { total: number; listed: { reference: string; category: string; status: string; receivedAt: string; ageDays: number; flags: string[] }[] };
  surveyComments: { surveyId: string; title: string; total: number; themes: { id: string; labelTh: string; count: number }[]; unthemed: number }[];
  acknowledgements: Pick<AuditEntry, 'actor' | 'at' | 'reason'>[];
  /** The quarter's approval, once given. */
  approval?: ReportApproval;
  /** Whether the agency's statistics wait for this approval before they are published. */
  publishAfterApproval: boolean;
}

export function executiveReport(deps: CaseDeps & PublicationDeps) {
  return async (principal: StaffPrincipal, periodId: string): Promise<ExecutiveReport> => {
    const role = actingRole(principal, REPORT_ROLES.read);
    const quarter = parsePeriod(periodId);
    if (quarter.kind !== 'quarter') throw new ValidationError('Reports are per quarter', { period: 'write a quarter like 2570-Q1' });
    const agency = await agencySettings(deps.agencies, principal.agency);
    const now = deps.clock.now();
    const computed = await computeDocuments(deps, agency, quarter);
    const documents = [computed.quarters.at(-1)!, computed.year];

    // Only the cases the executive may see are listed and counted (shared/domain/case-visibility.ts):
    // a total that counted hidden cases would tell of them by its difference from the lines.
    const overdue: ExecutiveReport['overdue'] = { total: 0, listed: [] };
    let cursor: string | undefined;
    do {
      const page = await deps.complaints.listByAgency(principal, { limit: 100, ...(cursor ? { cursor } : {}) });
      for (const summary of page.items) {
        const flags = overdueFlags(summary, now);
        if (!isOverdue(flags)) continue;
        overdue.total += 1;
        if (overdue.listed.length < MAX_OVERDUE_LISTED) {
          overdue.listed.push({
            reference: summary.reference,
            category: summary.category,
            status: summary.status,
            receivedAt: summary.receivedAt,
            ageDays: Math.floor((now.getTime() - Date.parse(summary.receivedAt)) / DAY_MS),
            flags: Object.entries(flags).flatMap(([flag, on]) => (on ? [flag] : [])),
          });
        }
      }
      cursor = page.cursor;
    } while (cursor);
    overdue.listed.sort((a, b) => b.ageDays - a.ageDays);

    const surveyComments = await Promise.all(
      SURVEY_IDS.map(async (surveyId) => {
        const responses = await deps.surveys.listResponses(surveyId, agency.id, quarter.firstDay, quarter.lastDay);
        // A reporter survey's comments follow the survey rules: an ended quarter with enough answers, or
        // nothing (a comment counted the day after a case concluded would point at that case).
        const reporters = currentInstrument(surveyId)!.audience === 'reporter';
        const released = !reporters || (now > quarter.end && responses.length >= deps.config.surveyMinimumResponses);
        const comments = released ? responses.flatMap((response) => (response.comment ? [response.comment] : [])) : [];
        return { surveyId, title: currentInstrument(surveyId)!.title, ...commentThemes(comments) };
      }),
    );

    await deps.audit.append(auditEntry(deps, principal, role, 'report.read', { agency: agency.id, report: quarter.id }));
    const acknowledgements = (await deps.audit.list({ agency: agency.id, report: quarter.id }))
      .filter((entry) => entry.action === 'report.acknowledge')
      .map(({ actor, at, reason }) => ({ actor, at, ...(reason ? { reason } : {}) }));
    const approval = await deps.reportApprovals.approval(agency.id, quarter.id);
    return { generatedAt: now.toISOString(), documents, overdue, surveyComments, acknowledgements, ...(approval ? { approval } : {}), publishAfterApproval: publishesAfterApproval(agency) };
  };
}

export function acknowledgeReport(deps: CaseDeps) {
  return async (principal: StaffPrincipal, periodId: string, note?: string) => {
    const role = actingRole(principal, REPORT_ROLES.read);
    const quarter = parsePeriod(periodId);
    const entry = auditEntry(deps, principal, role, 'report.acknowledge', { report: quarter.id, ...(note ? { reason: note } : {}) });
    await deps.audit.append(entry);
    return { period: quarter.id, acknowledgedBy: principal.id, at: entry.at };
  };
}

export interface ApprovalOutcome {
  approval: ReportApproval;
  /** False when the quarter was approved before by the same executive with the same analysis: a retry, nothing new recorded. */
  created: boolean;
}

/**
 * An executive signs the quarter's report off with an analysis of problems and remedies. The approval
 * and its audit entry are written once per agency and quarter; the quarter is then published for the
 * executive's agency (the same job as the quarterly schedule's, and the index of /stats/ after it).
 * A retry (the same executive, the same analysis) records nothing and publishes again, which writes
 * nothing once done, so a publication that failed after the approval is completed by the retry.
 * Anyone else approving an approved quarter is refused (409): there is one approval.
 */
export function approveReport(deps: CaseDeps & PublicationDeps) {
  const publish = publishStatistics(deps);
  return async (principal: StaffPrincipal, periodId: string, analysis: string): Promise<ApprovalOutcome> => {
    const role = actingRole(principal, REPORT_ROLES.read);
    // Only an ended quarter can be published, so only an ended quarter can be approved.
    const quarter = endedQuarter(deps, periodId);
    const agency = await agencySettings(deps.agencies, principal.agency);
    const approval: ReportApproval = { agency: agency.id, period: quarter.id, approvedBy: principal.id, approvedAt: deps.clock.now().toISOString(), analysis };
    const entry = auditEntry(deps, principal, role, 'report.approve', { agency: agency.id, report: quarter.id, detail: `analysis of ${[...analysis].length} characters` });
    const written = await deps.reportApprovals.approve(approval, entry);
    let outcome: ApprovalOutcome = { approval, created: true };
    if (!written.created) {
      const { existing } = written;
      if (existing.approvedBy !== principal.id || existing.analysis !== analysis) {
        throw new ConflictError(`This quarter was approved on ${existing.approvedAt} by ${existing.approvedBy === principal.id ? 'you, with another analysis' : 'another executive'}`, 'report-approved');
      }
      outcome = { approval: existing, created: false };
    }
    const run = await publish(quarter.id, { agency: agency.id });
    // The approval stands; the publication is what the client's retry completes.
    if (run.failed.length > 0) {
      throw Object.assign(new DependencyUnavailableError('publication'), { message: 'The approval is recorded, but the publication failed; send the same approval again to publish' });
    }
    return outcome;
  };
}
