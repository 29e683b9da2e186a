// You are here: the rows of an agency's units on the console pages (onboarding on staff/agencies.html,
// keeping them on staff/agency.html): one fieldset per unit, added and removed by buttons, read back
// as the API's `units` with each problem next to its field. Unit ids follow the registry's pattern.
import { UNIT_ID } from '../../shared/rules/agency-ids';
import type { AgencyUnit } from './api';
import { CONSOLE_WORDS, UNIT_ROW_WORDS } from './agency-console-labels';
import { element, setFieldError, type FieldProblem } from './form-ui';

/** The registry's unit id: lower-case letters, digits and hyphens (shared/domain/agencies.ts UNIT_ID). */

export interface UnitRows {
  set(units: readonly AgencyUnit[]): void;
  read(): { units: AgencyUnit[]; problems: FieldProblem[] };
}

export function unitRows(list: HTMLElement, addButton: HTMLButtonElement, prefix: string): UnitRows {
  let made = 0;

  function field(row: HTMLElement, name: keyof AgencyUnit, label: string, value: string, hint?: string) {
    const wrapper = element('div', 'field');
    const input = Object.assign(document.createElement('input'), { type: 'text', id: `${prefix}-${made}-${name}`, value, autocomplete: 'off' });
    input.dataset.unit = name;
    const labelElement = Object.assign(document.createElement('label'), { htmlFor: input.id, textContent: label });
    wrapper.append(labelElement);
    if (hint) {
      const hintElement = element('p', 'hint', hint);
      hintElement.id = `${input.id}-hint`;
      input.setAttribute('aria-describedby', hintElement.id);
      wrapper.append(hintElement);
    }
    wrapper.append(input);
    row.append(wrapper);
  }

  /** Legends and remove buttons say the row's place, so they are renumbered when a row goes. */
  function renumber() {
    list.querySelectorAll<HTMLFieldSetElement>('fieldset.unit-row').forEach((row, index) => {
      row.querySelector('legend')!.textContent = UNIT_ROW_WORDS.legend(index + 1);
      row.querySelector('button')!.textContent = UNIT_ROW_WORDS.remove(index + 1);
    });
  }

  function add(unit: AgencyUnit = { id: '', nameTh: '', nameEn: '' }, focus = false) {
    made += 1;
    const row = element('fieldset', 'unit-row');
    row.append(element('legend'));
    field(row, 'id', UNIT_ROW_WORDS.id, unit.id, UNIT_ROW_WORDS.idHint);
    // A unit that exists keeps its id: cases and staff accounts name it.
    if (unit.id) row.querySelector<HTMLInputElement>('[data-unit="id"]')!.readOnly = true;
    field(row, 'nameTh', UNIT_ROW_WORDS.nameTh, unit.nameTh);
    field(row, 'nameEn', UNIT_ROW_WORDS.nameEn, unit.nameEn);
    const remove = Object.assign(document.createElement('button'), { type: 'button', className: 'button button--secondary' });
    remove.addEventListener('click', () => {
      row.remove();
      renumber();
      addButton.focus();
    });
    row.append(remove);
    list.append(row);
    renumber();
    if (focus) row.querySelector('input')?.focus();
  }

  addButton.addEventListener('click', () => add(undefined, true));

  return {
    set(units) {
      list.replaceChildren();
      units.forEach((unit) => add(unit));
    },
    read() {
      const units: AgencyUnit[] = [];
      const problems: FieldProblem[] = [];
      const seen = new Set<string>();
      list.querySelectorAll<HTMLFieldSetElement>('fieldset.unit-row').forEach((row) => {
        const input = (name: keyof AgencyUnit) => row.querySelector<HTMLInputElement>(`[data-unit="${name}"]`)!;
        const unit = { id: input('id').value.trim(), nameTh: input('nameTh').value.trim(), nameEn: input('nameEn').value.trim() };
        // A row left wholly empty is a row not wanted.
        if (!unit.id && !unit.nameTh && !unit.nameEn) return;
        const checks: [HTMLInputElement, string | undefined][] = [
          [input('id'), !unit.id ? CONSOLE_WORDS.required(UNIT_ROW_WORDS.id) : !UNIT_ID.test(unit.id) ? CONSOLE_WORDS.badUnitId : seen.has(unit.id) ? CONSOLE_WORDS.duplicateUnit : undefined],
          [input('nameTh'), unit.nameTh ? undefined : CONSOLE_WORDS.required(UNIT_ROW_WORDS.nameTh)],
          [input('nameEn'), unit.nameEn ? undefined : CONSOLE_WORDS.required(UNIT_ROW_WORDS.nameEn)],
        ];
        for (const [control, message] of checks) {
          setFieldError(control, message);
          if (message) problems.push({ control, message });
        }
        seen.add(unit.id);
        units.push(unit);
      });
      return { units, problems };
    },
  };
}
