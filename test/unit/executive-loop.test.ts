// The executive loop with memory adapters: an agency that publishes only after approval has its
// quarter prepared, not published, and its executives told once; an executive of that agency approves
// with an analysis, once, which publishes the quarter with the approval's Bangkok day and the analysis;
// no one else can approve it, and every date on the report is a Bangkok one.
import { describe, expect, it } from 'vitest';
import { memoryDeliveryLedger } from '../../shared/adapters/memory/memory-delivery-ledger';
import { happeningsOfChange } from '../../shared/adapters/dynamodb/notification-changes';
import { complaintKeys } from '../../shared/adapters/dynamodb/keys';
import { AGENCY_CATALOGUE } from '../../shared/config/agencies';
import type { Agency } from '../../shared/domain/agencies';
import { ConflictError, ForbiddenError, ValidationError } from '../../shared/domain/errors';
import type { Mailer, OutgoingMail } from '../../shared/domain/notifications/ports';
import { deliverAnyHappening } from '../../shared/domain/notifications/report-awaiting';
import type { StatisticsDocument } from '../../shared/domain/publication/document';
import { renderExecutiveReport } from '../../shared/domain/publication/report-render';
import type { StaffPrincipal } from '../../shared/domain/staff';
import type { StaffAccount } from '../../shared/domain/staff-directory';
import { createAgency, readAgency, updateAgency } from '../../shared/domain/use-cases/agencies';
import { approveReport, executiveReport } from '../../shared/domain/use-cases/executive-report';
import { fileComplaint } from '../../shared/domain/use-cases/file-complaint';
import { publishStatistics } from '../../shared/domain/use-cases/publish-statistics';
import { anonymousComplaint, memoryContext } from '../support/memory-context';

const [health, medical] = AGENCY_CATALOGUE as [Agency, Agency];
/** bma-health waits for its executive's approval; bma-medical publishes as it always did. */
const AGENCIES: Agency[] = [{ ...health, publishAfterApproval: true }, medical];

const executive: StaffPrincipal = { id: 'exec-health', roles: ['executive'], agency: 'bma-health' };
const otherExecutive: StaffPrincipal = { id: 'exec-health-2', roles: ['executive'], agency: 'bma-health' };
const medicalExecutive: StaffPrincipal = { id: 'exec-medical', roles: ['executive'], agency: 'bma-medical' };
const ANALYSIS = 'ปัญหา: ตอบรับเรื่องล่าช้า <script>alert(1)</script>\nแนวทางแก้ไข: เพิ่มเจ้าหน้าที่ & ติดตามทุกสัปดาห์';
/** 23:30 UTC on 2 January is 06:30 on 3 January in Bangkok. */
const SIGN_OFF = new Date('2027-01-02T23:30:00.000Z');

async function world() {
  const memory = memoryContext(new Date('2026-11-02T03:00:00.000Z'), {}, AGENCIES);
  for (let index = 0; index < 7; index += 1) await fileComplaint(memory.context)(anonymousComplaint({ agency: 'bma-health' }));
  memory.advance((SIGN_OFF.getTime() - memory.context.clock.now().getTime()) / 1000);
  const stats = (key: string) => memory.statsStore.objects.get(key)?.body.toString('utf8');
  return { memory, stats, document: (key: string) => JSON.parse(stats(key) ?? 'null') as StatisticsDocument | null };
}

describe('the setting "publish only after an executive has approved"', () => {
  it('is on for a new agency unless asked otherwise, and off for an agency stored before it existed', async () => {
    const { memory } = await world();
    const platform: StaffPrincipal = { id: 'platform', roles: ['platform-admin'], agency: 'bma-health' };
    const made = await createAgency(memory.context)(platform, { id: 'tambon-new', nameTh: 'อบต. ใหม่', nameEn: 'New SAO' });
    expect(made.agency.publishAfterApproval).toBe(true);
    const asked = await createAgency(memory.context)(platform, { id: 'tambon-now', nameTh: 'อบต. ทันที', nameEn: 'Now SAO', publishAfterApproval: false });
    expect(asked.agency.publishAfterApproval).toBe(false);
    // The seed's bma-medical was written without the setting: it publishes at once, as before.
    expect((await readAgency(memory.context)('bma-medical')).publishAfterApproval).toBe(false);
    expect((await readAgency(memory.context)('tambon-new')).publishAfterApproval).toBe(true);
  });

  it("is the agency admin's to change, audited, and not another agency's admin's", async () => {
    const { memory } = await world();
    const admin: StaffPrincipal = { id: 'admin-medical', roles: ['admin'], agency: 'bma-medical' };
    const changed = await updateAgency(memory.context)(admin, 'bma-medical', { publishAfterApproval: true });
    expect(changed.publishAfterApproval).toBe(true);
    expect(memory.audit.entries.at(-1)).toMatchObject({ action: 'agency.update', actor: 'admin-medical', agency: 'bma-medical', detail: 'publishAfterApproval' });
    await expect(updateAgency(memory.context)(admin, 'bma-health', { publishAfterApproval: false })).rejects.toThrow('No agency with this id');
  });
});

