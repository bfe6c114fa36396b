import { useContext } from 'preact/hooks'
import { Env } from '../context'

interface BannerTextProps {
  /** Id of the heading, which names the banner. */
  id: string
  text: string
}

/** A first-layer banner's heading, text and privacy-policy link. */
export function BannerText({ id, text }: BannerTextProps) {
  const { config, texts } = useContext(Env)
  return (
    <div class="cy-text">
      <h2 id={id}>{texts.bannerTitle}</h2>
      <p>
        {text}{' '}
        {config.privacyPolicyUrl && (
          <a href={config.privacyPolicyUrl}>{texts.privacyPolicy}</a>
        )}
      </p>
    </div>
  )
}
