// You are here: the information centre's words, for its public pages and the staff pages that keep
// its registers, service log and suggestions.
import type { CHANNEL_KINDS, MEDIA_TYPES, SERVICE_CHANNELS, Suggestion } from '../../shared/domain/information-centre';
import { WORDS } from './words';

type MediaType = (typeof MEDIA_TYPES)[number];
type ChannelKind = (typeof CHANNEL_KINDS)[number];
type ServiceChannel = (typeof SERVICE_CHANNELS)[number];
type SuggestionStatus = Suggestion['status'];


/** In the page's language (web/i18n/), on the public pages and the staff pages alike. */
export const MEDIA_TYPE_LABELS: Readonly<Record<MediaType, string>> = WORDS.informationCentre.mediaTypes;

export const CHANNEL_KIND_LABELS: Readonly<Record<ChannelKind, string>> = WORDS.informationCentre.channelKinds;

export const SERVICE_CHANNEL_LABELS: Readonly<Record<ServiceChannel, string>> = WORDS.informationCentre.serviceChannels;

export const SUGGESTION_STATUS_LABELS: Readonly<Record<SuggestionStatus, string>> = WORDS.informationCentre.suggestionStatuses;
