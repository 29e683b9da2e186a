// You are here: the information centre's registers (plan items 1.1.3 and 2.1.1): knowledge topics
// published to staff, public-relations channels, the centre's service log, and the public's
// suggestions. Registers are small (dozens of rows per agency), so they are read whole.
import * as z from 'zod/mini';
import { boundedText, calendarDay as day } from './text';
import { INFO_CENTRE_BOUNDS as BOUNDS } from '../rules/text';

export const MEDIA_TYPES = ['leaflet', 'newsletter', 'video', 'poster', 'article'] as const;
export const CHANNEL_KINDS = ['phone-line', 'service-point', 'suggestion-box', 'social-media', 'website', 'public-hearing', 'other'] as const;
export const SERVICE_CHANNELS = ['walk-in', 'phone', 'online', 'letter'] as const;

// The schemas are z.lazy, built on first use: the publication and the reports import this module for
// its rules, and should not build the registers' schemas when they start. The fields are functions so
// that the routes' strict response schemas (an entry's data beside its id) are built from the same ones.
export const topicFields = () => ({
  title: boundedText(BOUNDS.topicTitle, 'title of the knowledge topic'),
  summary: boundedText(BOUNDS.topicSummary, 'what staff learn from it'),
  mediaType: z.enum(MEDIA_TYPES),
  channel: boundedText(BOUNDS.topicChannel, 'where it was published (e.g. intranet, notice board)'),
  publishedOn: day,
  link: z.optional(z.url({ protocol: /^https$/, error: 'must be an https:// link' }).check(z.maxLength(BOUNDS.link))),
});

export const topicSchema = z.lazy(() => z.strictObject(topicFields()));

export const channelFields = () => ({
  name: boundedText(BOUNDS.channelName, 'name of the channel'),
  kind: z.enum(CHANNEL_KINDS),
  contact: boundedText(BOUNDS.channelContact, 'phone number, address or URL'),
  activeSince: day,
  activeUntil: z.optional(day),
});

export const channelSchema = z.lazy(() =>
  z
    .strictObject(channelFields())
    .check(z.refine((channel) => !channel.activeUntil || channel.activeUntil >= channel.activeSince, { message: 'must not be before activeSince', path: ['activeUntil'] })),
);

export const serviceRecordFields = () => ({
  date: day,
  channel: z.enum(SERVICE_CHANNELS),
  requestKind: boundedText(BOUNDS.requestKind, 'what was asked for'),
  fulfilled: z.boolean(),
  daysToFulfil: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(BOUNDS.daysToFulfil))),
});

export const serviceRecordSchema = z.lazy(() =>
  z
    .strictObject(serviceRecordFields())
    .check(z.refine((record) => !record.fulfilled || record.daysToFulfil !== undefined, { message: 'required when the request was fulfilled', path: ['daysToFulfil'] })),
);

export const suggestionSchema = z.lazy(() => z.strictObject({ text: boundedText(BOUNDS.suggestion, 'your suggestion'), agency: z.optional(z.string().check(z.maxLength(64))) }));
export const answerSchema = z.lazy(() => z.strictObject({ answer: boundedText(BOUNDS.answer, 'the reply, kept for staff'), hide: z.optional(z.boolean()) }));

export type Topic = z.infer<typeof topicSchema>;
export type Channel = z.infer<typeof channelSchema>;
export type ServiceRecord = z.infer<typeof serviceRecordSchema>;
export type RegisterKind = 'topics' | 'channels';

export interface RegisterEntry<T> {
  id: string;
  agency: string;
  data: T;
  createdAt: string;
  updatedAt: string;
  retiredAt?: string;
}

export interface Suggestion {
  id: string;
  agency: string;
  receivedOn: string;
  text: string;
  status: 'new' | 'answered' | 'hidden';
  answer?: string;
  requestHash: Uint8Array;
}

/** A topic counts once its publication day has come and it has not been retired. */
export const isPublished = (entry: RegisterEntry<Topic>, day: string) => entry.data.publishedOn <= day && (!entry.retiredAt || entry.retiredAt.slice(0, 10) > day);

/** A channel is active on a day between its first and last day, unless retired before. */
export const isActive = (entry: RegisterEntry<Channel>, day: string) =>
  entry.data.activeSince <= day && (!entry.data.activeUntil || day <= entry.data.activeUntil) && (!entry.retiredAt || entry.retiredAt.slice(0, 10) > day);
