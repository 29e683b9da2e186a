// Evidence files end to end: Chromium attaches a photo carrying GPS and camera details on the real
// complaint form, the local evidence bucket takes the browser's form POST and processing cleans the
// file, the reporter sees it received when tracking, and an officer downloads a copy with none of
// those details left, a download the custodian then finds in the case's audit trail. Assertions are
// about what each person sees and gets; no test waits for time to pass, only for what appears.
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import exifr from 'exifr';
import { strFromU8, unzipSync } from 'fflate';
import { PDFDocument, PDFName } from 'pdf-lib';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, PHONE_VIEWPORT, type PageProblems } from '../support/browser';
import { docx, inlinePicture, NS, VISIBLE, zip } from '../support/docx-fixtures';
import { GPS_POSITION, HOSTILE_MARKERS, jpegWithGps, MARKERS, pdfWithAttachment, pngWithText } from '../support/evidence-fixtures';
import { post } from '../support/http';
import { startTestStack, type TestStack } from '../support/local-stack';

// The words people read, written out here so the test does not trust the pages' own copy.
const RECEIVED = 'ได้รับแล้ว';
const REFUSED = 'ไม่รับไฟล์';
const TYPE_MISMATCH = 'ชนิดไฟล์ไม่ตรงกับนามสกุลไฟล์';
const ROLE = { officer: 'เจ้าหน้าที่ผู้รับผิดชอบเรื่องร้องเรียน', custodian: 'ผู้ควบคุมข้อมูลผู้ร้องเรียน' } as const;
const DESKTOP_VIEWPORT = { width: 1280, height: 900 } as const;

let stack: TestStack;
let browser: Browser;
let fileDir: string;
let screenshotDir: string;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(), launchBrowser()]);
  fileDir = mkdtempSync(join(tmpdir(), 'evidence-e2e-'));
  screenshotDir = process.env.E2E_SCREENSHOT_DIR ?? mkdtempSync(join(tmpdir(), 'evidence-shots-'));
  mkdirSync(screenshotDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

/** A file on disk, as a reporter's device would offer it to the file chooser. */
function fileOnDisk(name: string, bytes: Uint8Array): string {
  const path = join(mkdtempSync(join(fileDir, 'f-')), name);
  writeFileSync(path, bytes);
  return path;
}

/** Only failures the test provoked on purpose (a dropped upload) may reach the console. */
function expectNoProblems(problems: PageProblems, expectedLoadFailures = 0) {
  expect(problems.cspViolations).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
  const unexpected = problems.consoleErrors.filter((text) => !text.startsWith('Failed to load resource'));
  expect(unexpected).toEqual([]);
  expect(problems.consoleErrors.length - unexpected.length).toBe(expectedLoadFailures);
}

/** The value shown beside a term of a description list (<dt>/<dd>), as a reader pairs them. */
const definitionOf = (scope: Locator, term: string) =>
  scope.getByRole('term').filter({ hasText: new RegExp(`^\\s*${term}\\s*$`) }).locator('xpath=following-sibling::dd[1]');

async function openTracking(page: Page, reference: string, secret: string): Promise<Locator> {
  await page.goto(`${stack.url}/track.html`);
  await page.getByLabel('เลขที่เรื่อง').fill(reference);
  await page.getByLabel('รหัสลับสำหรับติดตามเรื่อง').fill(secret);
  await page.getByRole('button', { name: 'ดูความคืบหน้า' }).click();
  const caseView = page.getByRole('region', { name: `เรื่องเลขที่ ${reference}` });
  await caseView.waitFor();
  return caseView;
}

async function signIn(page: Page, sub: string, role: keyof typeof ROLE) {
  await page.getByRole('heading', { level: 1, name: 'เข้าสู่ระบบเจ้าหน้าที่' }).waitFor();
  await page.getByLabel('ชื่อผู้ใช้').fill(sub);
  await page.getByRole('checkbox', { name: ROLE[role] }).check();
  await page.getByRole('button', { name: 'เข้าสู่ระบบ', exact: true }).click();
  await page.waitForURL((url) => url.pathname.endsWith('/staff/case.html'));
}

const includesText = (bytes: Uint8Array, text: string) => Buffer.from(bytes).includes(Buffer.from(text, 'utf8'));

/** The file and every stream in it inflated, by this test's own reading of the bytes. */
function inflatedStreams(bytes: Uint8Array): Uint8Array {
  const latin1 = Buffer.from(bytes).toString('latin1');
  const views = [Buffer.from(bytes)];
  for (const match of latin1.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    try {
      views.push(inflateSync(Buffer.from(match[1]!, 'latin1')));
    } catch {
      // a stream that is not deflated is already in the file's own bytes
    }
  }
  return new Uint8Array(Buffer.concat(views));
}

/** A zip's bytes with every part, and every zip inside a part, unpacked after it, for a byte search. */
function everyPart(bytes: Uint8Array): Uint8Array {
  const isZip = (data: Uint8Array) => data[0] === 0x50 && data[1] === 0x4b;
  if (!isZip(bytes)) return bytes;
  return new Uint8Array(Buffer.concat([Buffer.from(bytes), ...Object.values(unzipSync(bytes)).map((part) => Buffer.from(everyPart(part)))]));
}

/** Files a complaint and attaches one photo through the API, as the pages do, and waits for its check. */
async function fileWithPhoto(reporter: Record<string, string>) {
  const filed = await post(
    stack.url,
    '/api/complaints',
    { category: 'procurement', subject: 'ตรวจรับงานไม่ครบ', description: 'ตรวจรับครุภัณฑ์ทั้งที่ยังส่งของไม่ครบตามสัญญา', reporter },
    { 'idempotency-key': randomUUID() },
  );
  expect(filed.status).toBe(201);
  const { reference, secret } = filed.body as { reference: string; secret: string };
  const photo = jpegWithGps();
  const slot = await post(stack.url, '/api/tracking/files', { reference, secret, name: 'ภาพ.jpg', mediaType: 'image/jpeg', size: photo.length }, { 'idempotency-key': randomUUID() });
  expect(slot.status).toBe(201);
  const { url, fields } = (slot.body as { upload: { url: string; fields: Record<string, string> } }).upload;
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'ภาพ.jpg');
  expect((await fetch(new URL(url, stack.url), { method: 'POST', body: form })).status).toBe(204);
  await stack.evidenceBucket.settled();
  return { reference, secret };
}

