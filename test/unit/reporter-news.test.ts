// A reporter's news by e-mail, with memory adapters: who may leave an address (an anonymous reporter
// only knowingly), how it is kept (sealed under its own purpose, opened by the notifier alone, never in
// a staff view or an audit entry), when news is mailed (an officer's message, a change of status, never
// the reporter's own message), what it says (nothing of the case), how it stops, and that a destroyed
// case tells no one.
import { describe, expect, it } from 'vitest';
import * as fileComplaintRoute from '../../functions/complaints/file-complaint';
import * as stopRoute from '../../functions/tracking/stop-news';
import { NOTIFIER_NEEDS } from '../../functions/event-needs';
import { routeGroups } from '../../functions/routes';
import { happeningsOfChange } from '../../shared/adapters/dynamodb/notification-changes';
import { complaintKeys } from '../../shared/adapters/dynamodb/keys';
import { memoryDeliveryLedger } from '../../shared/adapters/memory/memory-delivery-ledger';
import { scopeContext } from '../../shared/config/needs';
import { deliverHappening, type CaseHappening } from '../../shared/domain/notifications/notifier';
import type { OutgoingMail } from '../../shared/domain/notifications/ports';
import { stopNews } from '../../shared/domain/notifications/stop-news';
import type { StaffPrincipal } from '../../shared/domain/staff';
import { getCase, listCases, messageReporter, revealIdentity, transitionCase } from '../../shared/domain/use-cases/case-handling';
import { fileComplaint } from '../../shared/domain/use-cases/file-complaint';
import { replyAsReporter, trackComplaint } from '../../shared/domain/use-cases/track-complaint';
import { applyRetention, exportCase } from '../../shared/domain/use-cases/custody';
import { bodyOf, httpEvent, lambdaContext } from '../support/events';
import { anonymousComplaint, identifiedComplaint, memoryContext } from '../support/memory-context';

const ADDRESS = 'news-qxmark@example.org';
const officer: StaffPrincipal = { id: 'officer-1', roles: ['officer'], agency: 'bma-health' };
const custodian: StaffPrincipal = { id: 'custodian-1', roles: ['custodian'], agency: 'bma-health' };

function world() {
  const memory = memoryContext(new Date('2026-11-27T03:00:00.000Z'));
  const sent: OutgoingMail[] = [];
  const deliver = deliverHappening({
    clock: memory.context.clock,
    suppressions: memory.context.mailSuppressions,
    complaints: memory.complaints,
    agencies: memory.agencies,
    // No staff: whatever is mailed here went to the reporter.
    staffDirectory: { list: async () => ({ staff: [] }) },
    ledger: memoryDeliveryLedger(),
    mailer: { send: async (mail) => void sent.push(mail) },
    siteUrl: 'https://integrity.example.go.th',
    contacts: memory.context.contactVault,
  });
  return { memory, sent, deliver };
}

async function optedIn(memory: ReturnType<typeof memoryContext>) {
  return fileComplaint(memory.context)(anonymousComplaint({ subject: 'หัวข้อ QXSUBJECT', notifyEmail: ADDRESS, acceptsEmailRisk: true }));
}

const news = (reference: string, what: string): CaseHappening => ({ key: `reporter-news#${reference}#${what}`, event: 'reporter-news', reference });
const stopTokenOf = (mail: OutgoingMail) => /stop\.html#([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1] ?? '';

