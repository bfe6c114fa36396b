const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz'

/**
 * A random id of `length` base-36 characters (16 give about 82 bits), from the Web Crypto
 * API where there is one.
 *
 * @param length Number of characters.
 * @returns The id.
 */
export function randomId(length = 16): string {
  const bytes = new Uint8Array(length)
  const crypto = (globalThis as { crypto?: Crypto }).crypto
  if (crypto?.getRandomValues) crypto.getRandomValues(bytes)
  else for (let i = 0; i < length; i++) bytes[i] = Math.floor(Math.random() * 256)
  let id = ''
  // 252 is the largest multiple of 36 under 256: drawing again above it avoids bias.
  for (let i = 0; i < length; i++) {
    let byte = bytes[i]!
    while (byte >= 252) byte = Math.floor(Math.random() * 252)
    id += ALPHABET[byte % 36]
  }
  return id
}
