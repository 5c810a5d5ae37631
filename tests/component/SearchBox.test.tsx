// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchBox } from '../../src/components/SearchBox';

afterEach(cleanup);

describe('SearchBox', () => {
  it('reports the typed query upstream', async () => {
    const user = userEvent.setup();
    const onQueryChange = vi.fn();
    render(<SearchBox query="" onQueryChange={onQueryChange} />);
    const search = screen.getByRole('searchbox', { name: 'Search features' });
    await user.type(search, 'b');
    expect(onQueryChange).toHaveBeenLastCalledWith('b');
  });

  it('shows the current query', () => {
    render(<SearchBox query="Heihe" onQueryChange={vi.fn()} />);
    expect(screen.getByRole('searchbox', { name: 'Search features' })).toHaveValue('Heihe');
  });

  it('is a search landmark and says the search is over when the field loses focus', async () => {
    const user = userEvent.setup();
    const onQueryDone = vi.fn();
    render(<SearchBox query="x" onQueryChange={vi.fn()} onQueryDone={onQueryDone} />);
    expect(screen.getByRole('search')).toBeInTheDocument();
    await user.click(screen.getByRole('searchbox'));
    await user.tab();
    expect(onQueryDone).toHaveBeenCalledTimes(1);
  });
});
