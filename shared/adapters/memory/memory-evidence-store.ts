// You are here: an in-memory EvidenceStore for unit tests. Its presigned requests are plain records
// a test can inspect; uploading is a test writing the object itself.
import type { EvidenceStore } from '../../domain/ports';

export function memoryEvidenceStore(): EvidenceStore & {
  objects: Map<string, { body: Uint8Array; contentType: string }>;
  slots: Parameters<EvidenceStore['uploadSlot']>[0][];
  links: Parameters<EvidenceStore['downloadLink']>[0][];
} {
  const objects = new Map<string, { body: Uint8Array; contentType: string }>();
  const slots: Parameters<EvidenceStore['uploadSlot']>[0][] = [];
  const links: Parameters<EvidenceStore['downloadLink']>[0][] = [];
  return {
    objects,
    slots,
    links,
    async uploadSlot(request) {
      slots.push(request);
      return { url: 'memory://evidence', fields: { key: request.key, 'Content-Type': request.contentType } };
    },
    async read(key) {
      const object = objects.get(key);
      return object && { body: new Uint8Array(object.body) };
    },
    async write(key, body, contentType) {
      objects.set(key, { body: new Uint8Array(body), contentType });
    },
    async destroy(key) {
      objects.delete(key);
    },
    async destroyFolder(prefix) {
      for (const key of [...objects.keys()]) if (key.startsWith(prefix)) objects.delete(key);
    },
    async downloadLink(request) {
      links.push(request);
      return `memory://evidence/${request.key}`;
    },
  };
}
