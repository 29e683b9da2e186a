// The public forms with JavaScript off (Tor Browser's "Safest" level, or a page whose script has not
// loaded yet): pressing Enter must never let the browser send the fields itself, which it would do
// into the address (a GET), where history, proxies and logs keep the secret or the reporter's name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let browser: Browser;
beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(), launchBrowser()]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

// Markers no page or request would contain by chance, in the shapes the fields take.
const MARKERS = {
  reference: 'QQ7ZZ-QQ7ZZ',
  secret: 'ZQ7Z-ZQ7Z-ZQ7Z-ZQ7Z-ZQ7Z-ZQ7Z',
  subject: 'เรื่องทดสอบรั่วไหลMARKERSUBJECT',
  description: 'รายละเอียดทดสอบMARKERDESCRIPTION',
  name: 'นามสกุลทดสอบMARKERNAME',
  phone: '0819998877',
  email: 'marker-email@example.org',
  nationalId: '1101700230708',
  address: 'ที่อยู่ทดสอบMARKERADDRESS',
  suggestion: 'ข้อเสนอแนะMARKERSUGGESTION',
};

/** Every URL the page asked for or navigated to, and every entry of its history. */
async function watch(page: Page) {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  page.on('framenavigated', (frame) => urls.push(frame.url()));
  const session = await page.context().newCDPSession(page);
  return {
    async all() {
      const { entries } = (await session.send('Page.getNavigationHistory')) as { entries: { url: string }[] };
      return [...urls, page.url(), ...entries.map((entry) => entry.url)];
    },
  };
}

function expectNoMarker(urls: string[]) {
  const decoded = urls.map((url) => {
    try {
      return decodeURIComponent(url.replace(/\+/g, ' '));
    } catch {
      return url;
    }
  });
  for (const [field, marker] of Object.entries(MARKERS)) {
    for (const url of [...urls, ...decoded]) expect(url, field).not.toContain(marker);
    // A secret or a reference would also show without its dashes.
    for (const url of decoded) expect(url.toUpperCase(), field).not.toContain(marker.replace(/-/g, '').toUpperCase());
  }
}

async function withoutScript(path: string, fill: (page: Page) => Promise<void>, pressIn: string) {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'th-TH' });
  const page = await context.newPage();
  const watched = await watch(page);
  await page.goto(`${stack.url}${path}`);
  await fill(page);
  // Enter in a text field is what submits a form natively; without a script nothing must be sent.
  await page.locator(pressIn).press('Enter');
  await page.waitForLoadState('load');
  const urls = await watched.all();
  await context.close();
  return urls;
}

describe('the public forms with JavaScript off', () => {
  it('never puts the reference or the secret of #track-form into a URL', async () => {
    const urls = await withoutScript(
      '/track.html',
      async (page) => {
        await page.locator('#reference').fill(MARKERS.reference);
        await page.locator('#secret').fill(MARKERS.secret);
      },
      '#secret',
    );
    expect(urls.length).toBeGreaterThan(0);
    expectNoMarker(urls);
  });

  it('never puts the complaint or the reporter\'s identity of #complaint-form into a URL', async () => {
    const urls = await withoutScript(
      '/report.html',
      async (page) => {
        await page.locator('#subject').fill(MARKERS.subject);
        await page.locator('#description').fill(MARKERS.description);
        await page.locator('#reporter-identified').check({ force: true });
        // The identity panel is shown by the script; hidden fields are sent all the same, so fill them.
        for (const [id, value] of [
          ['#reporter-name', MARKERS.name],
          ['#reporter-phone', MARKERS.phone],
          ['#reporter-email', MARKERS.email],
          ['#reporter-nationalId', MARKERS.nationalId],
          ['#reporter-address', MARKERS.address],
        ] as const) {
          await page.locator(id).fill(value, { force: true });
        }
      },
      '#subject',
    );
    expectNoMarker(urls);
  });

  it('gives every form of the public pages method="post" and a disabled submit button until the script is ready', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of ['/track.html', '/report.html', '/information-centre.html', '/survey.html?id=promotion-satisfaction']) {
      await page.goto(`${stack.url}${path}`);
      const forms = await page.locator('form').evaluateAll((elements) =>
        elements.map((form) => ({
          id: form.id,
          method: form.getAttribute('method'),
          submits: [...form.querySelectorAll('button[type="submit"], input[type="submit"]')].map((button) => (button as HTMLButtonElement).disabled),
        })),
      );
      expect(forms.length, path).toBeGreaterThan(0);
      // The note says what to do instead.
      expect(await page.locator('noscript').count(), path).toBeGreaterThan(0);
      expect((await page.locator('noscript').allTextContents()).join(' '), path).toContain('โปรดเปิดใช้ JavaScript');
      for (const form of forms) {
        expect(form.method, `${path} #${form.id}`).toBe('post');
        expect(form.submits.length, `${path} #${form.id}`).toBeGreaterThan(0);
        expect(form.submits.every(Boolean), `${path} #${form.id}`).toBe(true);
      }
    }
    await context.close();
  });

  it('answers a native POST of the form to the page itself with 405, the fields only in the body', async () => {
    const body = new URLSearchParams({ reference: MARKERS.reference, secret: MARKERS.secret }).toString();
    const response = await fetch(`${stack.url}/track.html`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expectNoMarker([response.url]);
    expect(stack.logLines.join('\n')).not.toContain(MARKERS.secret);
  });
});

describe('the public forms with JavaScript on', () => {
  it('enables each submit button once the page script handles the form', async () => {
    const context = await browser.newContext({ locale: 'th-TH' });
    const page = await context.newPage();
    await page.goto(`${stack.url}/track.html`);
    await expect.poll(() => page.locator('#track-submit').isDisabled()).toBe(false);
    await page.goto(`${stack.url}/report.html`);
    await expect.poll(() => page.locator('#submit-complaint').isDisabled()).toBe(false);
    await page.goto(`${stack.url}/information-centre.html`);
    await expect.poll(() => page.locator('#suggestion-submit').isDisabled()).toBe(false);
    await context.close();
  });
});
