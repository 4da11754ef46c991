import { Menu, type MenuProps } from '@mantine/core';
import {
  cloneElement,
  useEffect,
  useRef,
  type ReactElement,
  type ReactNode,
  type Ref,
} from 'react';

interface LoadedMenuProps extends Omit<MenuProps, 'children'> {
  target: ReactElement<{ ref?: Ref<HTMLElement> }>;
  items: (menu: typeof Menu) => ReactNode;
  /** Puts the keyboard focus on the button, where it was on the button this one replaces. */
  focusOnMount: boolean;
}

/** The menu of a DeferredMenu, once its code has loaded. */
export function LoadedMenu({ target, items, focusOnMount, ...menuProps }: LoadedMenuProps) {
  const targetRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusOnMount) targetRef.current?.focus();
    // Only when this menu replaces the plain button.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <Menu {...menuProps}>
      <Menu.Target>{cloneElement(target, { ref: targetRef })}</Menu.Target>
      <Menu.Dropdown>{items(Menu)}</Menu.Dropdown>
    </Menu>
  );
}
