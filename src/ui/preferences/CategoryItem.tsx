import { useContext, useState } from 'preact/hooks'
import type { Category, Vendor } from '../../catalog/types'
import { Env } from '../context'
import { format } from '../i18n/format'
import { Switch } from '../primitives/Switch'
import { VendorItem } from './VendorItem'

interface CategoryItemProps {
  category: Category
  vendors: Vendor[]
  checked: boolean
  vendorChecked: Record<string, boolean>
  onCategory: () => void
  onVendor: (id: string) => void
}

/** One category: its switch (named by its title), description and expandable vendors. */
export function CategoryItem(props: CategoryItemProps) {
  const { category, vendors, checked, vendorChecked } = props
  const { texts } = useContext(Env)
  const [open, setOpen] = useState(false)
  const title = texts[`category.${category.id}.title`] ?? category.title
  const description = texts[`category.${category.id}.description`] ?? category.description
  const id = `cy-category-${category.id}`
  return (
    <li class="cy-category">
      <div class="cy-row">
        <h3 id={`${id}-title`}>{title}</h3>
        <div class="cy-row">
          {category.required && <span class="cy-always">{texts.alwaysOn}</span>}
          <Switch
            label={title}
            checked={checked}
            locked={category.required}
            describedBy={`${id}-description`}
            onToggle={props.onCategory}
          />
        </div>
      </div>
      <p id={`${id}-description`} class="cy-description">
        {description}
      </p>
      {vendors.length > 0 && (
        <>
          <button
            type="button"
            id={`${id}-disclosure`}
            class="cy-disclosure"
            // Named "Partners (2) Statistical": each category's button can be told apart.
            aria-labelledby={`${id}-disclosure ${id}-title`}
            aria-expanded={open ? 'true' : 'false'}
            aria-controls={`${id}-vendors`}
            onClick={() => setOpen(!open)}
          >
            {format(texts.showVendors, { count: vendors.length })}
          </button>
          <ul id={`${id}-vendors`} class="cy-list" hidden={!open}>
            {vendors.map((vendor) => (
              <VendorItem
                key={vendor.id}
                vendor={vendor}
                checked={vendorChecked[vendor.id] === true}
                onToggle={() => props.onVendor(vendor.id)}
              />
            ))}
          </ul>
        </>
      )}
    </li>
  )
}
