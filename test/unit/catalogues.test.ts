// The message catalogues of the pages (web/i18n/), public and staff, and of the published statistics
// (shared/domain/publication/words/): tsc already refuses a translation with a key missing or extra;
// these check what types cannot: that every English message is written in English (no Thai script,
// never the Thai text copied over), that the templates use only keys the
// catalogues have and the catalogues keep no key no template uses, and that no Thai word is written
// into a template or a page script itself, where no translation would reach it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../shared/domain/publication/indicators';
import { words as enPublication } from '../../shared/domain/publication/words/en';
import { words as thPublication } from '../../shared/domain/publication/words/th';
import { currentInstrument, INSTRUMENTS, SURVEY_IDS } from '../../shared/domain/surveys/instrument';
import { TRANSLATED_LANGUAGES } from '../../shared/domain/surveys/instrument-schema';
import { words as enScripts } from '../../web/i18n/en/scripts';
import { staffWords as enStaffScripts } from '../../web/i18n/en/staff-scripts';
import { PAGE_WORDS } from '../../web/i18n/pages';
import { words as thScripts } from '../../web/i18n/th/scripts';
import { staffWords as thStaffScripts } from '../../web/i18n/th/staff-scripts';

const THAI = /[\u0E00-\u0E7F]/;

/** What a message of the publication takes: a period (the period names), else numbers, else words. */
const SAMPLE_PERIOD = { kind: 'quarter', fiscalYear: 2570, quarter: 1, firstDay: '2026-10-01', lastDay: '2026-12-31' };

/** Every message of a catalogue by its dotted key: a string as it is, a function called with sample values. */
function messages(catalogue: unknown, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') found.set(path, value);
    else if (typeof value === 'function') {
      const call = value as (...args: unknown[]) => string;
      let text: string;
      try {
        text = call('Label', 'Other');
      } catch {
        try {
          text = call(3, 7);
        } catch {
          text = call(SAMPLE_PERIOD);
        }
      }
      found.set(path, text);
    } else if (typeof value === 'object' && value !== null) for (const [inner, text] of messages(value, path)) found.set(inner, text);
  }
  return found;
}

/** Words that are the same in both languages on purpose: names of file formats and examples of codes. */
const SAME_IN_BOTH = new Set(['evidence.kindsAccepted']);

describe('the English catalogues', () => {
  for (const [name, th, en] of [
    ['pages', PAGE_WORDS.th, PAGE_WORDS.en],
    ['scripts', thScripts, enScripts],
    ['staff scripts', thStaffScripts, enStaffScripts],
    ['publication', thPublication, enPublication],
  ] as const) {
    it(`translate every message of the Thai ${name} catalogue, in English`, () => {
      const thai = messages(th);
      const english = messages(en);
      expect([...english.keys()].sort()).toEqual([...thai.keys()].sort());
      for (const [key, text] of english) {
        expect(THAI.test(text), `${name}: ${key} is written in Thai script: ${text}`).toBe(false);
        if (THAI.test(thai.get(key) ?? '') && !SAME_IN_BOTH.has(key)) expect(text, `${name}: ${key}`).not.toBe(thai.get(key));
      }
    });
  }
});

const PAGES_DIR = join(import.meta.dirname, '../../web/pages');
/** Every template: the channel's pages, the finder, the news e-mails' stop page and the staff console's pages. */
const TEMPLATES = [
  ...readdirSync(join(PAGES_DIR, 'channel')).map((name) => `channel/${name}`),
  'index.html',
  'stop.html',
  ...readdirSync(join(PAGES_DIR, 'staff')).map((name) => `staff/${name}`),
];

describe('the templates', () => {
  const sources = TEMPLATES.map((path) => [path, readFileSync(join(PAGES_DIR, path), 'utf8')] as const);

  it.each(sources)('%s writes no Thai word itself: every word is a message of the catalogues', (path, source) => {
    const lines = source.split('\n').filter((line) => THAI.test(line));
    const catalogue = path.startsWith('staff/') ? 'web/i18n/th/staff-pages.ts' : 'web/i18n/th/pages.ts';
    expect(lines, `${path}: move these words into ${catalogue} (docs/languages.md)`).toEqual([]);
  });

  it('name only messages the catalogues have, and the catalogues keep none that no template names', () => {
    const used = new Set(sources.flatMap(([, source]) => [...source.matchAll(/\{\{\s*[ta]\.([\w.]+)\s*\}\}/g)].map((match) => match[1]!)));
    // The shells' words are written by web/layout.ts, not by a template.
    const pageKeys = [...messages(PAGE_WORDS.th).keys()].filter((key) => !key.startsWith('layout.') && !key.startsWith('staff.shell.'));
    expect([...used].filter((key) => !pageKeys.includes(key))).toEqual([]);
    expect(pageKeys.filter((key) => !used.has(key))).toEqual([]);
  });
});