describe('leaving an address for news', () => {
  it('refuses an address that is not one, naming body.notifyEmail', async () => {
    const { context } = memoryContext();
    const handle = fileComplaintRoute.makeHandler(context);
    for (const notifyEmail of ['not-an-address', `${'a'.repeat(250)}@example.org`, 42]) {
      const result = await handle(httpEvent('post-complaint', { body: { ...anonymousComplaint(), notifyEmail, acceptsEmailRisk: true } }), lambdaContext);
      expect(result.statusCode, String(notifyEmail)).toBe(400);
      expect(Object.keys(bodyOf(result).error.fields)).toContain('body.notifyEmail');
    }
  });

  it('takes one from an anonymous reporter only with acceptsEmailRisk: true, naming body.acceptsEmailRisk otherwise', async () => {
    const { context, complaints } = memoryContext();
    const handle = fileComplaintRoute.makeHandler(context);
    for (const acceptsEmailRisk of [undefined, false]) {
      const result = await handle(httpEvent('post-complaint', { body: { ...anonymousComplaint(), notifyEmail: ADDRESS, ...(acceptsEmailRisk === undefined ? {} : { acceptsEmailRisk }) } }), lambdaContext);
      expect(result.statusCode).toBe(400);
      expect(bodyOf(result).error.fields).toEqual({ 'body.acceptsEmailRisk': expect.any(String) as string });
    }
    expect(complaints.cases.size).toBe(0);
    const accepted = await handle(httpEvent('post-complaint', { body: { ...anonymousComplaint(), notifyEmail: ADDRESS, acceptsEmailRisk: true } }), lambdaContext);
    expect(accepted.statusCode).toBe(201);
  });

  it('takes one from an identified reporter without the warning, and seals it apart from the identity, under its own purpose', async () => {
    const { context, complaints, contactCalls, vaultCalls } = memoryContext();
    const receipt = await fileComplaint(context)({ ...identifiedComplaint(), notifyEmail: ADDRESS });
    const stored = complaints.cases.get(receipt.reference)!.complaint!;
    expect(contactCalls).toEqual({ seal: 1, open: 0 });
    expect(vaultCalls.seal).toBe(1);
    expect(stored.sealedContact).toBeInstanceOf(Uint8Array);
    expect(stored.stopTokenHash).toMatch(/^[0-9a-f]{64}$/);
    // Nowhere in the record in the clear, and not inside the sealed identity.
    expect(Buffer.from(JSON.stringify(stored, (_key, value: unknown) => (value instanceof Uint8Array ? Buffer.from(value).toString('latin1') : value))).includes(ADDRESS)).toBe(false);
    expect(JSON.stringify(await context.vault.open(stored.sealedIdentity!, { agency: 'bma-health', reference: receipt.reference, purpose: 'reporter-identity' }))).not.toContain(ADDRESS);
    // The contact does not open as an identity, nor under another case.
    await expect(context.vault.open(stored.sealedContact!, { agency: 'bma-health', reference: receipt.reference, purpose: 'reporter-identity' })).rejects.toThrow();
    await expect(context.contactVault.open(stored.sealedContact!, { agency: 'bma-health', reference: 'AAAAA-AAAAA', purpose: 'reporter-contact' })).rejects.toThrow();
  });

  it('without an address, nothing is sealed and no reporter is ever mailed', async () => {
    const { memory, sent, deliver } = world();
    const receipt = await fileComplaint(memory.context)(anonymousComplaint());
    expect(memory.contactCalls.seal).toBe(0);
    await messageReporter(memory.context)(officer, receipt.reference, 'คำถาม');
    expect(await deliver(news(receipt.reference, 'message#o1'))).toEqual({ sent: 0, alreadySent: 0, failed: 0, suppressed: 0 });
    expect(sent).toEqual([]);
  });
});

describe('which writes tell the reporter there is news', () => {
  const reference = 'ABCDE-12345';
  it("an officer's message and a timeline event (every change of status writes one), each with a key a replay repeats", () => {
    expect(happeningsOfChange({ newImage: { ...complaintKeys.message(reference, 'o1'), id: 'o1', from: 'officer' } })).toEqual([news(reference, 'message#o1')]);
    const event = complaintKeys.event(reference, '2026-11-28T01:00:00.000Z', 'e1');
    expect(happeningsOfChange({ newImage: { ...event, status: 'acknowledged' } })).toEqual([news(reference, 'event#2026-11-28T01:00:00.000Z#e1')]);
  });

  it("never the reporter's own message or file: those are told to staff alone", () => {
    const own = happeningsOfChange({ newImage: { ...complaintKeys.message(reference, 'r1'), id: 'r1', from: 'reporter' } });
    expect(own.map((happening) => happening.event)).toEqual(['reporter-message']);
    const file = happeningsOfChange({ newImage: { ...complaintKeys.file(reference, 'f1'), id: 'f1', name: 'QXFILENAME.pdf', status: 'awaiting-upload' } });
    expect(file).toEqual([{ key: `reporter-file#${reference}#f1`, event: 'reporter-file', reference }]);
  });
});

