// HTTP API v2 events for handler tests, made from the samples in events/.
import { readFileSync } from 'node:fs';
import type { Context } from 'aws-lambda';
import type { HttpEvent } from '../../shared/http/handler';

/** A sample in events/, as plain JSON (HTTP API requests, an EventBridge event). */
export const eventSample = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../events/${name}.json`, import.meta.url), 'utf8'));
const sample = (name: string) => eventSample(name) as HttpEvent;

export function httpEvent(name: 'post-complaint' | 'post-tracking', changes: { body?: unknown; rawBody?: string; headers?: Record<string, string | undefined> } = {}): HttpEvent {
  const event = sample(name);
  const headers = { ...event.headers, ...changes.headers };
  for (const [key, value] of Object.entries(headers)) if (value === undefined) delete headers[key];
  return {
    ...event,
    headers: headers,
    ...(changes.rawBody !== undefined ? { body: changes.rawBody } : changes.body !== undefined ? { body: JSON.stringify(changes.body) } : {}),
  };
}

export const lambdaContext = { awsRequestId: 'test', getRemainingTimeInMillis: () => 10_000 } as unknown as Context;

export const bodyOf = (result: { body?: string }) => JSON.parse(result.body ?? 'null');
