// You are here: the information centre's service log (staff/service-log.html). An administrator
// records each request as it is handled; the quarter's counts reach the executives through the
// indicators. Nothing about the person who asked is recorded.
import { recordServiceRequest, type ServiceRecord } from './api';
import {
  announce,
  attachCounter,
  bangkokToday,
  buildThaiDateInput,
  byId,
  clearFieldErrors,
  element,
  type FieldProblem,
  hideErrorSummary,
  hideProblem,
  readThaiDate,
  setFieldError,
  setThaiDate,
  showErrorSummary,
  showProblem,
} from './form-ui';
import { formatNumber, INFO_CENTRE_BOUNDS, thaiDay, typedLength } from './labels';
import { SERVICE_CHANNEL_LABELS } from './information-centre-labels';
import { callApi, requireSession, showSignedInUser, type StaffSession } from './staff-session';
import { allowedHere, labelledCell, staffProblem } from './staff-ui';

const session = requireSession();
if (session) start(session);

function start(session: StaffSession) {
  showSignedInUser(session.user);
  if (!allowedHere(session.user, ['admin'], byId('page-problem'), 'บันทึกการให้บริการของศูนย์ข้อมูลข่าวสาร')) return;

  const form = byId<HTMLFormElement>('service-form');
  const dateField = byId<HTMLFieldSetElement>('service-date');
  const channelField = byId<HTMLFieldSetElement>('service-channel');
  const kindInput = byId<HTMLInputElement>('service-requestKind');
  const fulfilledField = byId<HTMLFieldSetElement>('service-fulfilled');
  const daysField = byId('service-days-field');
  const daysInput = byId<HTMLInputElement>('service-daysToFulfil');
  const submit = byId<HTMLButtonElement>('service-submit');
  const summary = byId('error-summary');
  const problem = byId('form-problem');
  const saved = byId('saved-notice');
  const status = byId('page-status');

  buildThaiDateInput(dateField);
  const options = byId('service-channel-options');
  for (const [code, label] of Object.entries(SERVICE_CHANNEL_LABELS)) {
    const item = element('div', 'radio');
    const input = Object.assign(document.createElement('input'), { type: 'radio', name: 'service-channel', value: code, id: `service-channel-${code}` });
    item.append(input, Object.assign(document.createElement('label'), { htmlFor: input.id, textContent: label }));
    options.append(item);
  }
  const updateCounter = attachCounter(kindInput, INFO_CENTRE_BOUNDS.requestKind);

  const checked = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
  function showDays() {
    const fulfilled = checked('service-fulfilled') === 'true';
    daysField.hidden = !fulfilled;
    // No aria-expanded on the radio button (ARIA 1.2 allows none); the field follows it in reading order.
    if (!fulfilled) setFieldError(daysInput);
  }
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).name === 'service-fulfilled') showDays();
  });

  function freshForm(date = bangkokToday()) {
    form.reset();
    clearFieldErrors(form);
    setThaiDate(dateField, date);
    updateCounter();
    showDays();
  }
  freshForm();
  form.hidden = false;

  function read(): { record?: ServiceRecord; problems: FieldProblem[] } {
    const problems: FieldProblem[] = [];
    const check = (control: HTMLElement, message: string | undefined) => {
      setFieldError(control, message);
      if (message) problems.push({ control, message });
    };
    const date = readThaiDate(dateField, 'วันที่ขอรับบริการ');
    check(dateField, date.error ?? (!date.value ? 'โปรดระบุวันที่ขอรับบริการ' : date.value > bangkokToday() ? 'วันที่ขอรับบริการต้องไม่อยู่หลังวันนี้' : undefined));
    const channel = checked('service-channel') as ServiceRecord['channel'] | undefined;
    check(channelField, channel ? undefined : 'โปรดเลือกช่องทางที่ขอรับบริการ');
    const requestKind = kindInput.value.normalize('NFC').trim();
    check(
      kindInput,
      !requestKind ? 'โปรดกรอกเรื่องที่ขอ' : typedLength(requestKind) > INFO_CENTRE_BOUNDS.requestKind ? `เรื่องที่ขอต้องไม่เกิน ${formatNumber(INFO_CENTRE_BOUNDS.requestKind)} ตัวอักษร` : undefined,
    );
    const fulfilledValue = checked('service-fulfilled');
    check(fulfilledField, fulfilledValue ? undefined : 'โปรดเลือกผลการให้บริการ');
    const fulfilled = fulfilledValue === 'true';
    const daysText = daysInput.value.trim();
    const days = Number(daysText);
    if (fulfilled) {
      check(
        daysInput,
        !daysText ? 'โปรดกรอกจำนวนวันที่ใช้' : !/^\d{1,3}$/.test(daysText) || days > INFO_CENTRE_BOUNDS.daysToFulfil ? `โปรดกรอกจำนวนวันเป็นตัวเลข 0 ถึง ${INFO_CENTRE_BOUNDS.daysToFulfil}` : undefined,
      );
    }
    if (problems.length || !date.value || !channel) return { problems };
    return { problems, record: { date: date.value, channel, requestKind, fulfilled, ...(fulfilled ? { daysToFulfil: days } : {}) } };
  }

  let busy = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!busy) void save();
  });

  async function save() {
    hideProblem(problem);
    saved.hidden = true;
    const { record, problems } = read();
    if (!record) return showErrorSummary(summary, problems);
    hideErrorSummary(summary);
    busy = true;
    submit.disabled = true;
    const outcome = await callApi(session, (token) => recordServiceRequest(token, record));
    busy = false;
    submit.disabled = false;
    if (outcome.kind === 'signed-out') return;
    if (outcome.kind === 'ok') {
      addSavedRow(record);
      // The next request is most often from the same day; keep the date, clear the rest.
      freshForm(record.date);
      saved.textContent = `บันทึกการให้บริการ “${record.requestKind}” แล้ว`;
      saved.hidden = false;
      announce(status, saved.textContent);
      kindInput.focus();
      return;
    }
    if (outcome.kind === 'rejected' && outcome.status === 400 && Object.keys(outcome.fields).length) {
      const fieldProblems = Object.keys(outcome.fields).map((field): FieldProblem => {
        const control = document.getElementById(`service-${field}`) ?? undefined;
        const message = 'ข้อมูลช่องนี้ไม่ถูกต้อง โปรดตรวจสอบอีกครั้ง';
        if (control) setFieldError(control, message);
        return control ? { control, message } : { message: 'ข้อมูลบางส่วนไม่ถูกต้อง โปรดตรวจสอบอีกครั้ง' };
      });
      return showErrorSummary(summary, fieldProblems);
    }
    showProblem(problem, staffProblem(outcome, 'กด “บันทึกการให้บริการ” อีกครั้ง'));
  }

  function addSavedRow(record: ServiceRecord) {
    const row = element('tr');
    const result = record.fulfilled ? `ให้ข้อมูลแล้ว (${record.daysToFulfil === 0 ? 'ภายในวันเดียวกัน' : `${formatNumber(record.daysToFulfil!)} วัน`})` : 'ยังไม่ได้ให้ข้อมูล';
    row.append(
      labelledCell('วันที่', thaiDay(record.date)),
      labelledCell('ช่องทาง', SERVICE_CHANNEL_LABELS[record.channel]),
      labelledCell('เรื่องที่ขอ', element('span', 'register-name', record.requestKind)),
      labelledCell('ผลการให้บริการ', result),
    );
    byId('saved-rows').prepend(row);
    byId('saved-section').hidden = false;
  }
}
