// Real HTTP calls against a running stack.
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
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

export async function get(base: string, path: string): Promise<Answer> {
  const response = await fetch(`${base}${path}`);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

/** The reference complaint of the budgets: identified, 60 Thai characters of subject, 1,000 of description. */
export function referenceComplaint(marker = 'ผู้ร้องเรียนอ้างอิง') {
  const thai = 'การจัดซื้อจัดจ้างที่ไม่โปร่งใสของหน่วยงาน';
  const repeat = (count: number) => thai.repeat(Math.ceil(count / thai.length)).slice(0, count);
  return {
    category: 'procurement',
    subject: repeat(60),
    description: repeat(1000),
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
