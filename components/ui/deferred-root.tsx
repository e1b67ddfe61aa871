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
 * Overlays (menus, dialogs, drawers) that start closed render only their trigger, as a plain
 * button, until the first pointer press, key press or click on it. That input mounts the Radix
 * root and is then repeated on the real trigger, so Radix opens it exactly as if it had been
 * there from the start (keyboard opening focuses the first menu item; closing returns focus to
 * the trigger). Once mounted, an overlay stays mounted.
 */

type TReplay = (trigger: HTMLElement) => void;

type TDeferred = {
  mounted: boolean;
  mount: (replay: TReplay) => void;
  setTrigger: (node: HTMLElement | null) => void;
};

const DeferredContext = createContext<TDeferred | null>(null);

type TDeferredRootProps = {
  /** True when the overlay is open at first paint (then it mounts straight away). */
  openAtStart: boolean | undefined;
  /** The Radix root wrapping `children`. */
  root: (children: ReactNode) => ReactNode;
  children?: ReactNode;
};

function DeferredRoot({ openAtStart, root, children }: TDeferredRootProps) {
  const [mounted, setMounted] = useState(Boolean(openAtStart));
  if (openAtStart && !mounted) setMounted(true);
  const pending = useRef<TReplay | null>(null);
  const trigger = useRef<HTMLElement | null>(null);
  // Runs after the Radix root's own effects (it is their parent), so its listeners are in place.
  useEffect(() => {
    const replay = pending.current;
    pending.current = null;
    if (mounted && replay && trigger.current) replay(trigger.current);
  }, [mounted]);
  const value: TDeferred = {
    mounted,
    setTrigger(node) {
      trigger.current = node;
    },
    mount(replay) {
      pending.current = replay;
      setMounted(true);
    },
  };
  return <DeferredContext value={value}>{mounted ? root(children) : children}</DeferredContext>;
}

/** False while the surrounding overlay has not been mounted yet (its content then renders nothing). */
export function useDeferredMounted(): boolean {
  const deferred = useContext(DeferredContext);
  return deferred === null || deferred.mounted;
}

function setRef<T>(ref: Ref<T> | undefined, node: T | null) {
  if (typeof ref === "function") ref(node);
  else if (ref) ref.current = node;
}

/** A ref for the real trigger that also records it for the replayed input. */
function useTriggerRef<T extends HTMLElement>(ref: Ref<T> | undefined): Ref<T> {
  const deferred = useContext(DeferredContext);
  return (node: T | null) => {
    deferred?.setTrigger(node);
    setRef(ref, node);
  };
}

type TPlainTriggerProps = ComponentProps<"button"> & { asChild?: boolean };

const MENU_KEYS = ["Enter", " ", "ArrowDown"];

/**
 * The trigger of an overlay not mounted yet. `kind` picks the opening input Radix listens for:
 * a menu opens on pointer press or Enter/Space/ArrowDown, a dialog on click.
 */
function PlainTrigger({ asChild, kind, ...props }: TPlainTriggerProps & { kind: "menu" | "dialog" }) {
  const deferred = useContext(DeferredContext);
  const Comp = asChild ? Slot.Root : "button";
  const common = {
    type: "button" as const,
    "aria-haspopup": kind,
    "aria-expanded": false,
    "data-state": "closed",
    "data-disabled": props.disabled ? "" : undefined,
  };
  if (!deferred) return <Comp {...common} {...props} />;
  if (kind === "dialog") {
    const onClick = (event: MouseEvent<HTMLButtonElement>) => {
      event.preventDefault();
      deferred.mount((trigger) => trigger.click());
    };
    return <Comp {...common} {...props} onClick={onClick} />;
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
  return <Comp {...common} {...props} onPointerDown={onPointerDown} onKeyDown={onKeyDown} />;
}

type TOverlayRootProps = { open?: boolean; defaultOpen?: boolean; children?: ReactNode };

/** A Radix overlay root (Dialog.Root, DropdownMenu.Root…) that mounts on first use. */
export function deferRoot<P extends TOverlayRootProps>(Root: ComponentType<P>) {
  return function DeferredOverlayRoot(props: P) {
    return (
      <DeferredRoot openAtStart={props.open ?? props.defaultOpen} root={(inner) => <Root {...props}>{inner}</Root>}>
        {props.children}
      </DeferredRoot>
    );
  };
}

/** Its trigger: a plain button until the root mounts, then the Radix trigger given. */
export function deferTrigger<P extends TPlainTriggerProps>(Trigger: ComponentType<P>, kind: "menu" | "dialog") {
  return function DeferredOverlayTrigger({ ref, ...rest }: P) {
    const triggerRef = useTriggerRef(ref);
    if (!useDeferredMounted()) return <PlainTrigger kind={kind} {...rest} />;
    return <Trigger {...({ ...rest, ref: triggerRef } as P)} />;
  };
}