describe('a quarter that waits for approval', () => {
  it('is prepared and not published by the quarterly job, and recorded as awaiting once however often the job runs', async () => {
    const { memory, stats } = await world();
    const first = await publishStatistics(memory.context)('2570-Q1');
    expect(first.results.find((result) => result.agency === 'bma-health')).toEqual({ agency: 'bma-health', periods: [], written: [], awaitingApproval: true });
    await publishStatistics(memory.context)('2570-Q1', { agency: 'bma-health' });
    // All the agency's folder holds is the page saying nothing is published yet, in each language: no quarter, no manifest.
    expect([...memory.statsStore.objects.keys()].filter((key) => key.startsWith('bma-health/')).sort()).toEqual(['bma-health/en/index.html', 'bma-health/index.html']);
    expect(stats('bma-health/index.html')).not.toContain('2570-Q1');
    expect(stats('bma-health/en/index.html')).not.toContain('2570-Q1');
    expect(stats('index.json')).not.toContain('"bma-health"');
    // The agency that does not wait is published as before.
    expect(stats('bma-medical/2570-Q1/stats.json')).toBeDefined();
    expect(memory.reportApprovals.awaiting).toEqual([{ agency: 'bma-health', period: '2570-Q1', at: SIGN_OFF.toISOString() }]);
  });

  it('tells each executive of the agency once, with the quarter and a console link only', async () => {
    const staff: StaffAccount[] = [
      { id: 'exec-health', email: 'exec@health.example.org', name: 'ผู้บริหาร', agency: 'bma-health', roles: ['executive'], status: 'active', createdAt: '2026-10-01T00:00:00.000Z' },
      { id: 'officer-health', email: 'officer@health.example.org', name: 'เจ้าหน้าที่', agency: 'bma-health', roles: ['officer'], status: 'active', createdAt: '2026-10-01T00:00:00.000Z' },
      { id: 'exec-gone', email: 'gone@health.example.org', name: 'ลาออก', agency: 'bma-health', roles: ['executive'], status: 'disabled', createdAt: '2026-10-01T00:00:00.000Z' },
      { id: 'exec-medical', email: 'exec@medical.example.org', name: 'ผู้บริหารอื่น', agency: 'bma-medical', roles: ['executive'], status: 'active', createdAt: '2026-10-01T00:00:00.000Z' },
    ];
    const { memory } = await world();
    const sent: OutgoingMail[] = [];
    let failNext = true;
    const mailer: Mailer = {
      async send(mail) {
        // The first send fails: the retry sends it, and nothing is sent twice.
        if (failNext) {
          failNext = false;
          throw new Error('injected');
        }
        sent.push(mail);
      },
    };
    const deliver = deliverAnyHappening({
      clock: memory.context.clock,
      suppressions: memory.context.mailSuppressions,
      complaints: memory.complaints,
      agencies: memory.agencies,
      staffDirectory: { list: async (agency) => ({ staff: staff.filter((account) => account.agency === agency) }) },
      ledger: memoryDeliveryLedger(),
      mailer,
      siteUrl: 'https://integrity.example.go.th',
    });
    // The awaiting record as the stream hands it over, replayed three times.
    const item = { ...complaintKeys.reportAwaiting('bma-health', '2570-Q1'), agency: 'bma-health', period: '2570-Q1', preparedAt: SIGN_OFF.toISOString() };
    const [happening, ...others] = happeningsOfChange({ newImage: item });
    expect(others).toEqual([]);
    await expect(deliver(happening!)).rejects.toThrow();
    await deliver(happening!);
    await deliver(happening!);
    expect(sent.map((mail) => mail.to)).toEqual(['exec@health.example.org']);
    const [mail] = sent;
    expect(mail!.subject).toContain('ไตรมาสที่ 1 ปีงบประมาณ พ.ศ. 2570');
    expect(mail!.text).toContain('https://integrity.example.go.th/staff/report.html?period=2570-Q1');
    expect(mail!.html).toContain('https://integrity.example.go.th/staff/report.html?period=2570-Q1');
  });
});