describe('the news message', () => {
  it('goes once per happening to the address left, saying nothing of the case, with a stop link', async () => {
    const { memory, sent, deliver } = world();
    const receipt = await optedIn(memory);
    await messageReporter(memory.context)(officer, receipt.reference, 'คำถามของเจ้าหน้าที่ QXMESSAGE');
    await transitionCase(memory.context)(officer, receipt.reference, { to: 'acknowledged', publicNote: 'บันทึก QXNOTE' });
    expect(await deliver(news(receipt.reference, 'message#o1'))).toEqual({ sent: 1, alreadySent: 0, failed: 0, suppressed: 0 });
    expect(await deliver(news(receipt.reference, 'event#e1'))).toEqual({ sent: 1, alreadySent: 0, failed: 0, suppressed: 0 });
    // A replay sends nothing twice.
    expect(await deliver(news(receipt.reference, 'message#o1'))).toEqual({ sent: 0, alreadySent: 1, failed: 0, suppressed: 0 });
    expect(sent.map((mail) => mail.to)).toEqual([ADDRESS, ADDRESS]);
    for (const mail of sent) {
      expect(mail.subject).toBe('มีความเคลื่อนไหวในเรื่องที่ท่านแจ้งไว้');
      // The id becomes the Message-ID (SMTP) or a tag (SES): it names no case either.
      const everything = `${mail.id}\n${mail.subject}\n${mail.text}\n${mail.html}\n${JSON.stringify(mail.headers)}`;
      for (const never of [receipt.reference, receipt.secret, 'QXSUBJECT', 'QXMESSAGE', 'QXNOTE', 'ตอบรับและตรวจสอบเบื้องต้น', 'acknowledged']) expect(everything).not.toContain(never);
      expect(mail.text).toContain('https://integrity.example.go.th/stop.html#');
      expect(mail.headers['List-Unsubscribe']).toBe(`<https://integrity.example.go.th/stop.html#${stopTokenOf(mail)}>`);
    }
  });

  it('a failed send is given back and sent by the retry, once', async () => {
    const memory = memoryContext();
    const sent: OutgoingMail[] = [];
    let failures = 2;
    const deliver = deliverHappening({
      clock: memory.context.clock,
      suppressions: memory.context.mailSuppressions,
      complaints: memory.complaints,
      agencies: memory.agencies,
      staffDirectory: { list: async () => ({ staff: [] }) },
      ledger: memoryDeliveryLedger(),
      mailer: { send: async (mail) => (failures-- > 0 ? Promise.reject(new Error('injected')) : void sent.push(mail)) },
      siteUrl: 'https://integrity.example.go.th',
      contacts: memory.context.contactVault,
    });
    const receipt = await optedIn(memory);
    const happening = news(receipt.reference, 'message#o1');
    await expect(deliver(happening)).rejects.toThrow();
    await expect(deliver(happening)).rejects.toThrow();
    expect(await deliver(happening)).toMatchObject({ sent: 1 });
    expect(await deliver(happening)).toMatchObject({ sent: 0, alreadySent: 1 });
    expect(sent).toHaveLength(1);
  });
});

