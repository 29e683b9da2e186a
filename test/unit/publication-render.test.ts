// The rendered pages and the CSV played by an attacker who controls every text that reaches them
// (an agency's name, a survey's title, an indicator's label, a case's reference, an executive's
// acknowledgement reason…): whatever they write comes out as text, never as markup, and a CSV cell
// can neither break its record nor run as a spreadsheet formula. Also the html`…` tag itself.
import { describe, expect, it } from 'vitest';
import { csvField } from '../../shared/domain/publication/csv';
import type { StatisticsDocument } from '../../shared/domain/publication/document';
import { html, joinHtml, SafeHtml, trustedHtml } from '../../shared/domain/publication/html';
import { renderIndexPage, renderNationalPage, renderPendingPage } from '../../shared/domain/publication/index-render';
import { nationalQuarter } from '../../shared/domain/publication/national';
import { renderArchive, renderCsv, renderPeriodPage, type Manifest } from '../../shared/domain/publication/render';
import { LANGUAGES } from '../../shared/rules/languages';
import { englishDay } from '../../shared/rules/thai-time';
import { renderExecutiveReport } from '../../shared/domain/publication/report-render';
import type { ExecutiveReport } from '../../shared/domain/use-cases/executive-report';
import { fileComplaint } from '../../shared/domain/use-cases/file-complaint';
import { publishStatistics } from '../../shared/domain/use-cases/publish-statistics';
import { anonymousComplaint, memoryContext } from '../support/memory-context';

/** Closes an element and an attribute of either quote, opens a script and an event handler. */
const ATTACK = `</title></p>"'><script>alert(1)</script><img src=x onerror="alert('x')">&amp;`;
/** This test's own oracle of correct escaping, independent of the code under test. */
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** The quarter and year-to-date documents of 12 complaints, as the publication writes them. */
async function publishedDocuments(): Promise<StatisticsDocument[]> {
  const memory = memoryContext(new Date('2026-11-02T03:00:00Z'));
  for (let index = 0; index < 12; index += 1) await fileComplaint(memory.context)(anonymousComplaint({ category: index % 3 ? 'procurement' : 'bribery' }));
  memory.advance(61 * 86_400);
  await publishStatistics(memory.context)('2570-Q1');
  return ['2570-Q1', '2570'].map((id) => JSON.parse(memory.statsStore.objects.get(`bma-health/${id}/stats.json`)?.body.toString('utf8') ?? 'null') as StatisticsDocument);
}

/** Every text of a document that comes from data (not from the page's own words) set to `text`. */
const withText = (document: StatisticsDocument, text: string): StatisticsDocument => ({
  ...document,
  agency: { ...document.agency, id: text, nameTh: text, nameEn: text },
  period: { ...document.period, id: text },
  // The executive's analysis is published as written, a paragraph per line.
  ...(document.period.kind === 'quarter' ? { approval: { approvedOn: '2027-01-03', analysis: `${text}\n\n${text}` } } : {}),
  surveys: [
    { id: 'satisfaction', title: text, planItem: text, n: 9, targetPercent: 80, satisfactionPercent: 85, targetMet: true },
    { id: 'test', title: text, planItem: text, n: 12, passRatePercent: 50 },
    { id: 'withheld', title: text, planItem: text, n: 2, withheld: true },
  ],
  indicators: [...document.indicators, { id: 'custom', planItem: text, labelTh: text, target: { atMost: 3, unit: 'เรื่อง' }, actual: 2, met: true }],
});

const report = (documents: StatisticsDocument[], text: string): ExecutiveReport => ({
  generatedAt: '2027-01-02T03:00:00.000Z',
  documents: documents.map((document) => withText(document, text)),
  overdue: {
    total: 2,
    listed: [
      { reference: text, category: text, status: text, receivedAt: '2026-11-02T03:00:00.000Z', ageDays: 40, flags: [text, 'progress'] },
      { reference: 'K7Q2MX9WHT', category: 'bribery', status: 'received', receivedAt: '2026-11-02T03:00:00.000Z', ageDays: 61, flags: ['acknowledgement'] },
    ],
  },
  surveyComments: [{ surveyId: 'satisfaction', title: text, total: 5, themes: [{ id: 'queue', labelTh: text, count: 2 }], unthemed: 3 }],
  acknowledgements: [{ actor: text, at: '2027-01-02T23:30:00.000Z', reason: text }],
  approval: { agency: 'bma-health', period: '2570-Q1', approvedBy: text, approvedAt: '2027-01-02T23:30:00.000Z', analysis: `${text}\n${text}` },
  publishAfterApproval: true,
});

