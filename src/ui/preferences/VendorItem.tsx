import { useContext } from 'preact/hooks'
import type { Vendor } from '../../catalog/types'
import { Env } from '../context'
import { format } from '../i18n/format'
import { Switch } from '../primitives/Switch'
import { formatLifetime } from './lifetime'

interface VendorItemProps {
  vendor: Vendor
  checked: boolean
  onToggle: () => void
}

/** One vendor as a privacy policy's cookie table shows it, with its own switch. */
export function VendorItem({ vendor, checked, onToggle }: VendorItemProps) {
  const { texts, language } = useContext(Env)
  const id = `cy-vendor-${vendor.id}`
  // The key `vendor.<id>.purpose`: shipped for catalog vendors, or the site's own.
  const purpose = texts[`vendor.${vendor.id}.purpose`] ?? vendor.purpose
  return (
    <li class="cy-vendor">
      <div class="cy-row">
        <h4 id={`${id}-name`}>{vendor.name}</h4>
        <Switch
          label={vendor.name}
          checked={checked}
          describedBy={`${id}-purpose`}
          onToggle={onToggle}
        />
      </div>
      {purpose && (
        <p id={`${id}-purpose`} class="cy-description">
          {purpose}
        </p>
      )}
      {vendor.cookies.length > 0 && (
        <table class="cy-cookies">
          <thead>
            <tr>
              <th scope="col">{texts.cookieName}</th>
              <th scope="col">{texts.cookieLifetime}</th>
            </tr>
          </thead>
          <tbody>
            {vendor.cookies.map((cookie) => (
              <tr key={cookie.name}>
                <td>
                  <code>{cookie.name}</code>
                </td>
                <td>
                  {formatLifetime(cookie.days, language, texts.session)}
                  {cookie.thirdParty &&
                    ` · ${format(texts.thirdParty, { vendor: vendor.name })}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <a href={vendor.privacyPolicyUrl} target="_blank" rel="noopener noreferrer">
        {format(texts.vendorPrivacy, { vendor: vendor.name })} {texts.newWindow}
      </a>
    </li>
  )
}
