import { trapTab } from '../primitives/focus'
import { openDialog } from '../primitives/open-dialog'
import { MODAL_BANNER_CSS } from '../styles/index'
import { bannerContent, onSitePage } from './banner-content'
import type { BannerFrame } from './first-banner'

/**
 * The `modal` layout of the first-visit banner (`consentry-banner-modal.js`), as the UI's
 * `Dialog` shows it: a native `<dialog>` in the top layer, named by the banner's heading.
 * Focus moves to its first control when it opens and returns where it was when it goes.
 * With `ui.blockPage` it is modal (`showModal()`: the page is inert, Tab stays inside),
 * except on the pages it links to (privacy policy, legal notice), which stay readable;
 * otherwise it sits above a page that stays usable, whose focus is kept clear of it
 * (`openDialog`). Escape never dismisses it: a choice is made with a button only.
 */
export const modalFrame: BannerFrame = {
  css: MODAL_BANNER_CSS,
  build(doc, plan, content) {
    const modal = plan.blockPage && !onSitePage(plan, doc.URL)
    const dialog = doc.createElement('dialog')
    dialog.className = 'cy-dialog'
    dialog.setAttribute('data-layout', 'modal')
    dialog.setAttribute('aria-labelledby', content.titleId)
    if (modal) dialog.setAttribute('aria-modal', 'true')
    else dialog.setAttribute('data-nonmodal', '')
    // The browser would close a modal dialog on Escape by itself.
    dialog.addEventListener('cancel', (event) => event.preventDefault())
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') event.preventDefault()
      if (modal) trapTab(event, dialog)
    })
    const body = doc.createElement('div')
    body.className = 'cy-dialog-body'
    body.append(bannerContent(doc, content))
    dialog.append(body)
    return dialog
  },
  // Focus is moved in before the banner listens for the visitor: that is not them acting.
  // Modal as built: decided once, so that a URL changed meanwhile cannot disagree.
  start: (element) =>
    openDialog(element as HTMLDialogElement, element.hasAttribute('aria-modal'))
}