describe('stopping the news', () => {
  it('stops every later message; stopping again, or with an unknown token, answers the same', async () => {
    const { memory, sent, deliver } = world();
    const receipt = await optedIn(memory);
    await deliver(news(receipt.reference, 'message#o1'));
    const token = stopTokenOf(sent[0]!);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const handle = stopRoute.makeHandler(memory.context);
    const stop = (body: unknown) => handle(httpEvent('post-tracking', { body }), lambdaContext);
    const first = await stop({ token });
    expect(first.statusCode).toBe(200);
    expect(bodyOf(first)).toEqual({ stopped: true });
    const again = await stop({ token });
    const unknown = await stop({ token: 'A'.repeat(43) });
    expect([again.statusCode, unknown.statusCode]).toEqual([200, 200]);
    expect([bodyOf(again), bodyOf(unknown)]).toEqual([{ stopped: true }, { stopped: true }]);
    // The address is gone, so nothing more is mailed.
    expect(memory.complaints.cases.get(receipt.reference)!.complaint!.sealedContact).toBeUndefined();
    expect(await deliver(news(receipt.reference, 'message#o2'))).toEqual({ sent: 0, alreadySent: 0, failed: 0, suppressed: 0 });
    expect(sent).toHaveLength(1);
  });

  it('answers 400 naming body.token for a token of the wrong shape, and stops nothing', async () => {
    const { memory, sent, deliver } = world();
    const receipt = await optedIn(memory);
    const handle = stopRoute.makeHandler(memory.context);
    for (const body of [{}, { token: 'short' }, { token: `${'A'.repeat(42)}=` }, { token: 'A'.repeat(43), extra: 1 }, { token: receipt.reference }]) {
      const result = await handle(httpEvent('post-tracking', { body }), lambdaContext);
      expect(result.statusCode, JSON.stringify(body)).toBe(400);
    }
    const result = await handle(httpEvent('post-tracking', { body: { token: 'short' } }), lambdaContext);
    expect(Object.keys(bodyOf(result).error.fields)).toEqual(['body.token']);
    await deliver(news(receipt.reference, 'message#o1'));
    expect(sent).toHaveLength(1);
  });

  it('a token that reached storage stops nothing: only its hash is kept', async () => {
    const { memory, sent, deliver } = world();
    const receipt = await optedIn(memory);
    const stored = memory.complaints.cases.get(receipt.reference)!.complaint!;
    await stopNews(memory.context)(stored.stopTokenHash!.slice(0, 43));
    await deliver(news(receipt.reference, 'message#o1'));
    expect(sent).toHaveLength(1);
  });
});

describe('a destroyed case', () => {
  it('loses the address with the rest and tells no one', async () => {
    const { memory, sent, deliver } = world();
    const receipt = await optedIn(memory);
    await transitionCase(memory.context)(officer, receipt.reference, { to: 'acknowledged' });
    await transitionCase(memory.context)(officer, receipt.reference, { to: 'investigating' });
    await transitionCase(memory.context)(officer, receipt.reference, { to: 'closed', outcome: 'unsubstantiated' });
    memory.advance(6 * 366 * 24 * 60 * 60);
    await applyRetention(memory.context)();
    const left = memory.complaints.cases.get(receipt.reference)!.complaint!;
    expect(left.destroyedAt).toBeDefined();
    expect(left.sealedContact).toBeUndefined();
    expect(left.stopTokenHash).toBeUndefined();
    expect(await deliver(news(receipt.reference, 'event#late'))).toEqual({ sent: 0, alreadySent: 0, failed: 0, suppressed: 0 });
    expect(sent).toEqual([]);
  });
});

