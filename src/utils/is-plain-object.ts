/**
 * Whether a value read from outside (a config, a translation) is a plain object: not
 * `null`, not an array.
 *
 * @param value Anything.
 * @returns `true` for an object that is neither `null` nor an array.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
