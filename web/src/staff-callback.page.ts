// You are here: where Cognito's hosted UI returns staff (staff/callback.html). The one-time code is
// taken off the address bar at once, exchanged with the PKCE verifier this tab kept, and the person
// continues to the page they were headed for.
import { byId, showProblem } from './form-ui';
import { finishCognitoSignIn, loadSignInConfig, takeReturnPath } from './staff-session';

const params = new URLSearchParams(location.search);
// The code is single-use and bound to the verifier, but it still should not linger in history.
history.replaceState(null, '', location.pathname);

void finish();

async function finish() {
  const problem = byId('callback-problem');
  const fail = (message: string) => {
    byId('callback-status').textContent = '';
    showProblem(problem, message);
    byId('callback-retry').hidden = false;
  };
  if (params.has('error')) return fail('เข้าสู่ระบบไม่สำเร็จ หรือท่านยกเลิกการเข้าสู่ระบบ โปรดลองอีกครั้ง');
  const config = await loadSignInConfig();
  if (config?.kind !== 'cognito') return fail('ยังเข้าสู่ระบบไม่ได้ เพราะโหลดการตั้งค่าของระบบไม่สำเร็จ โปรดลองอีกครั้ง');
  const result = await finishCognitoSignIn(config, params);
  if (result.kind === 'ok') return location.replace(takeReturnPath());
  fail(
    result.kind === 'unreachable'
      ? 'ติดต่อระบบเข้าสู่ระบบไม่ได้ในขณะนี้ โปรดตรวจสอบการเชื่อมต่ออินเทอร์เน็ต แล้วลองอีกครั้ง'
      : 'เข้าสู่ระบบไม่สำเร็จ อาจเพราะใช้เวลานานเกินไปหรือเปิดจากแท็บอื่น โปรดเริ่มเข้าสู่ระบบใหม่อีกครั้ง',
  );
}
