import { useContext } from 'preact/hooks'
import { siteLinks } from '../banner/banner-content'
import { Env } from '../context'

/**
 * The site's privacy policy and legal notice, each one the config gives, as links after a
 * dialog's text (each preceded by a space), as the banner links them: a visitor who opens
 * a dialog without the banner (a returning view, the re-open button, a "Do Not Sell or
 * Share" link) can still reach them.
 */
export function SiteLinks() {
  const { config, texts } = useContext(Env)
  return (
    <>
      {siteLinks(texts, config).map(
        ({ href, label }) =>
          href && (
            <>
              {' '}
              <a href={href}>{label}</a>
            </>
          )
      )}
    </>
  )
}
