import { DEFAULT_CATEGORIES, ESSENTIAL } from '../../catalog/categories'
import type { Category } from '../../catalog/types'
import type { Checker } from './checker'
import { ID_PATTERN } from './patterns'
import type { CategoryConfig } from './types'

export const CATEGORY_KEYS = ['id', 'title', 'description'] as const

/** Result of resolving the `categories` field. */
export interface ResolvedCategories {
  categories: Category[]
  texts: Record<string, Pick<CategoryConfig, 'title' | 'description'>>
}

/**
 * Validates `categories` and resolves it: built-in ids get built-in texts, `essential`
 * is added first when missing and is always required.
 *
 * @param check Collects errors and warnings.
 * @param input The raw `categories` value.
 * @returns The categories (empty when the field is invalid) and their localised texts.
 */
export function resolveCategories(check: Checker, input: unknown): ResolvedCategories {
  const result: ResolvedCategories = { categories: [], texts: {} }
  if (!check.array('categories', input)) return result
  const seen = new Set<string>()
  input.forEach((raw, i) => {
    const path = `categories[${i}]`
    if (!check.object(path, raw)) return
    check.knownKeys(path, raw, CATEGORY_KEYS)
    if (
      !check.string(
        `${path}.id`,
        raw.id,
        ID_PATTERN,
        'a lower-case id such as "marketing"'
      )
    ) {
      return
    }
    if (seen.has(raw.id)) {
      check.errors.push(`${path}.id: "${raw.id}" is listed twice`)
      return
    }
    seen.add(raw.id)
    const builtIn = DEFAULT_CATEGORIES.find((c) => c.id === raw.id)
    const title = localised(check, `${path}.title`, raw.title, !builtIn)
    const description = localised(check, `${path}.description`, raw.description, false)
    result.categories.push({
      id: raw.id,
      title: title ?? builtIn?.title ?? raw.id,
      description: description ?? builtIn?.description ?? '',
      ...(raw.id === ESSENTIAL ? { required: true } : {})
    })
    const texts: Pick<CategoryConfig, 'title' | 'description'> = {}
    if (raw.title !== undefined) texts.title = raw.title as CategoryConfig['title']
    if (raw.description !== undefined) {
      texts.description = raw.description as CategoryConfig['description']
    }
    if (texts.title || texts.description) result.texts[raw.id] = texts
  })
  if (!seen.has(ESSENTIAL)) result.categories.unshift({ ...DEFAULT_CATEGORIES[0]! })
  return result
}

/** A text given as a string or as `{ lang: string }`: returns its English (or first) form. */
function localised(
  check: Checker,
  path: string,
  value: unknown,
  required: boolean
): string | undefined {
  if (value === undefined && !required) return undefined
  if (typeof value === 'string' && value !== '') return value
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const entries = Object.entries(value)
    const bad = entries.find(([, text]) => typeof text !== 'string' || text === '')
    if (entries.length > 0 && !bad) {
      const texts = value as Record<string, string>
      return texts.en ?? entries[0]![1]
    }
    if (bad) {
      check.fail(`${path}.${bad[0]}`, 'a non-empty string', bad[1])
      return undefined
    }
  }
  check.fail(path, 'a non-empty string or an object of strings per language', value)
  return undefined
}
