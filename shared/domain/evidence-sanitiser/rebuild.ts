// You are here: the contract between the evidence sanitiser and each document rebuilder. A rebuilder
// writes a new file from what a reader sees (never a copy of the original with bad parts deleted),
// within limits that count what is really inflated, decoded or rendered, and says what it left out.

/** Bounds on what a rebuild may really inflate, list, render or decode; sizes declared inside a file are never trusted. */
export interface RebuildLimits {
  maxInflatedBytes: number;
  maxEntries: number;
  maxPages: number;
  maxPixelsPerImage: number;
  maxDepth: number;
}

/** Decodes a picture to pixels and encodes it afresh; undefined = cannot decode: drop the picture and note it. */
export type ReencodePicture = (bytes: Uint8Array) => Promise<{ bytes: Uint8Array; contentType: 'image/png' | 'image/jpeg' } | undefined>;

export type RebuildOutcome =
  /** removed: short English keys for the cleaning report, e.g. 'author', 'embedded-file', 'location-data', 'comment-authors', 'macros', 'picture-dropped'; a key repeats once per item removed. */
  | { ok: true; bytes: Uint8Array; removed: string[] }
  | { ok: false; reason: 'unreadable' | 'too-complex' | 'unsupported-content'; detail: string };
