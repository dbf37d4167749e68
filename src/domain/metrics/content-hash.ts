// The identity of an imported file: a 64-bit FNV-1a digest (two 32-bit lanes) of its text, fed chunk by chunk
// while it streams. Not a security hash: it only tells "the same file again" so a re-import is recognised.

export interface ContentHash {
  update(text: string): void;
  digest(): string;
}

export function createContentHash(): ContentHash {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  return {
    update(text) {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
        h2 = Math.imul(h2 ^ c, 0x01000193 + 0x2f) >>> 0;
      }
    },
    digest: () => `${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}`,
  };
}
