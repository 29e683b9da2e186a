// You are here: the agencies the local stack starts with, written into its registry when it first
// starts. A deployment's agencies live in its registry table and join through POST /api/agencies;
// nothing here is deployed, and nothing under web/ or functions/ imports this module
// (test/unit/agency-catalogue-boundary.test.ts).
import { standardDeadlines, standardEvidence, type Agency, type AgencyUnit } from '../domain/agencies';

export { AGENCY_ID, standardDeadlines, standardEvidence, type Agency, type Deadlines } from '../domain/agencies';

/** The department's divisions and a sample of its public health service centres. */
const healthDepartmentUnits: AgencyUnit[] = [
  { id: 'secretariat', nameTh: 'สำนักงานเลขานุการ', nameEn: 'Office of the Secretary' },
  { id: 'health-strategy', nameTh: 'กองยุทธศาสตร์สาธารณสุขและสิ่งแวดล้อม', nameEn: 'Public Health and Environment Strategy Division' },
  { id: 'public-health-nursing', nameTh: 'กองการพยาบาลสาธารณสุข', nameEn: 'Public Health Nursing Division' },
  { id: 'communicable-disease', nameTh: 'กองควบคุมโรคติดต่อ', nameEn: 'Communicable Disease Control Division' },
  { id: 'dental-health', nameTh: 'กองทันตสาธารณสุข', nameEn: 'Dental Health Division' },
  { id: 'health-promotion', nameTh: 'กองสร้างเสริมสุขภาพ', nameEn: 'Health Promotion Division' },
  { id: 'pharmacy', nameTh: 'กองเภสัชกรรม', nameEn: 'Pharmacy Division' },
  { id: 'food-sanitation', nameTh: 'กองสุขาภิบาลอาหาร', nameEn: 'Food Sanitation Division' },
  { id: 'environmental-health', nameTh: 'กองอนามัยสิ่งแวดล้อม', nameEn: 'Environmental Health Division' },
  { id: 'veterinary-public-health', nameTh: 'กองสัตวแพทย์สาธารณสุข', nameEn: 'Veterinary Public Health Division' },
  { id: 'aids-tb-sti', nameTh: 'กองควบคุมโรคเอดส์ วัณโรค และโรคติดต่อทางเพศสัมพันธ์', nameEn: 'AIDS, Tuberculosis and STIs Control Division' },
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => ({ id: `health-centre-${n}`, nameTh: `ศูนย์บริการสาธารณสุข ${n}`, nameEn: `Public Health Service Centre ${n}` })),
];

export const AGENCY_CATALOGUE: readonly Agency[] = [
  {
    id: 'bma-health',
    nameTh: 'สำนักอนามัย กรุงเทพมหานคร',
    nameEn: 'Health Department, Bangkok Metropolitan Administration',
    deadlines: standardDeadlines,
    evidence: standardEvidence,
    retentionYears: 5,
    status: 'active',
    units: healthDepartmentUnits,
    contact: {
      responsibleUnit: 'สำนักงานเลขานุการ',
      phone: '02 203 2887',
      address: 'ศาลาว่าการกรุงเทพมหานคร 2 ถนนมิตรไมตรี เขตดินแดง กรุงเทพมหานคร 10400',
    },
    joinedOn: '2025-10-01',
  },
  {
    id: 'bma-medical',
    nameTh: 'สำนักการแพทย์ กรุงเทพมหานคร',
    nameEn: 'Medical Service Department, Bangkok Metropolitan Administration',
    deadlines: standardDeadlines,
    evidence: standardEvidence,
    retentionYears: 5,
    status: 'active',
    units: [
      { id: 'secretariat', nameTh: 'สำนักงานเลขานุการ', nameEn: 'Office of the Secretary' },
      { id: 'nursing', nameTh: 'กองการพยาบาล', nameEn: 'Nursing Division' },
    ],
    contact: { responsibleUnit: 'สำนักงานเลขานุการ' },
    joinedOn: '2025-10-01',
  },
];
