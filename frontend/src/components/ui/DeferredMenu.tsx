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
  onFocus?: () => void;
  onBlur?: () => void;
  onPointerEnter?: () => void;
}

interface DeferredMenuProps extends Omit<MenuProps, 'children'> {
  /** The button that opens the menu. */
  target: ReactElement<TargetProps>;
  /** The menu's items, drawn with the `Menu` handed over. */
  items: (menu: typeof Menu) => ReactNode;
}

interface Wanted {
  /** The menu's code is asked for. */
  load: boolean;
  /** The button was pressed before the code arrived: open as soon as it is here. */
  open: boolean;
  /** The button has the keyboard focus: keep it there when the menu takes the button over. */
  focused: boolean;
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
 * when the browser is idle after loading, or as soon as the reader points at, focuses or presses
 * the button, whichever comes first. A press before then opens the menu when it arrives.
 */
export function DeferredMenu({ target, items, ...menuProps }: DeferredMenuProps) {
  const [wanted, setWanted] = useState<Wanted>({ load: false, open: false, focused: false });
  const want = (change: Partial<Wanted>) => {
    setWanted((current) => ({ ...current, load: true, ...change }));
  };

  useEffect(
    () =>
      whenIdle(() => {
        setWanted((current) => ({ ...current, load: true }));
      }),
    [],
  );

  const button = cloneElement(target, {
    'aria-haspopup': 'menu',
    'aria-expanded': false,
    onPointerEnter: () => {
      want({});
    },
    onFocus: () => {
      want({ focused: true });
    },
    onBlur: () => {
      setWanted((current) => ({ ...current, focused: false }));
    },
    onClick: () => {
      want({ open: true });
    },
  });
  return (
    <Suspense fallback={button}>
      {wanted.load ? (
        <LoadedMenu
          {...menuProps}
          target={target}
          items={items}
          defaultOpened={wanted.open}
          focusOnMount={wanted.focused || wanted.open}
        />
      ) : (
        button
      )}
    </Suspense>
  );
}
