"use client";

import { Slot } from "radix-ui";
import {
  createContext,
  useContext,
  useEffect,
  useRef,
  useState,
  type ComponentProps,
  type ComponentType,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type ReactNode,
  type Ref,
} from "react";

/*
 * Overlays (menus, dialogs, drawers) whose Radix code loads on first use. Until then an overlay
 * renders only its trigger, as a plain button, and nothing of its content; the overlay's module
 * (`*-parts.tsx`) starts loading when the pointer or focus reaches the trigger. The first pointer
 * press, key press or click mounts the Radix root and is then repeated on the real trigger, so
 * Radix opens it exactly as if it had been there from the start (keyboard opening focuses the
 * first menu item; closing returns focus to the trigger). Once mounted, an overlay stays mounted.
 */

type TReplay = (trigger: HTMLElement) => void;

// Radix parts take many different props; each overlay module re-types what it exports.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type TAnyComponent = ComponentType<any>;
type TParts = { Root: TAnyComponent; Trigger: TAnyComponent };

type TDeferred<M> = {
  /** The loaded module once this overlay is mounted, else null. */
  parts: M | null;
  mount: (replay: TReplay) => void;
  preload: () => void;
  setTrigger: (node: HTMLElement | null) => void;
};

type TOverlayRootProps = { open?: boolean; defaultOpen?: boolean; children?: ReactNode };
type TPlainTriggerProps = ComponentProps<"button"> & { asChild?: boolean };

function setRef<T>(ref: Ref<T> | undefined, node: T | null) {
  if (typeof ref === "function") ref(node);
  else if (ref) ref.current = node;
}

const MENU_KEYS = ["Enter", " ", "ArrowDown"];

/**
 * The trigger of an overlay not mounted yet. `kind` picks the opening input Radix listens for:
 * a menu opens on pointer press or Enter/Space/ArrowDown, a dialog on click.
 */
function PlainTrigger<M>({ asChild, kind, deferred, ...props }: TPlainTriggerProps & { kind: "menu" | "dialog"; deferred: TDeferred<M> | null }) {
  const Comp = asChild ? Slot.Root : "button";
  const common = {
    type: "button" as const,
    "aria-haspopup": kind,
    "aria-expanded": false,
    "data-state": "closed",
    "data-disabled": props.disabled ? "" : undefined,
  };
  if (!deferred) return <Comp {...common} {...props} />;
  const warm = { onPointerEnter: deferred.preload, onFocus: deferred.preload };
  if (kind === "dialog") {
    const onClick = (event: MouseEvent<HTMLButtonElement>) => {
      event.preventDefault();
      deferred.mount((trigger) => trigger.click());
    };
    return <Comp {...common} {...props} {...warm} onClick={onClick} />;
  }
  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    if (event.button !== 0 || event.ctrlKey) return;
    // Keeps focus off the button about to be replaced, as Radix does when it opens a menu.
    event.preventDefault();
    const { pointerType } = event;
    deferred.mount((trigger) =>
      trigger.dispatchEvent(new window.PointerEvent("pointerdown", { bubbles: true, cancelable: true, button: 0, pointerType })),
    );
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (!MENU_KEYS.includes(event.key)) return;
    event.preventDefault();
    const { key } = event;
    deferred.mount((trigger) => {
      trigger.focus();
      trigger.dispatchEvent(new window.KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
    });
  };
  return <Comp {...common} {...props} {...warm} onPointerDown={onPointerDown} onKeyDown={onKeyDown} />;
}

/**
 * An overlay whose module `load()` imports on first use. It gives the root, the trigger and
 * `part(name)` for every other export of the module, which renders nothing before the root has
 * mounted (content is never shown closed anyway).
 */
export function lazyOverlay<M extends TParts>(load: () => Promise<M>, kind: "menu" | "dialog") {
  const Context = createContext<TDeferred<M> | null>(null);
  let loaded: M | null = null;
  let loading: Promise<M> | null = null;
  const ensure = () =>
    (loading ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));

  function Root({ children, ...props }: TOverlayRootProps) {
    const openAtStart = Boolean(props.open ?? props.defaultOpen);
    const [mounted, setMounted] = useState(openAtStart && loaded !== null);
    const pending = useRef<TReplay | null>(null);
    const trigger = useRef<HTMLElement | null>(null);
    // Opened by its owner (a controlled dialog) before first use: load, then mount open.
    useEffect(() => {
      if (openAtStart && !mounted) void ensure().then(() => setMounted(true), () => undefined);
    }, [openAtStart, mounted]);
    // Runs after the Radix root's own effects (it is their parent), so its listeners are in place.
    useEffect(() => {
      const replay = pending.current;
      pending.current = null;
      if (mounted && replay && trigger.current) replay(trigger.current);
    }, [mounted]);
    const parts = mounted ? loaded : null;
    const value: TDeferred<M> = {
      parts,
      setTrigger(node) {
        trigger.current = node;
      },
      preload() {
        void ensure().catch(() => undefined);
      },
      mount(replay) {
        // A failed load leaves the plain trigger: the next press tries again.
        void ensure().then(() => {
          pending.current = replay;
          setMounted(true);
        }, () => undefined);
      },
    };
    return <Context value={value}>{parts ? <parts.Root {...props}>{children}</parts.Root> : children}</Context>;
  }

  function Trigger({ ref, ...props }: TPlainTriggerProps) {
    const deferred = useContext(Context);
    if (!deferred?.parts) return <PlainTrigger kind={kind} deferred={deferred} {...props} />;
    const Real = deferred.parts.Trigger;
    const triggerRef = (node: HTMLElement | null) => {
      deferred.setTrigger(node);
      setRef(ref, node as HTMLButtonElement | null);
    };
    return <Real {...props} ref={triggerRef} />;
  }

  function part<K extends keyof M>(name: K): M[K] {
    function Part(props: object) {
      const Impl = useContext(Context)?.parts?.[name] as TAnyComponent | undefined;
      return Impl ? <Impl {...props} /> : null;
    }
    return Part as M[K];
  }

  return { Root: Root as M["Root"], Trigger: Trigger as M["Trigger"], part };
}
