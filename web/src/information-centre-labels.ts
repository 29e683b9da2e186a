// You are here: the information centre's words, for its public pages and the staff pages that keep
// its registers, service log and suggestions.
import type { CHANNEL_KINDS, MEDIA_TYPES, SERVICE_CHANNELS, Suggestion } from '../../shared/domain/information-centre';
import { WORDS } from './words';

type MediaType = (typeof MEDIA_TYPES)[number];
type ChannelKind = (typeof CHANNEL_KINDS)[number];
type ServiceChannel = (typeof SERVICE_CHANNELS)[number];
type SuggestionStatus = Suggestion['status'];


/** In the page's language (web/i18n/); the staff pages are in Thai. */
export const MEDIA_TYPE_LABELS: Readonly<Record<MediaType, string>> = WORDS.informationCentre.mediaTypes;

export const CHANNEL_KIND_LABELS: Readonly<Record<ChannelKind, string>> = WORDS.informationCentre.channelKinds;

export const SERVICE_CHANNEL_LABELS: Record<ServiceChannel, string> = {
  'walk-in': 'มาติดต่อด้วยตนเอง',
  phone: 'โทรศัพท์',
  online: 'ออนไลน์ (อีเมล เว็บไซต์ สื่อสังคมออนไลน์)',
  letter: 'หนังสือ / จดหมาย',
};

export const SUGGESTION_STATUS_LABELS: Record<SuggestionStatus, string> = {
  new: 'ยังไม่ได้ตอบ',
  answered: 'ตอบแล้ว',
  hidden: 'ซ่อนแล้ว',
};
