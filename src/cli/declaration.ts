import type { ResolvedConfig } from '../core/config/types'
import { BOOT_CACHE_KEY, RECORD_CACHE_KEY } from '../dom/boot-cache/index'
import { HELD_KEY, OUTBOX_KEY } from '../dom/records/index'
import { USPRIVACY_MONTHS } from '../integrations/gpp/index'
import { buildTexts } from '../ui/i18n/build-texts'
import { format } from '../ui/i18n/format'
import { formatLifetime } from '../ui/preferences/lifetime'
import { translationOf } from '../utils/pick-language'
import { DECLARATION_TEXTS } from './declaration-texts'

/** What {@link cookieDeclaration} is asked. */
export interface DeclarationOptions {
  /** The language: a shipped tag, `en`, or one the config's texts name (`ga`, `fr-CA`). */
  language: string
  /** That language's shipped translation (`dist/i18n/<lang>.json`); none for English. */
  translation?: Record<string, string>
  /** Markdown, or an HTML fragment. */
  format: 'md' | 'html'
}

/** A cookie or storage entry. */
interface Row {
  name: string
  kind?: string
  life: string
}

/** One who stores something: Consentry itself, or a vendor. */
interface Holder {
  name: string
  purpose: string | undefined
  /** Each entry: its name (shown as code), what it is if not a cookie, its lifetime. */
  rows: Row[]
  link?: { href: string; text: string }
}

/**
 * The cookie declaration a privacy policy needs, from the same config and texts the
 * preferences dialog shows: each category (title, description), and in it each vendor
 * (purpose, cookies with their lifetimes, privacy policy); under the essential category,
 * Consentry's own cookie and storage entries. Text is escaped for the format.
 *
 * @param config The validated config.
 * @param options See {@link DeclarationOptions}.
 * @returns The declaration, Markdown or HTML.
 */
export function cookieDeclaration(
  config: ResolvedConfig,
  options: DeclarationOptions
): string {
  const { language } = options
  const texts = buildTexts(language, options.translation, config)
  const own = DECLARATION_TEXTS[translationOf(language) ?? 'en'] ?? DECLARATION_TEXTS.en!
  const lifetime = (days: number) => formatLifetime(days, language, texts.session)
  /** A localStorage or sessionStorage key: no expiry of its own. */
  const storageRow = (name: string): Row => ({
    name,
    kind: own.storage,
    life: own.untilDeleted
  })
  const consentry: Holder = {
    name: 'Consentry',
    purpose: own.consentry,
    rows: [
      { name: config.cookie.name, life: lifetime(config.cookie.expiryDays) },
      // The US Privacy string, written where a US law may apply.
      ...(config.regime === 'us' || config.regime === 'auto'
        ? [{ name: 'usprivacy', life: lifetime(USPRIVACY_MONTHS * 31) }]
        : []),
      ...[BOOT_CACHE_KEY, RECORD_CACHE_KEY, OUTBOX_KEY, HELD_KEY].map(storageRow)
    ]
  }
  const sections = config.categories.map((category) => {
    const vendors = config.vendors.filter((v) => v.category === category.id)
    const holders: Holder[] = vendors.map((vendor) => ({
      name: vendor.name,
      purpose: texts[`vendor.${vendor.id}.purpose`] ?? vendor.purpose,
      rows: [
        ...vendor.cookies.map((cookie) => ({
          name: cookie.name,
          life:
            lifetime(cookie.days) +
            (cookie.thirdParty
              ? ` · ${format(texts.thirdParty, { vendor: vendor.name })}`
              : '')
        })),
        // Its localStorage and sessionStorage keys (removed on withdrawal too).
        ...(vendor.storage ?? []).map(storageRow)
      ],
      link: {
        href: vendor.privacyPolicyUrl,
        text: format(texts.vendorPrivacy, { vendor: vendor.name })
      }
    }))
    return {
      title:
        texts[`category.${category.id}.title`]! +
        (category.required ? ` (${texts.alwaysOn})` : ''),
      description: texts[`category.${category.id}.description`],
      holders: category.required ? [consentry, ...holders] : holders
    }
  })
  const head = [texts.cookieName, texts.cookieLifetime] as [string, string]
  return options.format === 'html'
    ? html(sections, head, language)
    : markdown(sections, head)
}

type Section = { title: string; description: string | undefined; holders: Holder[] }

/** Markdown: `##` per category, `###` per holder, a table of its entries. */
function markdown(sections: Section[], head: [string, string]): string {
  // Characters Markdown would read as markup; in a table, the pipe too.
  const text = (s: string) => s.replace(/([\\`*_[\]<>|#])/g, '\\$1')
  const code = (s: string) => `\`${s.replace(/`/g, '')}\``
  const out: string[] = []
  for (const { title, description, holders } of sections) {
    out.push(`## ${text(title)}`, '')
    if (description) out.push(text(description), '')
    for (const holder of holders) {
      out.push(`### ${text(holder.name)}`, '')
      if (holder.purpose) out.push(text(holder.purpose), '')
      if (holder.rows.length)
        out.push(
          `| ${text(head[0])} | ${text(head[1])} |`,
          '| --- | --- |',
          ...holder.rows.map(
            (row) =>
              `| ${code(row.name)}${row.kind ? ` (${text(row.kind)})` : ''} | ${text(row.life)} |`
          ),
          ''
        )
      if (holder.link)
        out.push(
          `[${text(holder.link.text)}](<${holder.link.href.replace(/[<>]/g, '')}>)`,
          ''
        )
    }
  }
  return out.join('\n').trimEnd() + '\n'
}

/** An HTML fragment, every text escaped; `lang` on the wrapper for screen readers. */
function html(sections: Section[], head: [string, string], language: string): string {
  const esc = (s: string) =>
    s.replace(
      /[&<>"']/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
    )
  const out = [`<div class="cookie-declaration" lang="${esc(language)}">`]
  for (const { title, description, holders } of sections) {
    out.push(`<h2>${esc(title)}</h2>`)
    if (description) out.push(`<p>${esc(description)}</p>`)
    for (const holder of holders) {
      out.push(`<h3>${esc(holder.name)}</h3>`)
      if (holder.purpose) out.push(`<p>${esc(holder.purpose)}</p>`)
      if (holder.rows.length)
        out.push(
          '<table>',
          `<thead><tr><th scope="col">${esc(head[0])}</th><th scope="col">${esc(head[1])}</th></tr></thead>`,
          '<tbody>',
          ...holder.rows.map(
            (row) =>
              `<tr><td><code>${esc(row.name)}</code>${row.kind ? ` (${esc(row.kind)})` : ''}</td>` +
              `<td>${esc(row.life)}</td></tr>`
          ),
          '</tbody>',
          '</table>'
        )
      if (holder.link)
        out.push(`<p><a href="${esc(holder.link.href)}">${esc(holder.link.text)}</a></p>`)
    }
  }
  out.push('</div>')
  return out.join('\n') + '\n'
}
