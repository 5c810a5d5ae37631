// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareButton } from '../../src/components/ShareButton';

const URL_TO_SHARE = 'http://localhost/?year=2026&feature=dzhalinda-mohe-bridge&v=1';

afterEach(cleanup);

/** userEvent.setup() installs its own clipboard stub, so ours goes on after it. */
function setClipboard(value: unknown) {
  Object.defineProperty(window.navigator, 'clipboard', { value, configurable: true, writable: true });
}

describe('ShareButton', () => {
  it('copies the current link and says so politely', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    setClipboard({ writeText });
    const getUrl = vi.fn(() => URL_TO_SHARE);
    render(<ShareButton getUrl={getUrl} />);

    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(URL_TO_SHARE);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Link copied');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('reads the URL at click time', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    setClipboard({ writeText });
    let url = 'http://localhost/?year=2020';
    render(<ShareButton getUrl={() => url} />);
    url = 'http://localhost/?year=2030';
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith('http://localhost/?year=2030');
  });

  it('offers the link selected in a read-only field when the clipboard refuses', async () => {
    const user = userEvent.setup();
    setClipboard({ writeText: vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError')) });
    render(<ShareButton getUrl={() => URL_TO_SHARE} />);

    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = await screen.findByRole('textbox', { name: 'Link to this view' });
    expect(field).toHaveValue(URL_TO_SHARE);
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveFocus();
    const input = field as HTMLInputElement;
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, URL_TO_SHARE.length]);
    expect(screen.getByRole('status')).not.toHaveTextContent('Link copied');
  });

  it('offers the link by hand when there is no clipboard API at all', async () => {
    const user = userEvent.setup();
    setClipboard(undefined);
    render(<ShareButton getUrl={() => URL_TO_SHARE} />);
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByRole('textbox', { name: 'Link to this view' })).toHaveValue(URL_TO_SHARE);
  });
});