const SCRIPTS_DIR = join(import.meta.dirname, '../../web/src');

describe('the page scripts', () => {
  /** A script's code without its comments, which may quote the Thai words they explain. */
  const code = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const scripts = readdirSync(SCRIPTS_DIR)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => [name, code(readFileSync(join(SCRIPTS_DIR, name), 'utf8'))] as const);

  it.each(scripts)('%s writes no Thai word itself: every word is a message of the catalogues', (name, source) => {
    const lines = source.split('\n').filter((line) => THAI.test(line));
    expect(lines, `web/src/${name}: move these words into web/i18n/th/scripts.ts or staff-scripts.ts (docs/languages.md)`).toEqual([]);
  });
});

describe('the plan\'s survey instruments', () => {
  // Their texts are translated beside the Thai in the instrument files (docs/languages.md): every text
  // of every version has each language's translation, in that language's script, not the Thai copied.
  it('carry every text in every page language, none left in Thai', () => {
    for (const instrument of INSTRUMENTS) {
      const where = `${instrument.id} v${instrument.version}`;
      const texts: [string, string, string | undefined][] = [];
      for (const language of TRANSLATED_LANGUAGES) {
        const own = instrument.translations?.[language];
        texts.push([`${where} ${language} title`, instrument.title, own?.title], [`${where} ${language} introduction`, instrument.introduction, own?.introduction]);
        for (const question of instrument.questions) {
          const translated = question.translations?.[language];
          texts.push([`${where} ${language} ${question.id}`, question.text, translated?.text]);
          if (question.type === 'rating' && question.label !== undefined) texts.push([`${where} ${language} ${question.id} label`, question.label, question.translations?.[language]?.label]);
          if (question.type === 'choice') {
            for (const option of question.options) texts.push([`${where} ${language} ${question.id} ${option.id}`, option.text, option.translations?.[language]?.text]);
          }
        }
      }
      for (const [what, thai, translated] of texts) {
        expect(translated, what).toBeTypeOf('string');
        expect(THAI.test(translated!), `${what} is written in Thai script: ${translated}`).toBe(false);
        expect(translated, what).not.toBe(thai);
      }
    }
  });
});

describe('the catalogues of the published statistics', () => {
  it('name every indicator and every survey of the plan, in Thai as indicators.ts and the instruments do', () => {
    expect(Object.keys(thPublication.indicators.names).sort()).toEqual(INDICATORS.map((indicator) => indicator.id).sort());
    for (const indicator of INDICATORS) expect(indicator.labelTh).toBe(thPublication.indicators.names[indicator.id as keyof typeof thPublication.indicators.names]);
    expect(thPublication.surveys.titles).toEqual(Object.fromEntries(SURVEY_IDS.map((id) => [id, currentInstrument(id)!.title])));
    const labelled = currentInstrument('channel-experience')!.questions.flatMap((question) => (question.type === 'rating' && question.label ? [[question.id, question.label]] : []));
    expect(thPublication.surveys.items).toEqual(Object.fromEntries(labelled));
  });

  it('write a period and a day in English in the Common Era, the Buddhist-era year beside it', () => {
    expect(enPublication.periodName(SAMPLE_PERIOD as Parameters<typeof enPublication.periodName>[0])).toBe('Quarter 1, fiscal year 2027 (B.E.\u00a02570): October–December 2026');
    expect(enPublication.periodName({ kind: 'year', fiscalYear: 2570, firstDay: '2026-10-01', lastDay: '2027-09-30' })).toBe('Fiscal year 2027 (B.E.\u00a02570): October 2026–September 2027');
    expect(enPublication.day('2027-01-03')).toBe('3 January 2027 (B.E.\u00a02570)');
    expect(thPublication.day('2027-01-03')).toBe('3 มกราคม 2570');
  });
});
