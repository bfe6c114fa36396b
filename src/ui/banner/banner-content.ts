/*
 * The banner's content as plain DOM: the one implementation, shown by the first-visit
 * banner file without Preact and by the UI's banner, notice and modal layout through
 * `useBuilt`. Every text is set as text, never parsed as HTML.
 */
import type { BannerTexts } from '../i18n/en-banner'

/** One of the banner's buttons. */
export interface BannerButton {
  label: string
  /** It opens a dialog (`aria-haspopup="dialog"`). */
  dialog?: boolean
  onClick(): void
}

/** What a banner says and offers. */
export interface BannerContent {
  /** Id of the heading, which names the banner. */
  titleId: string
  title: string
  text: string
  /** The site's privacy policy, linked after the text when it has an address. */
  policy?: { href: string | undefined; label: string }
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
  if (content.policy?.href) {
    const link = element('a', undefined, content.policy.label)
    link.href = content.policy.href
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
 * The GDPR banner: a short text, a policy link and Accept all, Reject all and Customize.
 * Nothing is pre-ticked and no choice is inferred from scrolling or closing: it has no
 * close button, and Escape does not dismiss it.
 *
 * @param texts The banner's texts, in the visitor's language.
 * @param policyUrl The site's privacy policy (`privacyPolicyUrl`).
 * @param actions What the buttons do.
 * @returns The banner's content.
 */
export function consentBanner(
  texts: BannerTexts,
  policyUrl: string | undefined,
  actions: BannerActions
): BannerContent {
  return {
    titleId: 'cy-banner-title',
    title: texts.bannerTitle,
    text: texts.bannerText,
    policy: { href: policyUrl, label: texts.privacyPolicy },
    buttons: [
      { label: texts.acceptAll, onClick: actions.acceptAll },
      { label: texts.rejectAll, onClick: actions.rejectAll },
      { label: texts.customize, dialog: true, onClick: actions.customize }
    ]
  }
}
