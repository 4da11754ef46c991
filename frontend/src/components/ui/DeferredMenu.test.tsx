import { Button, MantineProvider } from '@mantine/core';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DeferredMenu } from './DeferredMenu';

function renderMenu() {
  render(
    <MantineProvider env="test">
      <DeferredMenu
        target={<Button>Account</Button>}
        items={(Menu) => (
          <>
            <Menu.Item>Profile</Menu.Item>
            <Menu.Item>Sign out</Menu.Item>
          </>
        )}
      />
    </MantineProvider>,
  );
  return screen.getByRole('button', { name: 'Account' });
}

describe('DeferredMenu', () => {
  it('keeps the pressed button in place until the press ends', async () => {
    const button = renderMenu();
    // The stand-in button: the menu's code is not asked for until the page is idle.
    expect(button).toHaveAttribute('data-deferred');

    // A mouse press focuses the button before it is released. Were the menu to take the button
    // over now, the release would land on another element and the browser would send no click.
    fireEvent.pointerDown(button);
    fireEvent.mouseDown(button);
    fireEvent.focus(button);
    await act(async () => {
      await import('./LoadedMenu');
    });
    expect(screen.getByRole('button', { name: 'Account' })).toBe(button);

    fireEvent.mouseUp(button);
    fireEvent.click(button);
    expect(await screen.findByRole('menuitem', { name: 'Profile' })).toBeVisible();
  });

  it('opens on a click that comes before its code has loaded', async () => {
    const user = userEvent.setup();
    const button = renderMenu();
    expect(button).toHaveAttribute('data-deferred');

    await user.click(button);

    expect(await screen.findByRole('menuitem', { name: 'Profile' })).toBeVisible();
  });

  it('opens from the keyboard, with the focus kept on its button until then', async () => {
    const user = userEvent.setup();
    renderMenu();

    await user.tab();
    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Account' })).not.toHaveAttribute('data-deferred');
    });
    expect(screen.getByRole('button', { name: 'Account' })).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('menuitem', { name: 'Profile' })).toBeVisible();
  });

  it('takes its menu over once the page is idle, without a press', async () => {
    renderMenu();

    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Account' })).not.toHaveAttribute('data-deferred');
    });
    expect(screen.queryByRole('menuitem', { name: 'Profile' })).not.toBeInTheDocument();
  });
});
