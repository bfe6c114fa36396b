import { useContext } from 'preact/hooks'
import { Env } from '../context'
import { BannerText } from './BannerText'

/**
 * The optional notice under the `us` regime (`ui.usNotice`): tags already run, so it blocks
 * nothing. It points to the "Do Not Sell or Share" dialog; "OK" records that the visitor
 * saw it, with nothing opted out, and it does not show again.
 */
export function UsNotice() {
  const { texts, actions, setView } = useContext(Env)
  return (
    <section class="cy-banner" data-layout="bar" aria-labelledby="cy-notice-title">
      <div class="cy-inner">
        <BannerText id="cy-notice-title" text={texts.usNoticeText} />
        <div class="cy-actions">
          <button
            type="button"
            class="cy-button"
            aria-haspopup="dialog"
            onClick={() => setView({ dialog: 'opt-out' })}
          >
            {texts.optOutTitle}
          </button>
          <button
            type="button"
            class="cy-button"
            onClick={() => {
              actions.save({}, 'banner')
              setView({ banner: false })
            }}
          >
            {texts.usNoticeOk}
          </button>
        </div>
      </div>
    </section>
  )
}