/**
 * The page rendered with the attack everywhere is the page rendered with a harmless word everywhere,
 * once each escaped attack is put back as that word: so every place that took the attack printed it
 * escaped, and nowhere did it change the markup around it.
 */
function expectEscapedEverywhere(render: (text: string) => string) {
  const attacked = render(ATTACK);
  const harmless = render('HARMLESS');
  expect(attacked).not.toContain('<script');
  expect(attacked).not.toContain('<img');
  expect(attacked.split(escaped(ATTACK)).length - 1).toBe(harmless.split('HARMLESS').length - 1);
  expect(attacked.split(escaped(ATTACK)).join('HARMLESS')).toBe(harmless);
}

describe('rendered pages escape whatever data they print', () => {
  it('the period page, quarter and year to date, in every field from data', async () => {
    for (const document of await publishedDocuments()) expectEscapedEverywhere((text) => renderPeriodPage(withText(document, text)));
  });

  it('the English period page, in every field from data', async () => {
    for (const document of await publishedDocuments()) expectEscapedEverywhere((text) => renderPeriodPage(withText(document, text), 'en'));
  });

  it('the pending, index and national pages, in each language', () => {
    for (const language of LANGUAGES) {
      expectEscapedEverywhere((text) => renderPendingPage({ id: text, nameTh: text, nameEn: text }, language));
      // The index loads its own search script, so only the rest of expectEscapedEverywhere applies to it.
      const index = (text: string) => renderIndexPage([{ id: text, nameTh: text, nameEn: text, latest: '2570-Q1', periods: ['2570-Q1'], search: text }], '2570-Q1', language);
      expect(index(ATTACK).split(escaped(ATTACK)).join('HARMLESS')).toBe(index('HARMLESS'));
      expect(index(ATTACK).split('<script').length).toBe(2);
    }
  });

  it('the archive page, in the agency and every period', () => {
    const entry = { kind: 'quarter' as const, fiscalYear: 2570, quarter: 1, firstDay: '2026-10-01', lastDay: '2026-12-31', hash: 'h', publishedOn: '2027-01-02', revision: 1 };
    const manifest = (text: string): Manifest => ({ agency: { id: text, nameTh: text, nameEn: text }, periods: { [text]: entry } });
    expectEscapedEverywhere((text) => renderArchive(manifest(text)));
    expectEscapedEverywhere((text) => renderArchive(manifest(text), 'en'));
  });

  it('the executive report, in references, labels, overdue flags, survey themes and acknowledgements', async () => {
    const documents = await publishedDocuments();
    expectEscapedEverywhere((text) => renderExecutiveReport(report(documents, text)));
  });
});

