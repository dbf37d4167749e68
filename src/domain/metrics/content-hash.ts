// The identity of an imported file: a 64-bit FNV-1a digest (two 32-bit lanes) of its text, fed chunk by chunk
// while it streams. Not a security hash: it only tells "the same file again" so a re-import is recognised.

export interface ContentHash {
  update(text: string): void;
  digest(): string;
}

export function createContentHash(): ContentHash {
  // Kept as int32 (`| 0`), not uint32 (`>>> 0`): a uint32 above 2^31 is no small integer to V8, and storing one per
  // character allocated a heap number each time. The bits, and so the digest, are the same.
  let h1 = 0x811c9dc5 | 0;
  let h2 = (0x01000193 ^ 0x5bd1e995) | 0;
  return {
    update(text) {
      let a = h1;
      let b = h2;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x01000193 + 0x2f);
      }
      h1 = a;
      h2 = b;
    },
    digest: () => `${(h1 >>> 0).toString(16).padStart(8, '0')}${(h2 >>> 0).toString(16).padStart(8, '0')}`,
  };
}
