// Real HTTP calls against a running stack; every API answer is checked against the OpenAPI document
// the stack serves (openapi-check.ts) before a test sees it.
import { checkResponse } from './openapi-check';
import { seededRandom } from './random';
export interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

export async function post(base: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  await checkResponse(base, 'POST', new URL(`${base}${path}`), response);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

export async function get(base: string, path: string): Promise<Answer> {
  const response = await fetch(`${base}${path}`);
  await checkResponse(base, 'GET', new URL(`${base}${path}`), response);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

const THAI_WORDS = (
  'เจ้าหน้าที่ ผู้อำนวยการ ศูนย์บริการ สาธารณสุข โครงการ จัดซื้อ จัดจ้าง ครุภัณฑ์ การแพทย์ ราคากลาง สูงกว่า ผู้ขาย รายเดียว ' +
  'เอกสาร ใบเสร็จ งบประมาณ ประจำปี เงินทอน ค่าตอบแทน พิเศษ เรียกรับ ผลประโยชน์ ตรวจรับ งาน ไม่ครบ ตามสัญญา ลงนาม ' +
  'ย้อนหลัง คณะกรรมการ ไม่ได้ ประชุม จริง ประกาศ เชิญชวน ระยะเวลา สั้น ผิดปกติ บริษัท ญาติ หัวหน้า ฝ่าย พัสดุ ' +
  'ได้รับ แจ้ง ว่า ต้อง จ่าย เพิ่ม จึงจะ อนุมัติ เมื่อ เดือน ที่แล้ว มี พยาน หลายคน เห็น เหตุการณ์ ดังกล่าว ขอให้ ตรวจสอบ ' +
  'ข้อเท็จจริง อย่าง เป็นธรรม และ โปร่งใส ผู้ป่วย ประชาชน เสียหาย ยา เวชภัณฑ์ วัสดุ สำนักงาน ค่าเบี้ยเลี้ยง เดินทาง ' +
  'เบิกจ่าย ซ้ำซ้อน ลายมือชื่อ ปลอม บัญชี รายชื่อ ผู้เข้าร่วม อบรม สัมมนา โรงแรม ห้องประชุม ค่าอาหาร ว่าง'
).split(' ');

/** Thai text of exactly `length` code points, varied like real prose (a fixed seed keeps runs comparable). */
export function thaiProse(length: number, seed = 2570): string {
  const random = seededRandom(seed);
  let text = '';
  while ([...text].length < length) {
    text += `${THAI_WORDS[Math.floor(random() * THAI_WORDS.length)]}${random() < 0.15 ? ' ' : ''}`;
  }
  return [...text].slice(0, length).join('');
}

/** The reference complaint of the budgets: identified, 60 Thai characters of subject, 1,000 of description. */
export function referenceComplaint(marker = 'ผู้ร้องเรียนอ้างอิง') {
  return {
    category: 'procurement',
    subject: thaiProse(60, 1),
    description: thaiProse(1000, 2),
    incidentDate: '2026-10-15',
    location: 'ศูนย์บริการสาธารณสุข ๔๑',
    reporter: {
      mode: 'identified',
      name: `${marker} ทดสอบ`,
      phone: '081-234-5678',
      email: 'reporter@example.org',
      nationalId: '1101700230708',
      address: '123 ถนนมิตรไมตรี แขวงดินแดง เขตดินแดง กรุงเทพมหานคร 10400',
    },
  };
}
