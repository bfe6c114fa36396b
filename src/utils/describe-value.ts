/**
 * Describes a value for an error message: `42`, `"abc"`, `null`, `an array`.
 *
 * @param value Anything.
 * @returns A short, quoted description that cannot be mistaken for a message.
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)
    case 'object':
      return 'an object'
    case 'function':
      return 'a function'
    case 'undefined':
      return 'undefined'
    default:
      return String(value)
  }
}