describe('a statistics page a citizen can read', () => {
  /** The figure of one chart, and the part of it that is the chart's drawing. */
  const figure = (page: string, id: string) => page.slice(page.indexOf(`<figure class="chart" aria-labelledby="${id}-title">`), page.indexOf('</figure>', page.indexOf(`${id}-title`)));

  it('draws "<5" as a hatched range from 0 to 4 on a scale that reaches 5, a withheld cell with no bar, and says what each means under the chart', async () => {
    const [quarter] = await publishedDocuments();
    const page = renderPeriodPage({
      ...quarter!,
      complaints: { ...quarter!.complaints, byCategory: { bribery: 2, procurement: '<5', 'abuse-of-power': 'x', 'salary-promotion': 0, misconduct: 1, other: 0 } },
    });
    const chart = figure(page, 'by-category');
    // The scale is the threshold (5), so 2 complaints are 100 of 250 units, not the full width.
    expect(chart).toContain('<rect x="0" y="22" width="100" height="14" class="chart-bar"/>');
    // The range 0–4 is 4/5 of 250 units: a dashed outline over diagonal lines.
    expect(chart).toContain('width="200" height="13" class="chart-range"/>');
    expect(chart.split('class="chart-hatch"').length - 1).toBeGreaterThan(10);
    // One range only (procurement), and nothing drawn for the withheld cell but its words.
    expect(chart.split('class="chart-range"').length - 1).toBe(1);
    expect(chart).toContain('>ไม่เปิดเผย</text>');
    expect(chart).toContain('“น้อยกว่า 5” หมายถึงมี 0 ถึง 4 เรื่อง');
    expect(chart).toContain('“ไม่เปิดเผย” หมายถึงปิดตัวเลขช่องนี้ไว้ด้วย');
    // A chart with exact numbers only explains nothing it does not show.
    const exact = { ...quarter!.complaints, byOutcome: { substantiated: 5, unsubstantiated: 6, 'insufficient-evidence': 7, 'not-in-jurisdiction': 8 }, referred: 9 };
    expect(figure(renderPeriodPage({ ...quarter!, complaints: exact }), 'by-outcome')).not.toContain('cell-note');
    expect(figure(page, 'by-outcome')).toContain('cell-note');
  });

  it('names indicators in words with the plan\'s clause as a small reference, and words a result against its target as the staff pages do', async () => {
    const [quarter] = await publishedDocuments();
    const page = renderPeriodPage({ ...quarter!, indicators: [{ id: 'custom', planItem: '4.3.2', labelTh: 'ตัวชี้วัดทดสอบ', target: { atLeast: 5, unit: 'เรื่อง' }, actual: 1, met: false }] });
    expect(page).toContain('<th scope="row">ตัวชี้วัดทดสอบ <small class="ref">(แผนข้อ 4.3.2)</small></th><td data-label="เป้าหมาย">อย่างน้อย 5 เรื่อง</td><td data-label="ผล">1</td><td data-label="ผลเทียบเป้าหมาย">ยังไม่บรรลุเป้าหมาย</td>');
    expect(page).not.toContain('ไม่ผ่านเป้าหมาย');
  });

  it('carries the site header, linking the agency\'s channel and guideline, outside the part the executive report reuses', async () => {
    const [quarter] = await publishedDocuments();
    const page = renderPeriodPage(quarter!);
    expect(page).toContain('<a class="site-name" href="/a/bma-health/">ช่องทางร้องเรียนการทุจริตและประพฤติมิชอบ</a>');
    expect(page).toContain('<a href="/a/bma-health/guide.html">คู่มือการร้องเรียน</a>');
    expect(page.indexOf('class="site-header"')).toBeLessThan(page.indexOf('<main'));
  });
});

/** The page with every element marked lang="th" taken out: what must then hold no Thai script on an English page. */
const outsideThai = (page: string) => page.replace(/<(\w+)\b[^>]*\blang="th"[^>]*>[\s\S]*?<\/\1>/g, '');
const THAI = /[\u0E00-\u0E7F]/;

