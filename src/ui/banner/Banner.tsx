import { useContext } from 'preact/hooks'
import { Env } from '../context'
import { BannerText } from './BannerText'
import { Dialog } from '../primitives/Dialog'

/**
 * The first layer: a short text, a policy link and three buttons of the same kind, size and
 * colour, so that refusing is exactly as easy as accepting. Nothing is pre-ticked and no
 * choice is inferred from scrolling, clicking elsewhere or closing: it has no close button,
 * and Escape does not dismiss it.
 */
export function Banner() {
  const { config, texts, actions, setView } = useContext(Env)
  const { layout, blockPage } = config.ui
  const content = (
    <div class="cy-inner">
      <BannerText id="cy-banner-title" text={texts.bannerText} />
      <div class="cy-actions">
        <button
          type="button"
          class="cy-button"
          onClick={() => actions.acceptAll('banner')}
        >
          {texts.acceptAll}
        </button>
        <button
          type="button"
          class="cy-button"
          onClick={() => actions.rejectAll('banner')}
        >
          {texts.rejectAll}
        </button>
        <button
          type="button"
          class="cy-button"
          aria-haspopup="dialog"
          onClick={() => setView({ dialog: 'preferences' })}
        >
          {texts.customize}
        </button>
      </div>
    </div>
  )
  if (layout === 'modal') {
    return (
      <Dialog labelledBy="cy-banner-title" modal={blockPage} layout="modal">
        <div class="cy-dialog-body">{content}</div>
      </Dialog>
    )
  }
  return (
    <section class="cy-banner" data-layout={layout} aria-labelledby="cy-banner-title">
      {content}
    </section>
  )
}