describe('who may open a contact', () => {
  it('no staff route, tracking route or custody step opens one, and no staff answer or audit entry holds it', async () => {
    const { memory, deliver, sent } = world();
    const receipt = await fileComplaint(memory.context)({ ...identifiedComplaint('สมหญิง QXNAME'), notifyEmail: ADDRESS });
    const { reference, secret } = receipt;
    const answers: unknown[] = [];
    answers.push(await trackComplaint(memory.context)({ reference, secret }));
    answers.push(await replyAsReporter(memory.context)({ reference, secret, body: 'ข้อมูลเพิ่มเติม' }));
    answers.push(await listCases(memory.context)(officer, {}));
    answers.push(await getCase(memory.context)(custodian, reference));
    answers.push(await messageReporter(memory.context)(officer, reference, 'คำถาม'));
    answers.push(await transitionCase(memory.context)(officer, reference, { to: 'acknowledged' }));
    answers.push(await revealIdentity(memory.context)(custodian, reference, 'ต้องติดต่อผู้ร้องเรียนเพื่อขอเอกสารเพิ่มเติมตามคำสั่ง'));
    answers.push(await exportCase(memory.context)(custodian, reference, { reason: 'ส่งต่อสำนักงาน ป.ป.ช. ตามหนังสือที่ 123/2570', includeIdentity: true }));
    expect(memory.contactCalls.open).toBe(0);
    const seen = JSON.stringify(answers, (_key, value: unknown) => (value instanceof Uint8Array ? Buffer.from(value).toString('latin1') : value));
    expect(seen).not.toContain(ADDRESS);
    expect(seen).not.toContain('sealedContact');
    expect(seen).not.toContain('stopTokenHash');
    expect(JSON.stringify(memory.audit.entries)).not.toContain(ADDRESS);
    // The notifier alone opens it, once per message it sends.
    await deliver(news(reference, 'message#o1'));
    expect(memory.contactCalls.open).toBe(1);
    expect(sent.map((mail) => mail.to)).toEqual([ADDRESS]);
  });

  it('only the notifier declares opening contacts; every route group that may reach the key seals or opens identities only', () => {
    const opening = routeGroups.filter((group) => group.needs.identityKey === 'open-contact');
    expect(opening).toEqual([]);
    expect(NOTIFIER_NEEDS.identityKey).toBe('open-contact');
    // The notifier has the contact vault and never the identity vault.
    const notifier = scopeContext('notifier', NOTIFIER_NEEDS, memoryContext().context);
    expect(() => notifier.contactVault).not.toThrow();
    expect(() => notifier.vault).toThrow(/did not declare identityKey/);
    for (const group of routeGroups) {
      const scoped = scopeContext(`${group.name} group`, group.needs, memoryContext().context);
      // Only the intake (encrypt) holds the port, to seal; its key grant cannot open (test/infra).
      if (group.needs.identityKey === 'encrypt') expect(() => scoped.contactVault).not.toThrow();
      else expect(() => scoped.contactVault, group.name).toThrow(/did not declare identityKey/);
    }
  });
});

