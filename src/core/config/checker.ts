import { closestWord } from '../../utils/closest-word'
import { describeValue } from '../../utils/describe-value'

/**
 * Collects validation errors and warnings, each prefixed with the path of the value
 * (`categories[2].id: expected a non-empty string, got 42`).
 */
export class Checker {
  readonly errors: string[] = []
  readonly warnings: string[] = []

  /** Records an error at `path`: `expected <what>, got <value>`. */
  fail(path: string, expected: string, value: unknown): void {
    this.errors.push(`${path}: expected ${expected}, got ${describeValue(value)}`)
  }

  /** Checks that `value` is a plain object; records an error when it is not. */
  object(path: string, value: unknown): value is Record<string, unknown> {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return true
    this.fail(path, 'an object', value)
    return false
  }

  /** Checks that `value` is an array; records an error when it is not. */
  array(path: string, value: unknown): value is unknown[] {
    if (Array.isArray(value)) return true
    this.fail(path, 'an array', value)
    return false
  }

  /** Checks a string, optionally against a pattern described by `expected`. */
  string(
    path: string,
    value: unknown,
    pattern?: RegExp,
    expected?: string
  ): value is string {
    if (typeof value === 'string' && value !== '' && (!pattern || pattern.test(value))) {
      return true
    }
    this.fail(path, expected ?? 'a non-empty string', value)
    return false
  }

  /** Checks a boolean. */
  boolean(path: string, value: unknown): value is boolean {
    if (typeof value === 'boolean') return true
    this.fail(path, 'true or false', value)
    return false
  }

  /** Checks a whole number within `[min, max]`. */
  integer(path: string, value: unknown, min: number, max: number): value is number {
    if (
      typeof value === 'number' &&
      Number.isInteger(value) &&
      value >= min &&
      value <= max
    ) {
      return true
    }
    this.fail(path, `a whole number from ${min} to ${max}`, value)
    return false
  }

  /** Checks that `value` is one of `options`. */
  oneOf<T extends string>(
    path: string,
    value: unknown,
    options: readonly T[]
  ): value is T {
    if (options.includes(value as T)) return true
    this.fail(path, `one of ${options.map((o) => JSON.stringify(o)).join(', ')}`, value)
    return false
  }

  /** Warns about keys of `object` not in `known`, suggesting the nearest known key. */
  knownKeys(
    path: string,
    object: Record<string, unknown>,
    known: readonly string[]
  ): void {
    for (const key of Object.keys(object)) {
      if (known.includes(key)) continue
      const near = closestWord(key, known)
      const at = path ? `${path}.${key}` : key
      this.warnings.push(
        `${at}: unknown key, ignored${near ? ` (did you mean "${near}"?)` : ''}`
      )
    }
  }
}
