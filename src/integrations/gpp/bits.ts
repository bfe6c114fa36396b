/**
 * Bit-level encoders of the IAB Global Privacy Platform string (GPP spec, "Consent String
 * Specification": fixed integers, Fibonacci integers and ranges, base64url).
 */

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/**
 * An unsigned integer in `width` bits, most significant first.
 *
 * @param value The integer.
 * @param width Number of bits.
 * @returns The bits as a string of 0 and 1.
 */
export function fixed(value: number, width: number): string {
  return value.toString(2).padStart(width, '0').slice(-width)
}

/**
 * A positive integer in Fibonacci (Zeckendorf) code: one bit per Fibonacci number from 1
 * up, then a closing 1, so that "11" ends it.
 *
 * @param value A positive integer.
 * @returns The bits.
 */
export function fibonacci(value: number): string {
  const fib = [1, 2]
  while (fib[fib.length - 1]! + fib[fib.length - 2]! <= value) {
    fib.push(fib[fib.length - 1]! + fib[fib.length - 2]!)
  }
  let bits = ''
  let rest = value
  for (let i = fib.length - 1; i >= 0; i--) {
    if (fib[i]! <= rest && rest > 0) {
      bits = '1' + bits
      rest -= fib[i]!
    } else {
      bits = '0' + bits
    }
  }
  // Trim the unused high Fibonacci numbers, then close with a 1.
  return bits.replace(/0+$/, '') + '1'
}

/**
 * A set of integers as a Fibonacci range: a 12-bit count of groups, then per group a
 * single/range flag and the Fibonacci-coded offsets from the previous value.
 *
 * @param values The integers.
 * @returns The bits.
 */
export function fibonacciRange(values: readonly number[]): string {
  const sorted = [...new Set(values)].sort((a, b) => a - b)
  const groups: number[][] = []
  for (const value of sorted) {
    const last = groups[groups.length - 1]
    if (last && last[last.length - 1]! + 1 === value) last.push(value)
    else groups.push([value])
  }
  let bits = fixed(groups.length, 12)
  let offset = 0
  for (const group of groups) {
    const first = group[0]!
    const end = group[group.length - 1]!
    if (group.length === 1) {
      bits += '0' + fibonacci(first - offset)
      offset = first
    } else {
      bits += '1' + fibonacci(first - offset) + fibonacci(end - first)
      offset = end
    }
  }
  return bits
}

/**
 * Bits to base64url, padded with zeros to a whole byte and then to a whole character
 * (the GPP "compressed" base64url, without `=` padding).
 *
 * @param bits A string of 0 and 1.
 * @returns The encoded text.
 */
export function base64url(bits: string): string {
  let padded = bits
  while (padded.length % 8) padded += '0'
  while (padded.length % 6) padded += '0'
  let text = ''
  for (let i = 0; i < padded.length; i += 6)
    text += BASE64URL[parseInt(padded.slice(i, i + 6), 2)]
  return text
}