describe('the statistics pages in English', () => {
  it('are lang="en", switch to the Thai page and back, and say nothing in Thai script but what is marked Thai', async () => {
    const [quarter, year] = await publishedDocuments();
    const approved = { ...quarter!, approval: { approvedOn: '2027-01-03', analysis: 'ปัญหา: ตอบรับเรื่องล่าช้า\nRemedy: a daily rota' } };
    const english = renderPeriodPage(approved, 'en');
    const thai = renderPeriodPage(approved);
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('<a href="/stats/bma-health/2570-Q1/" hreflang="th" lang="th">ไทย</a>');
    expect(thai).toContain('<a href="/stats/bma-health/en/2570-Q1/" hreflang="en" lang="en">English</a>');
    for (const page of [english, renderPeriodPage(year!, 'en')]) expect(outsideThai(page).match(/[^<>]*[\u0E00-\u0E7F][^<>]*/g) ?? []).toEqual([]);
    // The way back is the English channel, under the agency's registered English name.
    expect(english).toContain(`<a href="/a/bma-health/en/">Back to the complaint channel of ${quarter!.agency.nameEn}</a>`);
    expect(english).toContain('<a href="/a/bma-health/en/guide.html">How to complain</a>');
    expect(english).toContain('<a href="/stats/en/">Statistics of other agencies</a>');
    expect(english).toContain('<a href="/stats/bma-health/en/archive.html">Statistics of every period</a>');
    // The open data is one file for every language.
    expect(english).toContain('<a href="/stats/bma-health/2570-Q1/stats.json">');
    // The approval's Bangkok day in the Common Era with the Buddhist-era year beside it; the analysis as written, its Thai marked.
    expect(english).toContain(`An executive reviewed these statistics and approved their publication on ${englishDay('2027-01-03')}`);
    expect(englishDay('2027-01-03')).toBe('3 January 2027 (B.E.\u00a02570)');
    expect(english).toContain('<p lang="th">ปัญหา: ตอบรับเรื่องล่าช้า</p>\n<p>Remedy: a daily rota</p>');
    expect(english).toContain('Quarter 1, fiscal year 2027 (B.E.\u00a02570): October–December 2026');
  });

  it('explain "fewer than 5" under the chart that shows it, name indicators in English and word a result as the English pages do', async () => {
    const [quarter] = await publishedDocuments();
    const page = renderPeriodPage(
      {
        ...quarter!,
        complaints: { ...quarter!.complaints, byCategory: { bribery: 6, procurement: '<5', 'abuse-of-power': 'x', 'salary-promotion': 0, misconduct: 1, other: 0 } },
        indicators: [{ id: 'complaints-received', planItem: '4.3.2', labelTh: 'จำนวนเรื่องร้องเรียนการทุจริตและประพฤติมิชอบที่ได้รับ', target: { atLeast: 5, unit: 'เรื่อง' }, actual: 1, met: false }],
      },
      'en',
    );
    const chart = page.slice(page.indexOf('<figure class="chart" aria-labelledby="by-category-title">'), page.indexOf('</figure>', page.indexOf('by-category-title')));
    expect(chart).toContain('<tr><th scope="row">Procurement fraud</th><td>Fewer than 5</td></tr>');
    expect(chart).toContain('“Fewer than 5” means 0 to 4 complaints');
    expect(chart).toContain('“Withheld” means this number is hidden too');
    expect(chart).toContain('<caption>Data of the chart: Complaints received, by type</caption>');
    expect(page).toContain(
      '<th scope="row">Corruption and misconduct complaints received <small class="ref">(plan item 4.3.2)</small></th><td data-label="Target">At least 5</td><td data-label="Result">1</td><td data-label="Result against target">Target not yet met</td>',
    );
  });

  it('mark an indicator or survey the catalogue does not name as Thai, shown as the document wrote it', async () => {
    const [quarter] = await publishedDocuments();
    const page = renderPeriodPage({ ...quarter!, indicators: [{ id: 'custom', planItem: '9.9', labelTh: 'ตัวชี้วัดใหม่', actual: 3, met: null }] }, 'en');
    expect(page).toContain('<th scope="row"><span lang="th">ตัวชี้วัดใหม่</span> <small class="ref">(plan item 9.9)</small></th>');
  });

  it('the index, the pending page, the archive and the national roll-up, each with its switch', () => {
    const entry = { kind: 'quarter' as const, fiscalYear: 2570, quarter: 1, firstDay: '2026-10-01', lastDay: '2026-12-31', hash: 'h', publishedOn: '2027-01-02', revision: 2 };
    const agency = { id: 'tambon-a', nameTh: 'องค์การบริหารส่วนตำบลทดสอบ', nameEn: 'Tambon Test SAO' };
    const national = nationalQuarter({ id: '2570-Q1', kind: 'quarter', fiscalYear: 2570, quarter: 1, firstDay: '2026-10-01', lastDay: '2026-12-31' }, [], 5);
    const pages: [string, string, string][] = [
      [renderIndexPage([{ ...agency, latest: '2570-Q1', periods: ['2570-Q1'], search: 'x' }], '2570-Q1', 'en'), '/stats/', 'Tambon Test SAO'],
      [renderPendingPage(agency, 'en'), '/stats/tambon-a/', 'Tambon Test SAO has not published statistics yet'],
      [renderArchive({ agency, periods: { '2570-Q1': entry } }, 'en'), '/stats/tambon-a/archive.html', 'Last updated'],
      [renderNationalPage(national, 'en'), '/stats/all/2570-Q1/', 'all agencies'],
    ];
    for (const [page, thai, words] of pages) {
      expect(page).toContain('<html lang="en">');
      expect(page).toContain(`<a href="${thai}" hreflang="th" lang="th">ไทย</a>`);
      expect(page).toContain(words);
      expect(outsideThai(page).match(/[^<>]*[\u0E00-\u0E7F][^<>]*/g) ?? [], thai).toEqual([]);
    }
    expect(pages[0]![0]).toContain('<a href="/stats/tambon-a/en/">Tambon Test SAO</a> <span lang="th">องค์การบริหารส่วนตำบลทดสอบ</span>');
    expect(pages[2]![0]).toContain('<a href="/stats/tambon-a/en/2570-Q1/index.html">Quarter 1, fiscal year 2027');
    expect(pages[2]![0]).toContain(`<td data-label="Last updated">${englishDay('2027-01-02')}</td>`);
    expect(renderPendingPage(agency)).toContain('<a href="/stats/tambon-a/en/" hreflang="en" lang="en">English</a>');
    expect(renderIndexPage([], undefined)).toContain('<a href="/stats/en/" hreflang="en" lang="en">English</a>');
    expect(THAI.test(outsideThai(renderIndexPage([], undefined, 'en')))).toBe(false);
  });
});

