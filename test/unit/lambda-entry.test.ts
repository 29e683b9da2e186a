import { describe, expect, it } from 'vitest';
import { handler as metaHandler } from '../../functions/meta/lambda';
import { handler as trackingHandler } from '../../functions/tracking/lambda';
import { bodyOf, httpEvent, lambdaContext } from '../support/events';

describe('a route group on Lambda', () => {
  it('fails its first invoke loudly when a variable is missing', async () => {
    delete process.env.COMPLAINTS_TABLE;
    await expect(trackingHandler(httpEvent('post-tracking'), lambdaContext)).rejects.toThrow(/COMPLAINTS_TABLE/);
  });

  it('dispatches by route key and answers 404 for a route of another group', async () => {
    process.env.COMPLAINTS_TABLE = 'complaints';
    process.env.AUDIT_TABLE = 'audit';
    process.env.SURVEYS_TABLE = 'surveys';
    process.env.STATS_BUCKET = 'stats';
    process.env.INFORMATION_CENTRE_TABLE = 'information-centre';
    process.env.IDENTITY_KEY_ARN = 'arn:aws:kms:ap-southeast-7:111111111111:key/00000000-0000-0000-0000-000000000000';
    const health = { ...httpEvent('post-tracking'), routeKey: 'GET /api/health', body: undefined };
    expect(bodyOf(await metaHandler(health, lambdaContext))).toEqual({ ok: true });
    const elsewhere = await metaHandler(httpEvent('post-tracking'), lambdaContext);
    expect(elsewhere.statusCode).toBe(404);
  });
});
