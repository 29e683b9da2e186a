// You are here: where the published statistics live under /stats/, in each language. Thai is the
// source and keeps the addresses it always had; another language is a folder right after the folder
// it translates, as the channel's pages do after an agency's home (shared/rules/languages.ts):
//   /stats/ → /stats/en/                      (the index of every agency)
//   /stats/{id}/ → /stats/{id}/en/            (an agency's latest quarter, or its pending page)
//   /stats/{id}/{period}/ → /stats/{id}/en/{period}/
//   /stats/{id}/archive.html → /stats/{id}/en/archive.html
// The open data (stats.json, complaints.csv, index.json) is one file for every language and stays
// where it is. Everything stays under /stats/, which CloudFront and the local server serve from the
// stats bucket as it is. The publication, the pages' links and the tests read this one rule.
import { LANGUAGES, SOURCE_LANGUAGE, languageFolder, type Language } from './languages';

/** The address of a statistics page: `folder` is '' (the index), an agency's id or `all`; `page` a path inside it ('', 'archive.html', '2570-Q1/'). */
export const statsAddress = (language: Language, folder = '', page = ''): string => `/stats/${folder ? `${folder}/` : ''}${languageFolder(language)}${page}`;

/** The object key of a statistics page in the stats bucket (the address without /stats/, a folder's page its index.html). */
export const statsKey = (language: Language, folder = '', page = ''): string => {
  const address = statsAddress(language, folder, page).slice('/stats/'.length);
  return address === '' || address.endsWith('/') ? `${address}index.html` : address;
};

/** The language folders under /stats/ (`en`): no agency may have one of them as its id, or its folder would be a language's index. */
export const STATS_LANGUAGE_FOLDERS: readonly string[] = LANGUAGES.filter((language) => language !== SOURCE_LANGUAGE);