describe('html`…`', () => {
  it('escapes text and numbers, and keeps nested fragments and lists of them as they are', () => {
    const cell = (text: string) => html`<td title="${text}">${text}</td>`;
    expect(html`<tr>${[cell('a<b'), cell(`"x" & 'y'`)]}<td>${42}</td></tr>`.markup).toBe(
      '<tr><td title="a&lt;b">a&lt;b</td><td title="&quot;x&quot; &amp; &#39;y&#39;">&quot;x&quot; &amp; &#39;y&#39;</td><td>42</td></tr>',
    );
    expect(joinHtml([html`<br>`, html`<hr>`], ' & ').markup).toBe('<br> &amp; <hr>');
    expect(html`${trustedHtml('<b>made here</b>')}`.markup).toBe('<b>made here</b>');
  });

  it('refuses undefined, null and booleans instead of printing them', () => {
    const interpolate = (value: unknown) => () => html`<p>${value as string}</p>`;
    for (const value of [undefined, null, false, true]) expect(interpolate(value)).toThrow(TypeError);
  });

  it('cannot be handed markup dressed as a fragment', () => {
    const forged = Object.assign(Object.create(SafeHtml.prototype) as object, { markup: '<script>alert(1)</script>' });
    expect(() => new SafeHtml(Symbol('html') as never, '<script>')).toThrow(TypeError);
    // An object that merely looks like one (its prototype, a markup field) is not taken.
    expect(() => html`${forged as SafeHtml}`).toThrow(TypeError);
  });
});

/** RFC 4180 records, CRLF between them, quotes doubled inside quoted fields. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (quoted && char === '"' && text.charAt(index + 1) === '"') {
      field += '"';
      index += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      record.push(field);
      field = '';
    } else if (!quoted && (char === '\r' || char === '\n')) {
      // Any bare CR or LF ends a record, as the strictest spreadsheet readers take it.
      if (char === '\r' && text.charAt(index + 1) === '\n') index += 1;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else {
      field += char;
    }
  }
  return records;
}

describe('the published CSV', () => {
  it('quotes a field holding a comma, a double quote, a line feed or a carriage return', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('carriage\rreturn')).toBe('"carriage\rreturn"');
    expect(csvField('เรื่องที่ได้รับ')).toBe('เรื่องที่ได้รับ');
  });

  it('prefixes with an apostrophe a field a spreadsheet would read as a formula, and leaves numbers alone', () => {
    expect(csvField('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvField('+cmd')).toBe("'+cmd");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('\r=1')).toBe(`"'\r=1"`);
    expect(csvField('-3')).toBe('-3');
    expect(csvField('-2.5')).toBe('-2.5');
    expect(csvField('<5')).toBe('<5');
  });

  it('keeps every record whole and every formula inert, whatever the agency and period ids hold', async () => {
    const [document] = await publishedDocuments();
    if (!document) throw new Error('the quarter was not published');
    const hostile = { ...document, agency: { ...document.agency, id: '=cmd|\' /C calc\'!A0' }, period: { ...document.period, id: 'Q1\rinjected' } };
    const recordsOf = (csv: Buffer) => parseCsv(csv.subarray(3).toString('utf8'));
    const records = recordsOf(renderCsv(hostile));
    const plain = recordsOf(renderCsv(document));
    expect(records).toHaveLength(plain.length);
    for (const record of records.slice(1)) expect(record.slice(0, 2)).toEqual(["'=cmd|' /C calc'!A0", 'Q1\rinjected']);
    expect(records.every((record) => record.length === 6)).toBe(true);
  });
});
