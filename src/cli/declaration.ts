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
  return render(sections, head, options.format === 'html' ? html(language) : MARKDOWN)
}

type Section = { title: string; description: string | undefined; holders: Holder[] }

/** How a format writes each part of the declaration; `document` puts the parts together. */
interface Writer {
  heading(level: 2 | 3, text: string): string
  paragraph(text: string): string
  table(head: [string, string], rows: Row[]): string
  link(link: { href: string; text: string }): string
  document(parts: string[]): string
}

/** A heading per category, one per holder under it, and a table of the holder's entries. */
function render(sections: Section[], head: [string, string], writer: Writer): string {
  const parts: string[] = []
  for (const { title, description, holders } of sections) {
    parts.push(writer.heading(2, title))
    if (description) parts.push(writer.paragraph(description))
    for (const holder of holders) {
      parts.push(writer.heading(3, holder.name))
      if (holder.purpose) parts.push(writer.paragraph(holder.purpose))
      if (holder.rows.length) parts.push(writer.table(head, holder.rows))
      if (holder.link) parts.push(writer.link(holder.link))
    }
  }
  return writer.document(parts)
}

/** Characters Markdown would read as markup; in a table, the pipe too. */
const mdText = (s: string) => s.replace(/([\\`*_[\]<>|#])/g, '\\$1')

/** Markdown: `##` per category, `###` per holder, a table of its entries. */
const MARKDOWN: Writer = {
  heading: (level, text) => `${'#'.repeat(level)} ${mdText(text)}`,
  paragraph: mdText,
  table: (head, rows) =>
    [
      `| ${mdText(head[0])} | ${mdText(head[1])} |`,
      '| --- | --- |',
      ...rows.map(
        (row) =>
          `| \`${row.name.replace(/`/g, '')}\`${row.kind ? ` (${mdText(row.kind)})` : ''} | ${mdText(row.life)} |`
      )
    ].join('\n'),
  link: ({ href, text }) => `[${mdText(text)}](<${href.replace(/[<>]/g, '')}>)`,
  document: (parts) => parts.join('\n\n').trimEnd() + '\n'
}

/** Text escaped for HTML, in content and in quoted attributes. */
const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
  )

/** An HTML fragment, every text escaped; `lang` on the wrapper for screen readers. */
const html = (language: string): Writer => ({
  heading: (level, text) => `<h${level}>${esc(text)}</h${level}>`,
  paragraph: (text) => `<p>${esc(text)}</p>`,
  table: (head, rows) =>
    [
      '<table>',
      `<thead><tr><th scope="col">${esc(head[0])}</th><th scope="col">${esc(head[1])}</th></tr></thead>`,
      '<tbody>',
      ...rows.map(
        (row) =>
          `<tr><td><code>${esc(row.name)}</code>${row.kind ? ` (${esc(row.kind)})` : ''}</td>` +
          `<td>${esc(row.life)}</td></tr>`
      ),
      '</tbody>',
      '</table>'
    ].join('\n'),
  link: ({ href, text }) => `<p><a href="${esc(href)}">${esc(text)}</a></p>`,
  document: (parts) =>
    [`<div class="cookie-declaration" lang="${esc(language)}">`, ...parts, '</div>'].join(
      '\n'
    ) + '\n'
})
