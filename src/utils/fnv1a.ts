/**
 * FNV-1a, 32-bit: a small, fast, non-cryptographic hash.
 *
 * @param text Text to hash (UTF-16 code units).
 * @returns The hash as an unsigned 32-bit integer.
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}
