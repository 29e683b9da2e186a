// You are here: the DeliveryLedger kept in memory, with the DynamoDB adapter's rules (a claim is a
// conditional write with a lease; delivered is final), for unit tests.
import type { DeliveryLedger } from '../../domain/notifications/notifier';

export function memoryDeliveryLedger(): DeliveryLedger & { deliveredKeys(): string[]; suppressedKeys(): string[] } {
  const records = new Map<string, { deliveredAt?: string; leaseUntil: number; outcome?: string }>();
  return {
    async claim(key, now, leaseSeconds) {
      const record = records.get(key);
      if (record?.deliveredAt) return 'delivered';
      if (record && record.leaseUntil > now.getTime()) return 'busy';
      records.set(key, { leaseUntil: now.getTime() + leaseSeconds * 1000 });
      return 'claimed';
    },
    async delivered(key, at, outcome = 'sent') {
      records.set(key, { leaseUntil: 0, deliveredAt: at.toISOString(), outcome });
    },
    async release(key) {
      if (!records.get(key)?.deliveredAt) records.delete(key);
    },
    suppressedKeys: () => [...records.entries()].filter(([, record]) => record.outcome === 'suppressed').map(([key]) => key),
    deliveredKeys: () => [...records.entries()].filter(([, record]) => record.deliveredAt).map(([key]) => key),
  };
}
