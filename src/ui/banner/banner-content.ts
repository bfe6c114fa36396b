/*
 * The banner's content as plain DOM: the one implementation, shown by the first-visit
 * banner file without Preact and by the UI's banner, notice and modal layout through
 * `useBuilt`. Every text is set as text, never parsed as HTML.
 */
import { isSamePage } from '../../utils/same-page'
import type { BannerTexts } from '../i18n/en-banner'

/** One of the banner's buttons. */
export interface BannerButton {
  label: string
  /** It opens a dialog (`aria-haspopup="dialog"`). */
  dialog?: boolean
  onClick(): void
}

/** A link to one of the site's pages. */
export interface BannerLink {
  href: string | undefined
  label: string
}

/** The site's pages a banner links to: `privacyPolicyUrl` and `legalNoticeUrl`. */
export interface SitePages {
  privacyPolicyUrl?: string | undefined
  legalNoticeUrl?: string | undefined
}

/**
 * The banner's links: the privacy policy, then the legal notice (imprint).
 *
 * @param texts The banner's texts.
 * @param site The site's pages.
 * @returns The links, an address or not.
 */
export const siteLinks = (texts: BannerTexts, site: SitePages): BannerLink[] => [
  { href: site.privacyPolicyUrl, label: texts.privacyPolicy },
  { href: site.legalNoticeUrl, label: texts.legalNotice }
]

/**
 * Whether the page at `here` is one the banner links to. A banner that blocks the page
 * (`ui.blockPage`) does not block those: a visitor must be able to read them before
 * choosing, and the banner's own links lead there.
 *
 * @param site The site's pages.
 * @param here The page's address (`document.URL`).
 * @returns `true` on the privacy policy's or the legal notice's page.
 */
export const onSitePage = (site: SitePages, here: string): boolean =>
  isSamePage(site.privacyPolicyUrl, here) || isSamePage(site.legalNoticeUrl, here)

/** What a banner says and offers. */
export interface BannerContent {
  /** Id of the heading, which names the banner. */
  titleId: string
  title: string
  text: string
  /** The site's pages linked after the text (each one that has an address). */
  links: BannerLink[]
  /** Buttons of one kind, size and colour, so that refusing is as easy as accepting. */
  buttons: BannerButton[]
}

/**
 * Builds a banner's heading, text, policy link and buttons.
 *
 * @param doc The document to create elements in.
 * @param content What it says and offers.
 * @returns A `.cy-inner` element.
 */
export function bannerContent(doc: Document, content: BannerContent): HTMLElement {
  const element = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    className?: string,
    text?: string
  ) => {
    const made = doc.createElement(tag)
    if (className) made.className = className
    if (text !== undefined) made.textContent = text
    return made
  }
  const heading = element('h2', undefined, content.title)
  heading.id = content.titleId
  const paragraph = element('p', undefined, content.text)
  for (const { href, label } of content.links)
    if (href) {
      const link = element('a', undefined, label)
      link.href = href
      paragraph.append(' ', link)
    }
  const text = element('div', 'cy-text')
  text.append(heading, paragraph)
  const actions = element('div', 'cy-actions')
  for (const { label, dialog, onClick } of content.buttons) {
    const button = element('button', 'cy-button', label)
    button.type = 'button'
    if (dialog) button.setAttribute('aria-haspopup', 'dialog')
    button.addEventListener('click', onClick)
    actions.append(button)
  }
  const inner = element('div', 'cy-inner')
  inner.append(text, actions)
  return inner
}

/**
 * A first-layer banner: a labelled region, fixed to the bottom (`bar`) or a corner (`box`).
 *
 * @param doc The document to create elements in.
 * @param layout `bar` or `box`.
 * @param content What it says and offers.
 * @returns The `section.cy-banner` element.
 */
export function bannerSection(
  doc: Document,
  layout: 'bar' | 'box',
  content: BannerContent
): HTMLElement {
  const section = doc.createElement('section')
  section.className = 'cy-banner'
  section.setAttribute('data-layout', layout)
  section.setAttribute('aria-labelledby', content.titleId)
  section.append(bannerContent(doc, content))
  return section
}

/** What the GDPR banner's buttons do. */
export interface BannerActions {
  acceptAll(): void
  rejectAll(): void
  /** Opens the preferences dialog, deciding nothing. */
  customize(): void
}

/**
 * The GDPR banner: a short text, the site's links (privacy policy, legal notice) and
 * Accept all, Reject all and Customize.
 * Nothing is pre-ticked and no choice is inferred from scrolling or closing: it has no
 * close button, and Escape does not dismiss it.
 *
 * @param texts The banner's texts, in the visitor's language.
 * @param site The site's pages (`privacyPolicyUrl`, `legalNoticeUrl`).
 * @param actions What the buttons do.
 * @returns The banner's content.
 */
export function consentBanner(
  texts: BannerTexts,
  site: SitePages,
  actions: BannerActions
): BannerContent {
  return {
    titleId: 'cy-banner-title',
    title: texts.bannerTitle,
    text: texts.bannerText,
    links: siteLinks(texts, site),
    buttons: [
      { label: texts.acceptAll, onClick: actions.acceptAll },
      { label: texts.rejectAll, onClick: actions.rejectAll },
      { label: texts.customize, dialog: true, onClick: actions.customize }
    ]
  }
}
