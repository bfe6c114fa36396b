import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validateConfig } from '../core/config/validate'
import { BOOT_CACHE_KEY, RECORD_CACHE_KEY } from '../dom/boot-cache/index'
import { HELD_KEY, OUTBOX_KEY } from '../dom/records/index'
import { LANGUAGES } from '../utils/pick-language'
import { cookieDeclaration } from './declaration'
import { DECLARATION_TEXTS } from './declaration-texts'

const configOf = (input: unknown) => {
  const result = validateConfig(input)
  expect(result.errors).toEqual([])
  return result.config
}
const translation = (language: string) =>
  JSON.parse(
    readFileSync(new URL(`../ui/i18n/locales/${language}.json`, import.meta.url), 'utf8')
  ) as Record<string, string>

describe('cookieDeclaration (consentry declaration)', () => {
  it('lists every category, vendor and cookie of the config, and Consentry under essential', () => {
    const config = configOf({})
    const md = cookieDeclaration(config, { language: 'en', format: 'md' })
    const headings = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1])
    expect(headings).toEqual([
      'Essential (Always on)',
      'Statistical',
      'Personalisation and service',
      'Marketing'
    ])
    for (const vendor of config.vendors) {
      expect(md).toContain(`### ${vendor.name}\n`)
      for (const cookie of vendor.cookies) expect(md).toContain(`| \`${cookie.name}\` |`)
    }
    // Consentry's own: its cookie with the config's lifetime, every storage key it keeps.
    const essential = md.slice(0, md.indexOf('## Statistical'))
    expect(essential).toContain('### Consentry')
    expect(essential).toContain('| `consentry` | 180 days |')
    for (const key of [BOOT_CACHE_KEY, RECORD_CACHE_KEY, OUTBOX_KEY, HELD_KEY])
      expect(essential).toContain(`| \`${key}\` (browser storage) | until deleted |`)
    expect(md).toContain('| `_ga` | 2 years |')
    // A vendor's storage keys too: Criteo's localStorage bundle.
    expect(md).toContain('| `cto_bundle` (browser storage) | until deleted |')
    expect(md).toContain('| `fr` | 90 days · set by Facebook |')
    expect(md).toContain(
      '[Privacy policy of Google Analytics](<https://policies.google.com/privacy>)'
    )
  })

  it("follows the config: the cookie's name and lifetime, usprivacy only where a US law may apply", () => {
    const gdpr = cookieDeclaration(
      configOf({ regime: 'gdpr', cookie: { name: 'shop_cc', expiryDays: 90 } }),
      { language: 'en', format: 'md' }
    )
    expect(gdpr).toContain('| `shop_cc` | 90 days |')
    expect(gdpr).not.toContain('usprivacy')
    expect(
      cookieDeclaration(configOf({ regime: 'us' }), { language: 'en', format: 'md' })
    ).toContain('| `usprivacy` | 403 days |')
  })

  it("speaks the language asked, with the site's own texts first", () => {
    const config = configOf({
      texts: { de: { 'category.marketing.title': 'Werbung' } }
    })
    const md = cookieDeclaration(config, {
      language: 'de',
      translation: translation('de'),
      format: 'md'
    })
    expect(md).toContain('## Notwendig (Immer aktiv)')
    expect(md).toContain('## Werbung')
    expect(md).toContain('| Cookie | Speicherdauer |')
    expect(md).toContain('| `_ga` | 2 Jahre |')
    expect(md).toContain('(Browserspeicher) | bis zur Löschung |')
    expect(md).toContain(translation('de')['vendor.facebook.purpose'])
  })

  it('escapes what a config says: HTML as text, Markdown without markup', () => {
    const config = configOf({
      vendors: [
        {
          id: 'evil',
          name: '<img src=x onerror=alert(1)> & Co',
          category: 'marketing',
          purpose: 'Ads | **bold** <script>',
          privacyPolicyUrl: 'https://evil.example/"><script>',
          cookies: [{ name: 'evil_id', days: 1 }]
        }
      ]
    })
    const html = cookieDeclaration(config, { language: 'en', format: 'html' })
    expect(html).not.toMatch(/<img|<script/)
    expect(html).toContain('<h3>&lt;img src=x onerror=alert(1)&gt; &amp; Co</h3>')
    expect(html).toContain('href="https://evil.example/&quot;&gt;&lt;script&gt;"')
    expect(html).toMatch(/^<div class="cookie-declaration" lang="en">/)
    const md = cookieDeclaration(config, { language: 'en', format: 'md' })
    expect(md).toContain('Ads \\| \\*\\*bold\\*\\* \\<script\\>')
    // Every `<` is escaped (`\<`): Markdown shows it as text.
    expect(md).not.toMatch(/(^|[^\\])<(img|script)/m)
    expect(md).toContain('### \\<img src=x onerror=alert(1)\\> & Co')
  })

  it('has its own few texts in every shipped language', () => {
    expect(Object.keys(DECLARATION_TEXTS).sort()).toEqual(['en', ...LANGUAGES].sort())
    for (const texts of Object.values(DECLARATION_TEXTS))
      for (const text of Object.values(texts)) expect(text.trim()).not.toBe('')
  })

  it("agrees with the README's example: its headings and table rows are the output's", () => {
    const readme = readFileSync('README.md', 'utf8')
    const example = /\n```md\n([\s\S]*?)\n```/.exec(readme)![1]!
    const squash = (line: string) => line.replace(/ +/g, ' ').trim()
    const md = cookieDeclaration(configOf({}), { language: 'en', format: 'md' })
    const lines = new Set(md.split('\n').map(squash))
    const quoted = example
      .split('\n')
      .filter((l) => /^(#|\| [^-])/.test(l))
      .map(squash)
    expect(quoted.length).toBeGreaterThan(5)
    for (const line of quoted) expect(lines, line).toContain(line)
  })
})
