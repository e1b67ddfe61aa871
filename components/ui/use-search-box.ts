"use client";

// A search box whose query lives in the URL (?q=): `/` focuses it, typing searches after a pause,
// and when the URL's q changes by other means (a nav link without q, back/forward) the box shows
// that q instead of putting its old text back.
import { useEffect, useEffectEvent, useReducer, useRef, type RefObject } from "react";

export type TSearchBoxState = {
  /** What the box shows. */
  text: string;
  /** The text was typed and not searched for yet: a search is due after the pause. */
  typed: boolean;
  /** The q the URL should have by this box's own searches: a q other than it came from outside. */
  sent: string;
  /** The URL's q at the last render. */
  seen: string;
};

export type TSearchBoxAction =
  | { type: "typed"; text: string }
  | { type: "searched"; q: string; text?: string }
  | { type: "url"; q: string };

export const initialSearchBox = (q: string): TSearchBoxState => ({ text: q, typed: false, sent: q, seen: q });

export function searchBoxReducer(state: TSearchBoxState, action: TSearchBoxAction): TSearchBoxState {
  switch (action.type) {
    case "typed":
      return { ...state, text: action.text, typed: true };
    case "searched":
      return { ...state, text: action.text ?? state.text, typed: false, sent: action.q };
    case "url":
      if (action.q === state.seen) return state;
      if (action.q === state.sent) return { ...state, seen: action.q };
      return { text: action.q, typed: false, sent: action.q, seen: action.q };
  }
}

/** `/` anywhere but in a field focuses the input and selects its text. */
function useSlashFocus(input: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key !== "/" || event.metaKey || event.ctrlKey || event.altKey) return;
      if ((event.target as HTMLElement).closest("input, textarea, select, [contenteditable=true]")) return;
      // The `/` is not typed into the box, nor does it open the browser's quick find.
      event.preventDefault();
      event.stopPropagation();
      input.current?.focus();
      input.current?.select();
    }
    window.addEventListener("keydown", onKey, { capture: true });
    return () => window.removeEventListener("keydown", onKey, { capture: true });
  }, [input]);
}

type TOptions = {
  /** How long typing has to pause before a search, in ms. */
  delay: number;
  /** The q the page reads back from a searched text (a page may cut it); the text by default. */
  read?: (q: string) => string;
};

/**
 * `query` is the URL's q; `search(q)` puts a new one in the URL. Returns the input's ref (for `/`),
 * its text, `type` for its onChange, and `commit(text?)` for a search made at once (Enter) or a
 * text set by the page (clearing it): the caller then navigates with the q it returns.
 */
export function useSearchBox(query: string, search: (q: string) => void, { delay, read = (q) => q }: TOptions) {
  const input = useRef<HTMLInputElement>(null);
  const [state, dispatch] = useReducer(searchBoxReducer, query, initialSearchBox);
  if (query !== state.seen) dispatch({ type: "url", q: query });
  useSlashFocus(input);

  const settle = useEffectEvent((wanted: string) => {
    const q = read(wanted);
    dispatch({ type: "searched", q });
    if (q !== query) search(wanted);
  });
  useEffect(() => {
    if (!state.typed) return;
    const timer = setTimeout(() => settle(state.text.trim()), delay);
    return () => clearTimeout(timer);
  }, [state.typed, state.text, delay]);

  function commit(text = state.text): string {
    const wanted = text.trim();
    dispatch({ type: "searched", q: read(wanted), text });
    return wanted;
  }

  return { input, text: state.text, type: (text: string) => dispatch({ type: "typed", text }), commit };
}
