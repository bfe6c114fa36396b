import { useContext } from 'preact/hooks'
import { Env } from '../context'
import { ConsentDialog } from '../primitives/ConsentDialog'
import { SiteLinks } from '../primitives/SiteLinks'
import { Switch } from '../primitives/Switch'
import { useLatest } from '../primitives/use-latest'
import { useStore } from '../primitives/use-store'

/**
 * The US opt-out dialog ("Do Not Sell or Share My Personal Information"): one switch for the
 * sale and sharing of personal information and a confirm button. With a Global Privacy
 * Control signal it says the request was honoured and the switch stays opted out.
 */
export function OptOut() {
  const { $state, texts, actions, setView, gpcConflict } = useContext(Env)
  const state = useStore($state)
  const byGpc = state.gpc && state.regime === 'us'
  const [optedOut, latest, change] = useLatest(
    () => state.optOut.sale || state.optOut.share || byGpc
  )
  return (
    <ConsentDialog
      id="cy-optout-title"
      title={texts.optOutTitle}
      actions={
        <button
          type="button"
          class="cy-button"
          onClick={() => {
            actions.optOut({ sale: latest(), share: latest() }, 'opt-out')
            setView({ dialog: null, banner: false })
          }}
        >
          {texts.confirm}
        </button>
      }
    >
      {byGpc && (
        <div class="cy-notice" role="status">
          <strong>{texts.gpcHonored}</strong>
          {texts.gpcText}
          {gpcConflict() && <p class="cy-conflict">{texts.gpcConflict}</p>}
        </div>
      )}
      <p>
        {texts.optOutText}
        {/* What the notice does not say, the privacy policy does (CCPA regulations). */}
        <SiteLinks />
      </p>
      <div class="cy-optout-row">
        <Switch
          label={texts.optOutSwitch}
          checked={optedOut}
          locked={byGpc}
          onToggle={() => change((on) => !on)}
        />
        <span aria-hidden="true">{texts.optOutSwitch}</span>
      </div>
    </ConsentDialog>
  )
}
