import type { TArea } from "../../types";

export const board: TArea<"board"> = {
  title: "Board",
  description: "Every application by stage; drag a card to move it on",
  emptyTitle: "The board is empty",
  emptyBody: "Your applications will line up in columns (applied → assessment → written test → interview → offer); drag a card to move it on.",
  addCompany: "Add a company",
  allTiers: "All tiers",
  collapse: "Collapse {column}",
  expand: "Expand {column}",
  more: "{count} more: see them in the companies table",
  emptyColumn: "Drop here",
  cardHint: "Space picks a card up, ←→ change column, Space drops, Esc cancels",
  moved: "{name} → {column}",
  dateTitle: "{name}: when is the {column}?",
  dateBody: "The date and time of the {column}; it shows as the next event.",
  confirm: "Confirm",
  prep: "Prep {percent}%",
  search: {
    label: "Search the board's companies",
    placeholder: "Company, alias or pinyin (press /)",
    found: "{count, plural, =0 {Nothing found for “{q}”} one {# card found} other {# cards found}}",
  },
  scrollLeft: "Scroll the board left",
  scrollRight: "Scroll the board right for more columns",
  announce: {
    start: "Picked up {name}",
    over: "{name} is over {column}",
    drop: "{name} dropped on {column}",
    cancel: "Stopped dragging {name}",
  },
};
