import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { EN_BANNER } from '../../src/ui/i18n/en-banner'
import { EN_REOPEN } from '../../src/ui/i18n/en-reopen'
import { LANGUAGES } from '../../src/utils/pick-language'

// The built assets (npm test builds before it runs this).
const asset = (file: string) =>
  JSON.parse(
    readFileSync(new URL(`../../dist/i18n/${file}`, import.meta.url), 'utf8')
  ) as Record<string, string>

describe('translations in dist/i18n', () => {
  it.each([...LANGUAGES])(
    '%s.banner.json holds exactly the banner and re-open button texts of the whole file',
    (language) => {
      const full = asset(`${language}.json`)
      const slice = asset(`${language}.banner.json`)
      expect(Object.keys(slice).sort()).toEqual(
        Object.keys({ ...EN_BANNER, ...EN_REOPEN }).sort()
      )
      for (const [key, text] of Object.entries(slice)) expect(text, key).toBe(full[key])
    }
  )
})
