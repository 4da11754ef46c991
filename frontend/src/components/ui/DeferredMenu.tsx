import type { Menu, MenuProps } from '@mantine/core';
import {
  cloneElement,
  lazy,
  Suspense,
  useEffect,
  useState,
  type ReactElement,
  type ReactNode,
  type Ref,
} from 'react';

const LoadedMenu = lazy(() =>
  import('./LoadedMenu').then((module) => ({ default: module.LoadedMenu })),
);

/** The props a menu's button takes here (Mantine's Button does). */
interface TargetProps {
  ref?: Ref<HTMLElement>;
  'aria-haspopup'?: 'menu';
  'aria-expanded'?: boolean;
  onClick?: () => void;
  onPointerDown?: () => void;
  onFocus?: () => void;
  onBlur?: () => void;
  'data-deferred'?: boolean;
}

interface DeferredMenuProps extends Omit<MenuProps, 'children' | 'opened' | 'onChange'> {
  /** The button that opens the menu. */
  target: ReactElement<TargetProps>;
  /** The menu's items, drawn with the `Menu` handed over. */
  items: (menu: typeof Menu) => ReactNode;
}

interface Wanted {
  /** The menu's code is asked for. */
  load: boolean;
  /** The menu is open (or will be as soon as its code is here, if pressed before). */
  opened: boolean;
  /** The button has the keyboard focus: keep it there when the menu takes the button over. */
  focused: boolean;
  /** A press has begun on the stand-in button and has not clicked yet. */
  pressing: boolean;
}

/** Calls `then` once the page has loaded and the browser has nothing more urgent to do. */
function whenIdle(then: () => void): () => void {
  let cancel: () => void = () => {
    // Nothing scheduled yet.
  };
  const schedule = () => {
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(then, { timeout: 3000 });
      cancel = () => {
        window.cancelIdleCallback(id);
      };
    } else {
      const id = window.setTimeout(then, 200);
      cancel = () => {
        window.clearTimeout(id);
      };
    }
  };
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
  return () => {
    window.removeEventListener('load', schedule);
    cancel();
  };
}

/**
 * A Mantine menu whose code (the menu, its popover and their positioning library: about 25 KB
 * gzipped) is not part of the first page: its button shows at once, and the menu takes it over
 * when the browser is idle after loading, or as soon as the reader focuses or presses the button,
 * whichever comes first. A press before then opens the menu when it arrives (the
 * menu is controlled here, so a press on the plain button counts even if the menu has just
 * taken its place).
 *
 * A mouse or finger focuses the button when it goes down, before the click: the menu must not
 * take the button over then, or the release lands on another element and the browser sends no
 * click at all (the press would be lost). So focus asks for the menu only when no press is under
 * way (the keyboard's focus); a press asks for it with its click.
 */
export function DeferredMenu({ target, items, ...menuProps }: DeferredMenuProps) {
  const [wanted, setWanted] = useState<Wanted>({
    load: false,
    opened: false,
    focused: false,
    pressing: false,
  });
  const want = (change: Partial<Wanted>) => {
    setWanted((current) => ({ ...current, load: true, ...change }));
  };

  useEffect(
    () =>
      whenIdle(() => {
        // Not in the middle of a press: its click asks for the menu.
        setWanted((current) => ({ ...current, load: current.load || !current.pressing }));
      }),
    [],
  );

  const button = cloneElement(target, {
    'aria-haspopup': 'menu',
    'aria-expanded': false,
    // Until the menu takes it over (tests wait for this to go before they press the button).
    'data-deferred': true,
    onPointerDown: () => {
      setWanted((current) => ({ ...current, pressing: true }));
    },
    onFocus: () => {
      setWanted((current) => ({
        ...current,
        load: current.load || !current.pressing,
        focused: true,
      }));
    },
    onBlur: () => {
      setWanted((current) => ({ ...current, focused: false, pressing: false }));
    },
    onClick: () => {
      want({ opened: true, pressing: false });
    },
  });
  return (
    <Suspense fallback={button}>
      {wanted.load ? (
        <LoadedMenu
          {...menuProps}
          target={target}
          items={items}
          opened={wanted.opened}
          onChange={(opened) => {
            setWanted((current) => ({ ...current, opened }));
          }}
          focusOnMount={wanted.focused || wanted.opened}
        />
      ) : (
        button
      )}
    </Suspense>
  );
}
