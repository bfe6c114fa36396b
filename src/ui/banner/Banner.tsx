import { useContext } from 'preact/hooks'
import { Env } from '../context'
import { Dialog } from '../primitives/Dialog'
import { useBuilt } from '../primitives/use-built'
import { useFocusClear } from '../primitives/use-focus-clear'
import { bannerContent, consentBanner, onSitePage } from './banner-content'

/**
 * The first layer, as the UI shows it (after a reset, on `showBanner()`, or in the modal
 * layout): the same content as the first-visit banner file's (see `consentBanner`).
 */
export function Banner() {
  const { config, texts, actions, setView } = useContext(Env)
  const { layout, blockPage } = config.ui
  const content = consentBanner(texts, config, {
    acceptAll: () => actions.acceptAll('banner'),
    rejectAll: () => actions.rejectAll('banner'),
    customize: () => setView({ dialog: 'preferences' })
  })
  const ref = useBuilt<HTMLDivElement>((doc) => bannerContent(doc, content))
  useFocusClear(ref, layout !== 'modal')
  if (layout === 'modal') {
    return (
      <Dialog
        labelledBy={content.titleId}
        // The pages the banner links to stay readable: it does not block them.
        modal={blockPage && !onSitePage(config, document.URL)}
        layout="modal"
      >
        <div class="cy-dialog-body" ref={ref} />
      </Dialog>
    )
  }
  return (
    <section
      class="cy-banner"
      data-layout={layout}
      aria-labelledby={content.titleId}
      ref={ref}
    />
  )
}
