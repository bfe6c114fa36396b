import { ESSENTIAL } from '../../catalog/categories'
import type { ResolvedConfig } from '../config/types'
import { ConsentryError } from '../consentry-error'
import { describeValue } from '../../utils/describe-value'
import { isPlainObject } from '../../utils/is-plain-object'
import type { Choice, OptOut } from './types'

/** Input of `save()`: switches to set; the ones left out keep their value. */
export interface SaveInput {
  categories?: Record<string, boolean>
  vendors?: Record<string, boolean>
}

/**
 * Grants every category and vendor and lifts the US opt-outs.
 *
 * @param config The resolved config.
 * @returns The new choice.
 */
export function acceptAllChoice(config: ResolvedConfig): Choice {
  return everything(config, true)
}

/**
 * Denies every non-essential category and vendor and opts out of sale and sharing.
 *
 * @param config The resolved config.
 * @returns The new choice.
 */
export function rejectAllChoice(config: ResolvedConfig): Choice {
  return everything(config, false)
}

function everything(config: ResolvedConfig, on: boolean): Choice {
  return {
    categories: Object.fromEntries(
      config.categories.map((c) => [c.id, on || !!c.required])
    ),
    vendors: Object.fromEntries(config.vendors.map((v) => [v.id, on])),
    optOut: { sale: !on, share: !on }
  }
}

/**
 * Applies a granular choice. A category given without its vendors sets their switches
 * with it (granting marketing grants the marketing vendors); a vendor given explicitly
 * wins over that. Anything else keeps its value.
 *
 * @param config The resolved config.
 * @param current The choice in force.
 * @param input The switches to set.
 * @returns The new choice.
 * @throws {ConsentryError} On input that is no object, a field other than `categories` and
 *   `vendors`, an unknown id, a non-boolean value or an attempt to deny `essential`;
 *   nothing is changed then.
 */
export function saveChoice(
  config: ResolvedConfig,
  current: Choice,
  input: SaveInput
): Choice {
  const problems: string[] = []
  const ids = config.categories.map((c) => c.id)
  // The call's own shape first: `save({ statistical: true })` must not pass as a save
  // of nothing.
  if (isPlainObject(input)) {
    for (const key in input)
      if (key !== 'categories' && key !== 'vendors')
        problems.push(`${key}: unknown field; expected categories or vendors`)
  } else if (input !== undefined)
    problems.push(`expected { categories?, vendors? }, got ${describeValue(input)}`)
  const categories = checkSwitches(problems, 'categories', input?.categories, ids)
  const vendors = checkSwitches(
    problems,
    'vendors',
    input?.vendors,
    config.vendors.map((v) => v.id)
  )
  if (categories[ESSENTIAL] === false) {
    problems.push(
      'categories.essential: essential is always granted and cannot be denied'
    )
  }
  if (problems.length > 0) throw new ConsentryError('save', problems)
  const next: Choice = {
    categories: { ...current.categories, ...categories },
    vendors: { ...current.vendors },
    optOut: { ...current.optOut }
  }
  for (const vendor of config.vendors) {
    const explicit = vendors[vendor.id]
    const byCategory = categories[vendor.category]
    if (explicit !== undefined) next.vendors[vendor.id] = explicit
    else if (byCategory !== undefined) next.vendors[vendor.id] = byCategory
  }
  return next
}

/**
 * Sets the US opt-outs; the ones left out keep their value.
 *
 * @param current The choice in force.
 * @param input `{ sale?, share? }`.
 * @returns The new choice.
 * @throws {ConsentryError} When a value is not a boolean.
 */
export function optOutChoice(current: Choice, input: Partial<OptOut> = {}): Choice {
  const problems: string[] = []
  const given = checkSwitches(problems, 'optOut', input, ['sale', 'share'])
  if (problems.length > 0) throw new ConsentryError('optOut', problems)
  return { ...current, optOut: { ...current.optOut, ...given } }
}

function checkSwitches(
  problems: string[],
  field: string,
  value: unknown,
  known: readonly string[]
): Record<string, boolean> {
  if (value === undefined) return {}
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(
      `${field}: expected an object of true/false, got ${describeValue(value)}`
    )
    return {}
  }
  const result: Record<string, boolean> = {}
  for (const [id, on] of Object.entries(value)) {
    if (!known.includes(id)) {
      problems.push(`${field}.${id}: unknown id; expected one of ${known.join(', ')}`)
    } else if (typeof on !== 'boolean') {
      problems.push(`${field}.${id}: expected true or false, got ${describeValue(on)}`)
    } else {
      result[id] = on
    }
  }
  return result
}