describe('the approval', () => {
  it('publishes the quarter with the Bangkok day of the approval and the analysis, escaped on the page and defused in the CSV', async () => {
    const { memory, stats, document } = await world();
    await publishStatistics(memory.context)('2570-Q1');
    const outcome = await approveReport(memory.context)(executive, '2570-Q1', ANALYSIS);
    expect(outcome).toMatchObject({ created: true, approval: { agency: 'bma-health', period: '2570-Q1', approvedBy: 'exec-health', approvedAt: SIGN_OFF.toISOString(), analysis: ANALYSIS } });
    const published = document('bma-health/2570-Q1/stats.json')!;
    expect(published.schema).toBe('integrity-statistics/v5');
    // The sign-off at 23:30 UTC on 2 January is on 3 January in Bangkok.
    expect(published.approval).toEqual({ approvedOn: '2027-01-03', analysis: ANALYSIS });
    const page = stats('bma-health/2570-Q1/index.html')!;
    expect(page).toContain('ผู้บริหารพิจารณาและอนุมัติให้เผยแพร่เมื่อ 3 มกราคม 2570');
    expect(page).toContain('<p>ปัญหา: ตอบรับเรื่องล่าช้า &lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(page).toContain('<p>แนวทางแก้ไข: เพิ่มเจ้าหน้าที่ &amp; ติดตามทุกสัปดาห์</p>');
    expect(page).not.toContain('<script>');
    const csv = stats('bma-health/2570-Q1/complaints.csv')!;
    expect(csv).toContain('bma-health,2570-Q1,approval,approvedOn,วันที่ผู้บริหารอนุมัติให้เผยแพร่,2027-01-03\r\n');
    expect(csv).toContain(`approval,analysis,การวิเคราะห์ปัญหาและแนวทางแก้ไขของผู้บริหาร,"${ANALYSIS}"`);
    // The fiscal year to date is published with it, and /stats/ now lists the agency.
    expect(document('bma-health/2570/stats.json')?.approval).toBeUndefined();
    expect(stats('index.json')).toContain('"bma-health"');
    expect(memory.audit.entries.filter((entry) => entry.action === 'report.approve')).toMatchObject([{ actor: 'exec-health', agency: 'bma-health', report: '2570-Q1' }]);
  });

  it('signs once: a retry records nothing and writes nothing; another analysis or another executive is refused', async () => {
    const { memory } = await world();
    await approveReport(memory.context)(executive, '2570-Q1', ANALYSIS);
    const puts = memory.statsStore.puts.length;
    const retry = await approveReport(memory.context)(executive, '2570-Q1', ANALYSIS);
    expect(retry).toMatchObject({ created: false, approval: { approvedAt: SIGN_OFF.toISOString() } });
    expect(memory.statsStore.puts.length).toBe(puts);
    await expect(approveReport(memory.context)(executive, '2570-Q1', `${ANALYSIS} (แก้ไข)`)).rejects.toBeInstanceOf(ConflictError);
    await expect(approveReport(memory.context)(otherExecutive, '2570-Q1', ANALYSIS)).rejects.toBeInstanceOf(ConflictError);
    expect(memory.audit.entries.filter((entry) => entry.action === 'report.approve')).toHaveLength(1);
  });

  it('is for executives of the agency only, and of an ended quarter', async () => {
    const { memory, stats } = await world();
    for (const roles of [['officer'], ['admin'], ['custodian'], ['supervisor'], ['platform-admin']] as StaffPrincipal['roles'][]) {
      await expect(approveReport(memory.context)({ id: 'someone', roles, agency: 'bma-health' }, '2570-Q1', ANALYSIS)).rejects.toBeInstanceOf(ForbiddenError);
    }
    // Another agency's executive approves their own agency's quarter, never this one's.
    await approveReport(memory.context)(medicalExecutive, '2570-Q1', ANALYSIS);
    expect(await memory.reportApprovals.approval('bma-health', '2570-Q1')).toBeUndefined();
    expect(stats('bma-health/2570-Q1/stats.json')).toBeUndefined();
    await expect(approveReport(memory.context)(executive, '2570-Q2', ANALYSIS)).rejects.toBeInstanceOf(ValidationError);
    await expect(approveReport(memory.context)(executive, '2570', ANALYSIS)).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('the executive report', () => {
  it('dates itself, its acknowledgements and its approval in Bangkok time', async () => {
    const { memory } = await world();
    await approveReport(memory.context)(executive, '2570-Q1', ANALYSIS);
    const page = renderExecutiveReport(await executiveReport(memory.context)(executive, '2570-Q1'));
    // Generated and approved at 23:30 UTC on 2 January: 3 January in Bangkok, never the 2nd.
    expect(page).toContain('จัดทำเมื่อ 3 มกราคม 2570');
    expect(page).toContain('อนุมัติโดย exec-health เมื่อ 3 มกราคม 2570');
    expect(page).not.toContain('2 มกราคม 2570');
    expect(page).toContain('&lt;script&gt;');
  });
});
