// You are here: the information centre's words, for its public pages and the staff pages that keep
// its registers, service log and suggestions.
import type { CHANNEL_KINDS, MEDIA_TYPES, SERVICE_CHANNELS, Suggestion } from '../../shared/domain/information-centre';

type MediaType = (typeof MEDIA_TYPES)[number];
type ChannelKind = (typeof CHANNEL_KINDS)[number];
type ServiceChannel = (typeof SERVICE_CHANNELS)[number];
type SuggestionStatus = Suggestion['status'];


export const MEDIA_TYPE_LABELS: Record<MediaType, string> = {
  leaflet: 'แผ่นพับ',
  newsletter: 'จดหมายข่าว',
  video: 'วิดีโอ',
  poster: 'โปสเตอร์',
  article: 'บทความ',
};

export const CHANNEL_KIND_LABELS: Record<ChannelKind, string> = {
  'phone-line': 'สายด่วน / โทรศัพท์',
  'service-point': 'จุดให้บริการ',
  'suggestion-box': 'ตู้รับความคิดเห็น',
  'social-media': 'สื่อสังคมออนไลน์',
  website: 'เว็บไซต์',
  'public-hearing': 'การรับฟังความคิดเห็น',
  other: 'ช่องทางอื่น',
};

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
