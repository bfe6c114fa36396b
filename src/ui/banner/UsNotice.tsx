import { useContext } from 'preact/hooks'
import { Env } from '../context'
import { useBuilt } from '../primitives/use-built'
import { useFocusClear } from '../primitives/use-focus-clear'
import { bannerContent, siteLinks, type BannerContent } from './banner-content'

/**
 * The optional notice under the `us` regime (`ui.usNotice`): tags already run, so it blocks
 * nothing. It points to the "Do Not Sell or Share" dialog; "OK" records that the visitor
 * saw it, with nothing opted out, and it does not show again by itself.
 */
export function UsNotice() {
  const { $state, config, texts, actions, setView } = useContext(Env)
  const content: BannerContent = {
    titleId: 'cy-notice-title',
    title: texts.bannerTitle,
    text: texts.usNoticeText,
    links: siteLinks(texts, config),
    buttons: [
      {
        label: texts.optOutTitle,
        dialog: true,
        onClick: () => setView({ dialog: 'opt-out' })
      },
      {
        label: texts.usNoticeOk,
        onClick: () => {
          // Shown again over a decision (showBanner()), OK records nothing: it would undo
          // an opt-out in force.
          if (!$state.get().decided) actions.save({}, 'banner')
          setView({ banner: false })
        }
      }
    ]
  }
  const ref = useBuilt<HTMLElement>((doc) => bannerContent(doc, content))
  useFocusClear(ref)
  return (
    <section
      class="cy-banner"
      data-layout="bar"
      aria-labelledby={content.titleId}
      ref={ref}
    />
  )
}
