// You are here: the Thai name of every audit action, for the agency-wide audit view's filter and rows.
// A case's own actions keep the words the case page uses; a new action fails to compile here until
// it has its label.
import type { AuditAction } from '../../shared/domain/ports';
import { AUDIT_ACTION_LABELS } from './staff-labels';

export const EVERY_AUDIT_ACTION_LABEL: Record<AuditAction, string> = {
  'queue.list': AUDIT_ACTION_LABELS['queue.list'],
  'case.read': AUDIT_ACTION_LABELS['case.read'],
  'case.transition': AUDIT_ACTION_LABELS['case.transition'],
  'case.message': AUDIT_ACTION_LABELS['case.message'],
  'identity.reveal': AUDIT_ACTION_LABELS['identity.reveal'],
  'audit.read': AUDIT_ACTION_LABELS['audit.read'],
  'file.download': AUDIT_ACTION_LABELS['file.download'],
  'case.hold': AUDIT_ACTION_LABELS['case.hold'],
  'case.release': AUDIT_ACTION_LABELS['case.release'],
  'case.export': AUDIT_ACTION_LABELS['case.export'],
  'case.destroy': AUDIT_ACTION_LABELS['case.destroy'],
  'audit.verify': 'ตรวจสอบความถูกต้องของบันทึกการดำเนินการ',
  'survey.tokens': 'ออกรหัสตอบแบบสำรวจ',
  'survey.results': 'ดูผลแบบสำรวจ',
  'publication.publish': 'เผยแพร่สถิติ',
  'report.read': 'เปิดดูรายงานผู้บริหาร',
  'report.acknowledge': 'รับทราบรายงานผู้บริหาร',
  'register.create': 'เพิ่มรายการองค์ความรู้หรือช่องทาง',
  'register.update': 'แก้ไขรายการองค์ความรู้หรือช่องทาง',
  'register.retire': 'ยกเลิกรายการองค์ความรู้หรือช่องทาง',
  'service.record': 'บันทึกการให้บริการข้อมูล',
  'suggestion.answer': 'ตอบข้อเสนอแนะ',
  'indicators.read': 'ดูตัวชี้วัดตามแผน',
  'case.record': AUDIT_ACTION_LABELS['case.record'],
  'case.conflict': AUDIT_ACTION_LABELS['case.conflict'],
  'case.assign': AUDIT_ACTION_LABELS['case.assign'],
  'agency.create': 'เพิ่มหน่วยงานเข้าระบบ',
  'agency.update': 'แก้ไขข้อมูลหน่วยงาน',
  'staff.invite': 'ขอสร้างบัญชีเจ้าหน้าที่',
  'staff.create': 'สร้างบัญชีเจ้าหน้าที่',
  'staff.list': 'ดูรายชื่อบัญชีเจ้าหน้าที่',
  'mail.suppressions': 'ดูรายการที่อยู่อีเมลที่ระงับการส่ง',
  'mail.unsuppress': 'ยกเลิกการระงับส่งอีเมลถึงเจ้าหน้าที่',
};
