// You are here: list numbers and bullets, which Word draws from word/numbering.xml rather than from the
// text. The rebuilt file carries no numbering part, so each list paragraph gets its label ("1.", "ก.",
// "•") written in front of its text, counted in document order as Word counts it: per list, per level,
// deeper levels restarting under a new item. Only the number formats are read from the source.
import type { Block } from './docx-body';
import { parseXml, type XmlSource } from './docx-xml';

interface Level {
  format: string;
  text: string;
  start: number;
}
/** numId -> its levels (by ilvl). */
export type Numbering = ReadonlyMap<string, ReadonlyMap<number, Level>>;

export function readNumbering(xml: XmlSource | undefined, maxDepth: number): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  const lists = new Map<string, string>(); // numId -> abstractNumId
  if (!xml) return new Map();
  let abstract: Map<number, Level> | undefined;
  let level: Level | undefined;
  let num: string | undefined;
  parseXml(xml, maxDepth, {
    open(element) {
      const value = element.attribute('w:val');
      switch (element.name) {
        case 'w:abstractNum':
          abstract = new Map();
          abstracts.set(element.attribute('w:abstractNumId') ?? '', abstract);
          break;
        case 'w:lvl': {
          const index = Number(element.attribute('w:ilvl'));
          level = { format: 'decimal', text: '', start: 1 };
          if (abstract && Number.isInteger(index) && index >= 0 && index <= 8) abstract.set(index, level);
          break;
        }
        case 'w:num':
          num = element.attribute('w:numId');
          break;
        case 'w:abstractNumId':
          if (num !== undefined && value !== undefined) lists.set(num, value);
          break;
        case 'w:numFmt':
          if (level && value) level.format = value;
          break;
        case 'w:lvlText':
          if (level) level.text = value ?? '';
          break;
        case 'w:start': {
          const start = Number(value);
          if (level && Number.isInteger(start) && start >= 0 && start < 100_000) level.start = start;
          break;
        }
      }
    },
    close(element) {
      if (element.name === 'w:abstractNum') abstract = undefined;
      else if (element.name === 'w:lvl') level = undefined;
      else if (element.name === 'w:num') num = undefined;
    },
  });
  return new Map([...lists].flatMap(([id, abstractId]) => (abstracts.has(abstractId) ? [[id, abstracts.get(abstractId)!] as const] : [])));
}

/** Writes each list paragraph's label in front of its text, in document order (table cells included). */
export function labelLists(blocks: readonly Block[], numbering: Numbering): void {
  const counters = new Map<string, number[]>();
  const visit = (items: readonly Block[]) => {
    for (const block of items) {
      if (block.kind === 'table') {
        for (const row of block.rows) for (const cell of row) visit(cell.blocks);
        continue;
      }
      const levels = block.list && numbering.get(block.list.numId);
      if (!block.list || !levels) continue;
      const { numId, level } = block.list;
      const count = counters.get(numId) ?? Array.from({ length: 9 }, (_, index) => (levels.get(index)?.start ?? 1) - 1);
      counters.set(numId, count);
      count[level] = count[level]! + 1;
      for (let deeper = level + 1; deeper < 9; deeper += 1) count[deeper] = (levels.get(deeper)?.start ?? 1) - 1;
      const label = labelOf(levels, level, count);
      if (label) block.inlines.unshift({ kind: 'text', text: `${label} `, bold: false, italic: false, underline: false, strike: false });
    }
  };
  visit(blocks);
}

function labelOf(levels: ReadonlyMap<number, Level>, level: number, count: readonly number[]): string {
  const own = levels.get(level);
  if (!own || own.format === 'none') return '';
  if (own.format === 'bullet') return '•';
  return own.text.replace(/%([1-9])/g, (_, digit: string) => {
    const index = Number(digit) - 1;
    return formatNumber(count[index] ?? 0, levels.get(index)?.format ?? 'decimal');
  });
}

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const THAI_LETTERS = 'กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ';

/** A list or note number in one of Word's number formats; decimal for any format not known here. */
export function formatNumber(value: number, numberFormat: string): string {
  switch (numberFormat) {
    case 'thaiNumbers':
    case 'thaiCounting':
      return String(value).replace(/\d/g, (digit) => THAI_DIGITS[Number(digit)]!);
    case 'thaiLetters':
      return value >= 1 ? THAI_LETTERS[(value - 1) % THAI_LETTERS.length]! : String(value);
    case 'lowerLetter':
    case 'upperLetter': {
      const letter = value >= 1 ? String.fromCharCode(97 + ((value - 1) % 26)).repeat(Math.floor((value - 1) / 26) + 1) : String(value);
      return numberFormat === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    case 'lowerRoman':
    case 'upperRoman': {
      const roman = toRoman(value);
      return numberFormat === 'upperRoman' ? roman : roman.toLowerCase();
    }
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    default:
      return String(value);
  }
}

function toRoman(value: number): string {
  if (value < 1 || value >= 4000) return String(value);
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = value;
  let out = '';
  for (const [amount, letters] of table) while (rest >= amount) {
    out += letters;
    rest -= amount;
  }
  return out;
}
