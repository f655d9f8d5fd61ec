import { IntentLink } from "./intent-link";

/** One tab: where it goes and what it says. */
export type SectionTab = { key: string; href: string; label: string };

/**
 * The row of section tabs under a page header (PH admin dashboard, sales console): links, with the
 * current one marked `aria-current="page"` and underlined in the brand colour. Scrolls sideways on
 * narrow screens. `widthClass` matches the header's max width. Each tab's page is prefetched on intent
 * (`IntentLink`), not while the current page loads.
 */
export function SectionTabs(props: { label: string; tabs: SectionTab[]; current: string; widthClass: string }) {
  return (
    <nav aria-label={props.label} className={`mx-auto ${props.widthClass} overflow-x-auto px-4`}>
      <ul className="flex gap-1">
        {props.tabs.map((tab) => (
          <li key={tab.key}>
            <IntentLink
              href={tab.href}
              aria-current={tab.key === props.current ? "page" : undefined}
              className={
                tab.key === props.current
                  ? "border-brand block border-b-2 px-3 py-2 text-sm font-semibold whitespace-nowrap text-slate-900"
                  : "block border-b-2 border-transparent px-3 py-2 text-sm font-medium whitespace-nowrap text-slate-600 hover:text-slate-900"
              }
            >
              {tab.label}
            </IntentLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