describe("the reporter's language", () => {
  const THAI_SCRIPT = /[\u0E00-\u0E7F]/;
  /** A record as staff with the table could read it: sealed bytes as their length only. */
  const inClear = (value: unknown) => JSON.stringify(value, (_key, item: unknown) => (item instanceof Uint8Array ? `sealed:${item.length}` : item));

  it('refuses a language that is not one of the pages\', naming body.language', async () => {
    const { context, complaints } = memoryContext();
    const handle = fileComplaintRoute.makeHandler(context);
    for (const language of ['fr', 'EN', '', 42]) {
      const result = await handle(httpEvent('post-complaint', { body: { ...anonymousComplaint(), notifyEmail: ADDRESS, acceptsEmailRisk: true, language } }), lambdaContext);
      expect(result.statusCode, String(language)).toBe(400);
      expect(Object.keys(bodyOf(result).error.fields)).toEqual(['body.language']);
    }
    expect(complaints.cases.size).toBe(0);
    const accepted = await handle(httpEvent('post-complaint', { body: { ...anonymousComplaint(), notifyEmail: ADDRESS, acceptsEmailRisk: true, language: 'en' } }), lambdaContext);
    expect(accepted.statusCode).toBe(201);
  });

  it('mails an English opt-in in English, with the English tracking and stop pages; a Thai one (or one that named none) in Thai', async () => {
    const { memory, sent, deliver } = world();
    const english = await fileComplaint(memory.context)(anonymousComplaint({ notifyEmail: 'english@example.org', acceptsEmailRisk: true, language: 'en' }));
    const thai = await fileComplaint(memory.context)(anonymousComplaint({ notifyEmail: 'thai@example.org', acceptsEmailRisk: true, language: 'th' }));
    const unnamed = await fileComplaint(memory.context)(anonymousComplaint({ notifyEmail: 'unnamed@example.org', acceptsEmailRisk: true }));
    for (const { reference } of [english, thai, unnamed]) await deliver(news(reference, 'message#o1'));
    const [en, th, none] = sent;
    expect(en!.to).toBe('english@example.org');
    expect(en!.subject).toBe('There is news on your report');
    const token = stopTokenOf(en!);
    expect(en!.text).toContain(`https://integrity.example.go.th/en/stop.html#${token}`);
    expect(en!.text).toContain('https://integrity.example.go.th/a/bma-health/en/track.html');
    expect(en!.headers['List-Unsubscribe']).toBe(`<https://integrity.example.go.th/en/stop.html#${token}>`);
    expect(en!.html).toContain('<html lang="en">');
    // Every word is English; only what the agency wrote (its responsible unit, in the footer) stays Thai, marked as such.
    const [body] = en!.text.split('\n--\n');
    expect(`${en!.subject}\n${body}`).not.toMatch(THAI_SCRIPT);
    expect(en!.html.replace(/<span lang="th">[^<]*<\/span>/g, '')).not.toMatch(THAI_SCRIPT);
    for (const mail of [th!, none!]) {
      expect(mail.subject).toBe('มีความเคลื่อนไหวในเรื่องที่ท่านแจ้งไว้');
      expect(mail.text).toMatch(/https:\/\/integrity\.example\.go\.th\/stop\.html#[A-Za-z0-9_-]{43}/);
      expect(mail.text).not.toContain('/en/');
    }
  });

  it('keeps the language inside the sealed contact: an English opt-in case looks like a Thai one to staff, exports, audit and the table', async () => {
    const { memory } = world();
    const cases = [];
    for (const language of ['en', 'th'] as const) {
      const receipt = await fileComplaint(memory.context)({ ...identifiedComplaint('สมหญิง QXNAME'), notifyEmail: 'same-length@example.org', language });
      const { reference } = receipt;
      const answers: unknown[] = [];
      answers.push(await trackComplaint(memory.context)({ reference, secret: receipt.secret }));
      answers.push(await listCases(memory.context)(officer, {}));
      answers.push(await getCase(memory.context)(custodian, reference));
      answers.push(await transitionCase(memory.context)(officer, reference, { to: 'acknowledged' }));
      answers.push(await revealIdentity(memory.context)(custodian, reference, 'ต้องติดต่อผู้ร้องเรียนเพื่อขอเอกสารเพิ่มเติมตามคำสั่ง'));
      answers.push(await exportCase(memory.context)(custodian, reference, { reason: 'ส่งต่อสำนักงาน ป.ป.ช. ตามหนังสือที่ 123/2570', includeIdentity: true }));
      const seen = inClear(answers);
      expect(seen).not.toMatch(/language/i);
      expect(seen).not.toContain('"en"');
      const stored = memory.complaints.cases.get(reference)!.complaint!;
      expect(Object.keys(stored)).not.toContain('language');
      expect(inClear(stored)).not.toMatch(/language|"en"/);
      cases.push(stored);
    }
    expect(inClear(memory.audit.entries)).not.toMatch(/language|"en"/);
    // The sealed contact is as long whichever language it holds: its size tells nothing either.
    const [en, th] = cases;
    expect(en!.sealedContact!.length).toBe(th!.sealedContact!.length);
    expect(Object.keys(en!).sort()).toEqual(Object.keys(th!).sort());
    // Opened by the notifier, it holds the language with the address.
    expect(await memory.context.contactVault.open(en!.sealedContact!, { agency: 'bma-health', reference: en!.reference, purpose: 'reporter-contact' })).toMatchObject({ email: 'same-length@example.org', language: 'en' });
  });
});