describe('evidence files', () => {
  it('takes a photo with the complaint, shows it received, and gives officers a copy without its location', async () => {
    const photoName = 'ใบเสร็จรับเงิน.jpg';
    const photo = jpegWithGps();
    // The fixture really carries what must go: a position and every marker.
    expect((await exifr.parse(photo, { gps: true }))?.latitude).toBeCloseTo(13.7563, 3);
    for (const marker of Object.values(MARKERS.jpeg)) expect(includesText(photo, marker)).toBe(true);

    // The reporter files on the real form with the photo attached.
    const reporter = await openPage(browser, { viewport: PHONE_VIEWPORT });
    const { page } = reporter;
    await page.goto(`${stack.url}/report.html`);
    await page.getByRole('radio', { name: 'เรียกรับสินบน / ผลประโยชน์' }).check();
    const subject = `เรียกเงินค่าออกใบอนุญาต ${randomUUID().slice(0, 6)}`;
    await page.getByLabel('หัวข้อเรื่อง').fill(subject);
    await page.getByLabel('รายละเอียดเรื่อง').fill('เจ้าหน้าที่เรียกเงิน 3,000 บาท โดยออกใบเสร็จที่ไม่มีลายมือชื่อ แนบภาพใบเสร็จมาด้วย');
    await page.getByRole('radio', { name: 'ไม่เปิดเผยตัวตน' }).check();
    expect(await page.getByText('ชื่อไฟล์จะถูกเก็บไว้ตามเดิม', { exact: false }).isVisible()).toBe(true);
    await page.getByLabel('แนบไฟล์หลักฐาน').setInputFiles(fileOnDisk(photoName, photo));
    await page.getByRole('list', { name: 'ไฟล์ที่เลือก' }).getByText(photoName, { exact: false }).waitFor();

    const slot = page.waitForRequest((request) => request.url().endsWith('/api/tracking/files'));
    await page.getByRole('button', { name: 'ส่งเรื่องร้องเรียน' }).click();
    const receipt = page.getByRole('region', { name: 'ระบบได้รับเรื่องร้องเรียนของท่านแล้ว' });
    await receipt.waitFor();
    const reference = (await definitionOf(receipt, 'เลขที่เรื่อง').innerText()).trim();
    const secret = (await definitionOf(receipt, 'รหัสลับสำหรับติดตามเรื่อง').innerText()).trim();
    // The file is asked for after the complaint, under a key of its own, with the credentials in the body only.
    const slotRequest = await slot;
    expect(slotRequest.headers()['idempotency-key']).toMatch(/^[A-Za-z0-9_.:-]{8,128}$/);
    expect(JSON.parse(slotRequest.postData() ?? '{}')).toMatchObject({ reference, name: photoName, mediaType: 'image/jpeg', size: photo.length });
    expect(slotRequest.url()).not.toContain(secret);

    // The receipt shows the file being sent, then what the check made of it.
    const sentFiles = receipt.getByRole('region', { name: 'ไฟล์หลักฐานที่แนบ' });
    const sentItem = sentFiles.getByRole('listitem').filter({ hasText: photoName });
    await sentItem.getByText(RECEIVED, { exact: true }).waitFor();
    await sentFiles.getByText('ส่งไฟล์ครบแล้ว และระบบได้รับไฟล์ทั้งหมดแล้ว').waitFor();
    await page.screenshot({ path: join(screenshotDir, 'receipt-with-files.png'), fullPage: true });

    // Tracking lists it as received, with its cleaned size.
    const caseView = await openTracking(page, reference, secret);
    const tracked = caseView.getByRole('list', { name: 'ไฟล์หลักฐาน' }).getByRole('listitem').filter({ hasText: photoName });
    await tracked.getByText(RECEIVED, { exact: true }).waitFor();
    expect(await tracked.innerText()).toMatch(/ภาพ JPEG · \d+ KB/);
    await page.screenshot({ path: join(screenshotDir, 'tracking-files.png'), fullPage: true });
    expectNoProblems(reporter.problems);
    await reporter.context.close();

    // An officer downloads the file from the case.
    const officer = await openPage(browser, { viewport: DESKTOP_VIEWPORT });
    await officer.page.goto(`${stack.url}/staff/case.html?ref=${reference}`);
    await signIn(officer.page, 'officer-kanda', 'officer');
    const files = officer.page.getByRole('table', { name: 'ไฟล์หลักฐาน' });
    const row = files.getByRole('row').filter({ hasText: photoName });
    await row.waitFor();
    expect(await row.innerText()).toContain(RECEIVED);
    const shownHash = await row.locator('code').getAttribute('title');
    const downloading = officer.page.waitForEvent('download');
    await row.getByRole('button', { name: `ดาวน์โหลด ${photoName}` }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${reference}-1.jpg`);
    const bytes = new Uint8Array(await readFile((await download.path())));

    // A JPEG still, the one whose hash the page shows, with no position and none of the details it came with.
    expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(shownHash);
    const metadata = (await exifr.parse(bytes, { gps: true }).catch(() => undefined)) as { latitude?: number; longitude?: number } | undefined;
    expect(metadata?.latitude).toBeUndefined();
    expect(metadata?.longitude).toBeUndefined();
    for (const marker of Object.values(MARKERS.jpeg)) expect(includesText(bytes, marker)).toBe(false);
    await officer.page.screenshot({ path: join(screenshotDir, 'case-files-officer.png'), fullPage: true });
    expectNoProblems(officer.problems);
    await officer.context.close();

    // The custodian finds the download in the case's audit trail: who, in which role.
    const custodian = await openPage(browser, { viewport: DESKTOP_VIEWPORT });
    await custodian.page.goto(`${stack.url}/staff/case.html?ref=${reference}`);
    await signIn(custodian.page, 'custodian-wipa', 'custodian');
    await custodian.page.getByRole('button', { name: 'ดูประวัติการดำเนินการ' }).click();
    const entry = custodian.page.getByRole('table', { name: 'ประวัติการดำเนินการ' }).getByRole('row').filter({ hasText: 'ดาวน์โหลดไฟล์หลักฐาน' });
    await entry.waitFor();
    const entryText = await entry.innerText();
    expect(entryText).toContain('officer-kanda');
    expect(entryText).toContain(ROLE.officer);
    expect(entryText).toContain(`${reference}-1.jpg`);
    await custodian.page.screenshot({ path: join(screenshotDir, 'case-custodian-files.png'), fullPage: true });
    expectNoProblems(custodian.problems);
    await custodian.context.close();
  }, 90_000); // three people, a browser upload and processing: room for a busy runner

  it('takes a PDF hiding an attached file, and gives officers a rebuilt copy with what was removed beside it', async () => {
    const pdfName = 'สัญญาจัดซื้อ.pdf';
    const hostile = pdfWithAttachment();
    expect(includesText(inflatedStreams(hostile), HOSTILE_MARKERS.attachment)).toBe(true);

    const reporter = await openPage(browser, { viewport: PHONE_VIEWPORT });
    const { page } = reporter;
    await page.goto(`${stack.url}/report.html`);
    await page.getByRole('radio', { name: 'เรียกรับสินบน / ผลประโยชน์' }).check();
    await page.getByLabel('หัวข้อเรื่อง').fill(`สัญญาจัดซื้อมีเงื่อนไขพิเศษ ${randomUUID().slice(0, 6)}`);
    await page.getByLabel('รายละเอียดเรื่อง').fill('สัญญาจัดซื้อฉบับนี้มีเงื่อนไขที่เอื้อผู้ขายรายเดียว แนบสำเนาสัญญามาด้วย');
    await page.getByRole('radio', { name: 'ไม่เปิดเผยตัวตน' }).check();
    await page.getByLabel('แนบไฟล์หลักฐาน').setInputFiles(fileOnDisk(pdfName, hostile));
    await page.getByRole('button', { name: 'ส่งเรื่องร้องเรียน' }).click();
    const receipt = page.getByRole('region', { name: 'ระบบได้รับเรื่องร้องเรียนของท่านแล้ว' });
    await receipt.waitFor();
    const reference = (await definitionOf(receipt, 'เลขที่เรื่อง').innerText()).trim();
    await receipt.getByRole('region', { name: 'ไฟล์หลักฐานที่แนบ' }).getByRole('listitem').filter({ hasText: pdfName }).getByText(RECEIVED, { exact: true }).waitFor();
    expectNoProblems(reporter.problems);
    await reporter.context.close();

    const officer = await openPage(browser, { viewport: DESKTOP_VIEWPORT });
    await officer.page.goto(`${stack.url}/staff/case.html?ref=${reference}`);
    await signIn(officer.page, 'officer-kanda', 'officer');
    const row = officer.page.getByRole('table', { name: 'ไฟล์หลักฐาน' }).getByRole('row').filter({ hasText: pdfName });
    await row.waitFor();
    // The officer reads what the copy no longer holds.
    expect(await row.innerText()).toContain('นำออกแล้ว: ไฟล์ที่ฝังไว้');
    const downloading = officer.page.waitForEvent('download');
    await row.getByRole('button', { name: `ดาวน์โหลด ${pdfName}` }).click();
    const bytes = new Uint8Array(await readFile((await (await downloading).path())));
    expect(Buffer.from(bytes).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(includesText(inflatedStreams(bytes), HOSTILE_MARKERS.attachment)).toBe(false);
    const rebuilt = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(rebuilt.getPageCount()).toBe(1);
    expect(rebuilt.catalog.get(PDFName.of('Names'))).toBeUndefined();
    await officer.page.screenshot({ path: join(screenshotDir, 'case-files-cleaning-report.png'), fullPage: true });
    expectNoProblems(officer.problems);
    await officer.context.close();
  }, 90_000);

  it('takes a Word file hiding a workbook and a located photo, and gives officers a rebuilt copy of what it showed', async () => {
    const docxName = 'บันทึกเหตุการณ์.docx';
    const creator = `WORKBOOK-CREATOR-${randomUUID()}`;
    const photo = jpegWithGps();
    const hostile = docx({
      body: inlinePicture('rIdPhoto') + '<w:p><w:r><w:object><o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" r:id="rIdBook"/></w:object></w:r></w:p>',
      rels: [['rIdPhoto', 'image', 'media/image1.jpeg'], ['rIdBook', 'package', 'embeddings/book.xlsx']],
      parts: {
        'word/media/image1.jpeg': photo,
        'word/embeddings/book.xlsx': zip([
          { name: '[Content_Types].xml', data: new TextEncoder().encode(`<Types xmlns="${NS.pkg}/content-types"/>`) },
          { name: 'docProps/core.xml', data: new TextEncoder().encode(`<cp:coreProperties xmlns:cp="${NS.pkg}/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>${creator}</dc:creator></cp:coreProperties>`) },
        ]),
      },
    });
    expect(includesText(everyPart(hostile), creator)).toBe(true);
    expect((await exifr.parse(Buffer.from(photo), { gps: true }))?.latitude).toBeCloseTo(GPS_POSITION.latitude, 3);

    const reporter = await openPage(browser, { viewport: PHONE_VIEWPORT });
    const { page } = reporter;
    await page.goto(`${stack.url}/report.html`);
    await page.getByRole('radio', { name: 'เรียกรับสินบน / ผลประโยชน์' }).check();
    await page.getByLabel('หัวข้อเรื่อง').fill(`เรียกเงินที่เคาน์เตอร์ ${randomUUID().slice(0, 6)}`);
    await page.getByLabel('รายละเอียดเรื่อง').fill('เจ้าหน้าที่เรียกเงินเพื่อเร่งออกใบอนุญาต แนบบันทึกเหตุการณ์มาด้วย');
    await page.getByRole('radio', { name: 'ไม่เปิดเผยตัวตน' }).check();
    await page.getByLabel('แนบไฟล์หลักฐาน').setInputFiles(fileOnDisk(docxName, hostile));
    await page.getByRole('button', { name: 'ส่งเรื่องร้องเรียน' }).click();
    const receipt = page.getByRole('region', { name: 'ระบบได้รับเรื่องร้องเรียนของท่านแล้ว' });
    await receipt.waitFor();
    const reference = (await definitionOf(receipt, 'เลขที่เรื่อง').innerText()).trim();
    await receipt.getByRole('region', { name: 'ไฟล์หลักฐานที่แนบ' }).getByRole('listitem').filter({ hasText: docxName }).getByText(RECEIVED, { exact: true }).waitFor();
    expectNoProblems(reporter.problems);
    await reporter.context.close();

    const officer = await openPage(browser, { viewport: DESKTOP_VIEWPORT });
    await officer.page.goto(`${stack.url}/staff/case.html?ref=${reference}`);
    await signIn(officer.page, 'officer-kanda', 'officer');
    const row = officer.page.getByRole('table', { name: 'ไฟล์หลักฐาน' }).getByRole('row').filter({ hasText: docxName });
    await row.waitFor();
    expect(await row.innerText()).toContain('ไฟล์ที่ฝังไว้');
    const downloading = officer.page.waitForEvent('download');
    await row.getByRole('button', { name: `ดาวน์โหลด ${docxName}` }).click();
    const bytes = new Uint8Array(await readFile((await (await downloading).path())));
    const parts = unzipSync(bytes);
    // What the reporter saw is there; what they did not is not, in any part or any zip inside one.
    expect(strFromU8(parts['word/document.xml']!)).toContain(VISIBLE.paragraph);
    expect(includesText(everyPart(bytes), creator)).toBe(false);
    expect(Object.keys(parts).filter((name) => name.startsWith('word/embeddings/'))).toEqual([]);
    const pictures = Object.entries(parts).filter(([name]) => name.startsWith('word/media/'));
    expect(pictures).toHaveLength(1);
    expect(await exifr.parse(Buffer.from(pictures[0]![1]), { gps: true })).toBeUndefined();
    expectNoProblems(officer.problems);
    await officer.context.close();
  }, 90_000);

  it('refuses a renamed file after the check, saying why, and refuses an unsupported one before sending', async () => {
    const filed = await post(
      stack.url,
      '/api/complaints',
      { category: 'procurement', subject: 'ตรวจรับงานไม่ครบ', description: 'ตรวจรับครุภัณฑ์ทั้งที่ยังส่งของไม่ครบตามสัญญา', reporter: { mode: 'anonymous' } },
      { 'idempotency-key': randomUUID() },
    );
    expect(filed.status).toBe(201);
    const { reference, secret } = filed.body as { reference: string; secret: string };

    const { page, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    const slots: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/tracking/files')) slots.push(request.url());
    });
    const caseView = await openTracking(page, reference, secret);
    expect(await caseView.getByText('ยังไม่มีไฟล์หลักฐาน').isVisible()).toBe(true);
    const chooser = caseView.getByLabel('แนบไฟล์หลักฐานเพิ่ม');

    // A kind of file the channel does not take is refused on the page, and nothing is sent.
    await chooser.setInputFiles(fileOnDisk('บันทึก.txt', new TextEncoder().encode('บันทึกการประชุม')));
    await caseView.getByRole('button', { name: 'ส่งไฟล์' }).click();
    await caseView.getByText('“บันทึก.txt” เป็นไฟล์ชนิดที่ระบบไม่รับ', { exact: false }).first().waitFor();
    expect(slots).toEqual([]);

    // A PNG named .jpg goes up, and the check refuses it with a reason the reporter can act on.
    const renamed = 'ภาพหน้าจอ.jpg';
    await chooser.setInputFiles(fileOnDisk(renamed, pngWithText()));
    await caseView.getByRole('button', { name: 'ส่งไฟล์' }).click();
    const item = caseView.getByRole('list', { name: 'ไฟล์หลักฐาน' }).getByRole('listitem').filter({ hasText: renamed });
    await item.getByText(TYPE_MISMATCH, { exact: false }).waitFor();
    expect(await item.innerText()).toContain(REFUSED);
    expect(slots).toHaveLength(1);
    await page.screenshot({ path: join(screenshotDir, 'tracking-refused.png'), fullPage: true });
    expectNoProblems(problems);
  }, 60_000);

  it('keeps the receipt when an upload fails, and sends the file again into the same slot', async () => {
    const { page, problems } = await openPage(browser, { viewport: PHONE_VIEWPORT });
    const slotKeys: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/tracking/files')) slotKeys.push(request.headers()['idempotency-key'] ?? '');
    });
    // The connection drops during the first upload to the bucket.
    await page.route('**/local-bucket/', (route) => route.abort('connectionreset'), { times: 1 });
    await page.goto(`${stack.url}/report.html`);
    await page.getByRole('radio', { name: 'ประพฤติมิชอบ / ผิดวินัย' }).check();
    await page.getByLabel('หัวข้อเรื่อง').fill('ลงเวลาปฏิบัติงานแทนกัน');
    await page.getByLabel('รายละเอียดเรื่อง').fill('มีการลงเวลาปฏิบัติงานแทนกันเป็นประจำ แนบภาพสมุดลงเวลา');
    await page.getByRole('radio', { name: 'ไม่เปิดเผยตัวตน' }).check();
    const photoName = 'สมุดลงเวลา.jpg';
    await page.getByLabel('แนบไฟล์หลักฐาน').setInputFiles(fileOnDisk(photoName, jpegWithGps()));
    await page.getByRole('button', { name: 'ส่งเรื่องร้องเรียน' }).click();

    // The receipt stays, says the complaint is in, and offers to send the file again.
    const receipt = page.getByRole('region', { name: 'ระบบได้รับเรื่องร้องเรียนของท่านแล้ว' });
    const sentFiles = receipt.getByRole('region', { name: 'ไฟล์หลักฐานที่แนบ' });
    await sentFiles.getByText('ยังส่งไม่สำเร็จ แต่ระบบได้รับเรื่องร้องเรียนของท่านแล้ว', { exact: false }).waitFor();
    const reference = (await definitionOf(receipt, 'เลขที่เรื่อง').innerText()).trim();
    const secret = (await definitionOf(receipt, 'รหัสลับสำหรับติดตามเรื่อง').innerText()).trim();
    expect(reference).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);

    await sentFiles.getByRole('button', { name: `ลองส่งอีกครั้ง: ${photoName}` }).click();
    await sentFiles.getByRole('listitem').filter({ hasText: photoName }).getByText(RECEIVED, { exact: true }).waitFor();
    // Both attempts named the same file, so the case holds it once.
    expect(slotKeys).toHaveLength(2);
    expect(slotKeys[1]).toBe(slotKeys[0]);
    const tracked = await post(stack.url, '/api/tracking', { reference, secret });
    expect((tracked.body as { files: { name: string; status: string }[] }).files).toEqual([expect.objectContaining({ name: photoName, status: 'received' })]);
    expectNoProblems(problems, 1);
  }, 60_000);

  it('lets a custodian place a legal hold and export the case with its files and, when asked, the identity', async () => {
    const reporterName = 'ประภา ซื่อตรง';
    const { reference } = await fileWithPhoto({ mode: 'identified', name: reporterName });
    const holdReason = 'มีหนังสือจากสำนักงาน ป.ป.ช. ขอให้เก็บรักษาพยานหลักฐานไว้ระหว่างการไต่สวน';
    const exportReason = 'ส่งต่อสำนักงาน ป.ป.ช. ตามหนังสือขอข้อมูลประกอบการไต่สวนข้อเท็จจริง';

    const { page, problems } = await openPage(browser, { viewport: DESKTOP_VIEWPORT });
    await page.goto(`${stack.url}/staff/case.html?ref=${reference}`);
    await signIn(page, 'custodian-wipa', 'custodian');
    const facts = page.locator('#case-facts');
    await definitionOf(facts, 'การระงับการทำลายข้อมูล').getByText('ไม่ได้ระงับ').waitFor();

    // A hold needs a reason of 20 characters or more; then the case says it is held.
    const hold = page.getByRole('region', { name: 'ระงับการทำลายข้อมูล' });
    await hold.getByLabel('เหตุผล').fill('คำสั่งศาล');
    await hold.getByRole('button', { name: 'ระงับการทำลายข้อมูล' }).click();
    await hold.getByText('เหตุผลต้องมีอย่างน้อย 20 ตัวอักษร', { exact: false }).waitFor();
    await hold.getByLabel('เหตุผล').fill(holdReason);
    const held = page.waitForResponse((response) => response.url().endsWith('/legal-hold'));
    await hold.getByRole('button', { name: 'ระงับการทำลายข้อมูล' }).click();
    expect((await held).status()).toBe(200);
    await hold.getByText('เรื่องนี้ระงับการทำลายข้อมูลไว้ตั้งแต่', { exact: false }).waitFor();
    expect(await definitionOf(facts, 'การระงับการทำลายข้อมูล').innerText()).toMatch(/^ระงับไว้ตั้งแต่ /);
    expect(await hold.getByRole('button', { name: 'ยกเลิกการระงับการทำลายข้อมูล' }).isVisible()).toBe(true);

    // The export, with the identity: a link to a ZIP holding the case, the cleaned file and the identity.
    const exporting = page.getByRole('region', { name: 'ส่งออกเรื่องเพื่อส่งต่อหน่วยงานอื่น' });
    await exporting.getByLabel('เหตุผลและหน่วยงานที่รับเรื่องต่อ').fill(exportReason);
    await exporting.getByRole('checkbox', { name: 'รวมข้อมูลตัวตนผู้ร้องเรียน' }).check();
    await exporting.getByRole('button', { name: 'สร้างไฟล์ส่งออก' }).click();
    const link = exporting.getByRole('link', { name: /^ดาวน์โหลด .+\.zip$/ });
    await link.waitFor();
    expect(await exporting.innerText()).toContain('ไฟล์หลักฐาน 1 ไฟล์ · รวมข้อมูลตัวตนผู้ร้องเรียน');
    const downloading = page.waitForEvent('download');
    await link.click();
    const zip = unzipSync(new Uint8Array(await readFile((await (await downloading).path()))));
    expect(Object.keys(zip).sort()).toEqual(['SHA256SUMS', 'case.json', `files/${reference}-1.jpg`, 'identity.json'].sort());
    expect(JSON.parse(strFromU8(zip['identity.json']!))).toMatchObject({ name: reporterName });
    expect(JSON.parse(strFromU8(zip['case.json']!))).toMatchObject({ reference, export: { reason: exportReason, includesIdentity: true } });

    // Both are in the trail with their reasons.
    await page.getByRole('button', { name: 'ดูประวัติการดำเนินการ' }).click();
    const trail = page.getByRole('table', { name: 'ประวัติการดำเนินการ' });
    await trail.getByRole('row').filter({ hasText: 'ส่งออกเรื่องเพื่อส่งต่อหน่วยงานอื่น' }).filter({ hasText: exportReason }).waitFor();
    await trail.getByRole('row').filter({ hasText: 'ระงับการทำลายข้อมูลตามกฎหมาย' }).filter({ hasText: holdReason }).waitFor();
    await page.screenshot({ path: join(screenshotDir, 'case-custody.png'), fullPage: true });
    expectNoProblems(problems);
  }, 60_000);
});
