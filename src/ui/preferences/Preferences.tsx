import { useContext } from 'preact/hooks'
import { Env } from '../context'
import { ConsentDialog } from '../primitives/ConsentDialog'
import { SiteLinks } from '../primitives/SiteLinks'
import { useLatest } from '../primitives/use-latest'
import { useStore } from '../primitives/use-store'
import { CategoryItem } from './CategoryItem'
import { draftFrom, setCategory, setVendor } from './draft'

/**
 * The preferences dialog ("Cookie preferences"): one switch per category, each expanding
 * to its vendors, and "Reject all", "Accept all" and "Save choices".
 */
export function Preferences() {
  const { $state, config, texts, actions, setView } = useContext(Env)
  const state = useStore($state)
  const [draft, latest, change] = useLatest(() => draftFrom(state))
  return (
    <ConsentDialog
      id="cy-preferences-title"
      title={texts.preferencesTitle}
      actions={(
        [
          [texts.rejectAll, () => actions.rejectAll('preferences')],
          [texts.acceptAll, () => actions.acceptAll('preferences')],
          [texts.saveChoices, () => actions.save(saveInput(latest()), 'preferences')]
        ] as const
      ).map(([label, decide]) => (
        <button
          type="button"
          class="cy-button"
          onClick={() => {
            decide()
            setView({ dialog: null, banner: false })
          }}
        >
          {label}
        </button>
      ))}
    >
      <p>
        {texts.preferencesText}
        <SiteLinks />
      </p>
      <ul class="cy-list">
        {config.categories.map((category) => (
          <CategoryItem
            key={category.id}
            category={category}
            vendors={config.vendors.filter((v) => v.category === category.id)}
            checked={category.required === true || draft.categories[category.id] === true}
            vendorChecked={draft.vendors}
            onCategory={() =>
              change((d) =>
                setCategory(config, d, category.id, !d.categories[category.id])
              )
            }
            onVendor={(id) => change((d) => setVendor(config, d, id, !d.vendors[id]))}
          />
        ))}
      </ul>
    </ConsentDialog>
  )
}

function saveInput(draft: ReturnType<typeof draftFrom>) {
  const categories = { ...draft.categories }
  // Essential is always granted; it is never sent as a switch.
  delete categories.essential
  return { categories, vendors: draft.vendors }
}
