// The tracking credentials played by an attacker over real HTTP against DynamoDB Local: the
// reference is public, so whatever anyone does with it must neither keep the reporter out, nor pass
// the failure budget by racing, nor tell one failure from another by answer or by time.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, type Answer } from '../support/http';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ buildPages: false });
});
afterAll(() => stack.close());

const BUDGET = 5; // LOCKOUT_MAX_FAILURES's default
const WRONG_SECRET = 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA';

async function file(): Promise<{ reference: string; secret: string }> {
  const filed = await post(stack.url, '/api/complaints', {
    category: 'bribery',
    subject: 'เรียกรับเงินค่าตรวจสุขลักษณะ',
    description: 'เจ้าหน้าที่ตรวจสุขลักษณะร้านอาหารเรียกเงินห้าพันบาทเพื่อไม่ให้สั่งปิดร้าน',
    reporter: { mode: 'anonymous' },
  });
  expect(filed.status).toBe(201);
  return { reference: filed.body.reference, secret: filed.body.secret };
}

/** A well-formed reference that no complaint has (50 random bits). */
const unknownReference = () => {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const code = [...crypto.getRandomValues(new Uint8Array(10))].map((byte) => alphabet[byte % 32]).join('');
  return `${code.slice(0, 5)}-${code.slice(5)}`;
};

/** The fixed 15-minute budget window (LOCKOUT_WINDOW_SECONDS's default) the clock is in now. */
const currentWindow = () => Math.floor(Date.now() / (15 * 60 * 1000));

const upload = (credentials: { reference: string; secret: string }) =>
  post(stack.url, '/api/tracking/files', { ...credentials, name: 'photo.jpg', mediaType: 'image/jpeg', size: 2048 }, { 'idempotency-key': randomUUID() });

describe('the reporter cannot be kept out', () => {
  it('answers the right secret on all three tracking routes after many wrong guesses on all of them', async () => {
    const owner = await file();
    const wrong = { reference: owner.reference, secret: WRONG_SECRET };
    const before = currentWindow();
    const guesses: Answer[] = [];
    for (let round = 0; round < 10; round += 1) {
      guesses.push(await post(stack.url, '/api/tracking', wrong));
      guesses.push(await post(stack.url, '/api/tracking/messages', { ...wrong, body: 'x' }));
      guesses.push(await upload(wrong));
    }
    // One budget, or two if the guesses happened to cross a window's end.
    expect(guesses.filter((answer) => answer.status === 401)).toHaveLength(BUDGET * (currentWindow() - before + 1));
    expect(guesses.at(-1)!.status).toBe(429);

    expect((await post(stack.url, '/api/tracking', owner)).status).toBe(200);
    expect((await post(stack.url, '/api/tracking/messages', { ...owner, body: 'ยังรอคำตอบอยู่ค่ะ' })).status).toBe(201);
    expect((await upload(owner)).status).toBe(201);
    // And wrong secrets are still refused after the owner came in: the owner's success resets nothing.
    expect((await post(stack.url, '/api/tracking', wrong)).status).toBe(429);
  });
});


describe('the failure budget holds under concurrency', () => {
  it('answers at most the budget of 60 parallel wrong guesses with 401 and the rest with 429', async () => {
    const { reference } = await file();
    const before = currentWindow();
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, index) =>
        index % 3 === 0
          ? post(stack.url, '/api/tracking', { reference, secret: WRONG_SECRET })
          : index % 3 === 1
            ? post(stack.url, '/api/tracking/messages', { reference, secret: WRONG_SECRET, body: 'x' })
            : upload({ reference, secret: WRONG_SECRET }),
      ),
    );
    const after = currentWindow();
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(BUDGET * (after - before + 1));
    expect(statuses.filter((status) => status === 429)).toHaveLength(60 - BUDGET * (after - before + 1));
  });
});

describe('every failure looks the same', () => {
  type Kind = 'unknown reference' | 'first failure' | 'later failure';

  async function timed(body: unknown): Promise<{ answer: Answer; ms: number; operations: string[] }> {
    const from = stack.capacity.length;
    const started = performance.now();
    const answer = await post(stack.url, '/api/tracking', body);
    const ms = performance.now() - started;
    return { answer, ms, operations: stack.capacity.slice(from).map((record) => record.operation) };
  }

  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  };

  it('gives unknown references, first and later wrong secrets the same status, body, headers, DynamoDB calls and time', async () => {
    const rounds = 40;
    const cases = [];
    for (let index = 0; index < rounds; index += 1) cases.push(await file());
    const samples: Record<Kind, Awaited<ReturnType<typeof timed>>[]> = { 'unknown reference': [], 'first failure': [], 'later failure': [] };
    // Warm the route, so the first samples do not pay for connections and compilation.
    for (let index = 0; index < 5; index += 1) await timed({ reference: unknownReference(), secret: WRONG_SECRET });

    // Interleaved, in an order that changes each round, so the machine's drift falls on every kind
    // alike. A later failure needs the first one on the same reference before it.
    const orders: Kind[][] = [
      ['unknown reference', 'first failure', 'later failure'],
      ['first failure', 'unknown reference', 'later failure'],
      ['first failure', 'later failure', 'unknown reference'],
    ];
    for (let round = 0; round < rounds; round += 1) {
      const reference = cases[round]!.reference;
      for (const kind of orders[round % orders.length]!) {
        samples[kind].push(await timed({ reference: kind === 'unknown reference' ? unknownReference() : reference, secret: WRONG_SECRET }));
      }
    }

    const reference = samples['unknown reference'][0]!;
    const comparable = (sample: Awaited<ReturnType<typeof timed>>) => ({
      status: sample.answer.status,
      body: { ...sample.answer.body, error: { ...sample.answer.body.error, requestId: '' } },
      headers: [...sample.answer.headers.keys()].sort(),
      operations: sample.operations,
    });
    for (const [kind, list] of Object.entries(samples)) {
      for (const sample of list) expect(comparable(sample), kind).toEqual(comparable(reference));
    }
    expect(reference.answer.status).toBe(401);
    expect(reference.operations).toEqual(['case.load', 'failures.spend']);

    // Compared in pairs taken in the same round, so whatever else the machine is doing at that moment
    // falls on both sides of each difference; the median difference is what a path itself costs.
    const differences = (kind: Kind) => Array.from({ length: rounds }, (_, round) => samples[kind][round]!.ms - samples['first failure'][round]!.ms);
    // One DynamoDB Local call more or less (what a first failure used to cost) is 2 to 5 ms here, and
    // an item read or not about 1 ms: a path that did either would stand out by more than 1.5 ms.
    for (const kind of ['unknown reference', 'later failure'] as const) {
      const difference = median(differences(kind));
      expect(Math.abs(difference), `${kind} against a first failure: median difference ${difference.toFixed(2)} ms`).toBeLessThanOrEqual(1.5);
    }
  }, 90_000);
});
