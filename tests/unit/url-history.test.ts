import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from '../../src/url-state/url-history';
import { UrlHistory } from '../../src/url-state/url-history';
import type { AppState } from '../../src/url-state/app-state';

/** A browser's session history in memory: entries, the current index, Back and Forward firing popstate. */
class FakeBrowser implements BrowserWindow {
  entries: string[];
  index = 0;
  private popListeners = new Set<() => void>();
  readonly history = {
    pushState: (_data: unknown, _unused: string, url?: string | URL | null) => {
      this.entries = [...this.entries.slice(0, this.index + 1), String(url)];
      this.index += 1;
    },
    replaceState: (_data: unknown, _unused: string, url?: string | URL | null) => {
      this.entries[this.index] = String(url);
    },
  };

  constructor(start = '/') {
    this.entries = [start];
  }

  get location() {
    const url = new URL(this.entries[this.index] ?? '/', 'http://localhost');
    return { pathname: url.pathname, search: url.search, hash: url.hash };
  }

  addEventListener(_type: 'popstate', listener: () => void) {
    this.popListeners.add(listener);
  }
  removeEventListener(_type: 'popstate', listener: () => void) {
    this.popListeners.delete(listener);
  }

  go(delta: number) {
    this.index += delta;
    for (const listener of this.popListeners) listener();
  }

  get url() {
    return this.entries[this.index];
  }
}

const year = (y: number | null) => (s: AppState) => ({ ...s, filters: { ...s.filters, year: y } });

describe('the URL owner', () => {
  it('reads the state, camera included, from the location it starts at', () => {
    const owner = new UrlHistory(new FakeBrowser('/?year=2020&feature=a-b&v=1#map=6/45/130'));
    const { state } = owner.getSnapshot();
    expect(state.filters.year).toBe(2020);
    expect(state.feature).toBe('a-b');
    expect(state.camera).toEqual({ zoom: 6, lat: 45, lon: 130 });
  });

  it('pushes one entry per filter or selection change, none for a change that leaves the URL as it is', () => {
    const browser = new FakeBrowser();
    const owner = new UrlHistory(browser);
    owner.push(year(2020));
    owner.push((s) => ({ ...s, feature: 'a-b' }));
    owner.push((s) => s);
    expect(browser.entries).toEqual(['/', '/?year=2020&v=1', '/?year=2020&feature=a-b&v=1']);
  });

  it('keeps camera moves in the state and in the current entry', () => {
    const browser = new FakeBrowser('/?year=2020&v=1');
    const owner = new UrlHistory(browser);
    owner.setCamera({ zoom: 7, lat: 44.5, lon: 131.25 });
    expect(browser.entries).toEqual(['/?year=2020&v=1#map=7/44.5/131.25']);
    expect(owner.getSnapshot().state.camera).toEqual({ zoom: 7, lat: 44.5, lon: 131.25 });
    owner.push(year(2021));
    expect(browser.url).toBe('/?year=2021&v=1#map=7/44.5/131.25');
  });

  it('makes a gesture one entry: replaced while it runs, pushed once at its end, Back returns to before it', () => {
    const browser = new FakeBrowser('/?year=2000&v=1');
    const owner = new UrlHistory(browser);
    const stop = owner.start();
    for (let y = 2001; y <= 2030; y += 1) {
      owner.transient(year(y));
      expect(browser.entries).toHaveLength(1);
      expect(browser.url).toBe(`/?year=${y}&v=1`);
    }
    owner.commit();
    expect(browser.entries).toEqual(['/?year=2000&v=1', '/?year=2030&v=1']);
    owner.commit();
    expect(browser.entries).toHaveLength(2);
    browser.go(-1);
    expect(owner.getSnapshot().state.filters.year).toBe(2000);
    browser.go(1);
    expect(owner.getSnapshot().state.filters.year).toBe(2030);
    stop();
  });

  it('makes a held key or a drag begun explicitly one entry too, and a lone change outside one its own entry', () => {
    const browser = new FakeBrowser('/');
    const owner = new UrlHistory(browser);
    owner.change(year(2010));
    owner.begin();
    owner.change(year(2011));
    owner.change(year(2012));
    expect(browser.entries).toEqual(['/', '/?year=2012&v=1']);
    owner.commit();
    expect(browser.entries).toEqual(['/', '/?year=2010&v=1', '/?year=2012&v=1']);
  });

  it('leaves no entry for a gesture that ends where it began', () => {
    const browser = new FakeBrowser('/?year=2011&v=1');
    const owner = new UrlHistory(browser);
    owner.transient(year(2012));
    owner.transient(year(2011));
    owner.commit();
    expect(browser.entries).toEqual(['/?year=2011&v=1']);
  });

  it('gives a change pushed during a gesture its own entry, after the run so far, and goes on with the gesture', () => {
    const browser = new FakeBrowser('/');
    const owner = new UrlHistory(browser);
    owner.begin();
    owner.change(year(2010));
    owner.change(year(2011));
    owner.push((s) => ({ ...s, feature: 'a-b' }));
    expect(browser.entries).toEqual(['/', '/?year=2011&v=1', '/?year=2011&feature=a-b&v=1']);
    owner.change(year(2012));
    owner.change(year(2013));
    expect(browser.entries).toHaveLength(3);
    owner.commit();
    expect(browser.entries).toEqual([
      '/',
      '/?year=2011&v=1',
      '/?year=2011&feature=a-b&v=1',
      '/?year=2013&feature=a-b&v=1',
    ]);
  });

  it('listens to Back and Forward once, tells the navigate listeners, and stops listening', () => {
    const browser = new FakeBrowser('/');
    const owner = new UrlHistory(browser);
    const stop = owner.start();
    const navigated = vi.fn();
    const changed = vi.fn();
    const unsubscribe = owner.onNavigate(navigated);
    owner.subscribe(changed);
    owner.push(year(2020));
    owner.setCamera({ zoom: 5, lat: 45, lon: 130 });
    owner.push(year(2021));
    browser.go(-1);
    expect(navigated).toHaveBeenCalledTimes(1);
    expect(navigated.mock.calls[0]?.[0]).toMatchObject({
      camera: { zoom: 5, lat: 45, lon: 130 },
      filters: { year: 2020 },
    });
    expect(changed).toHaveBeenCalledTimes(4);
    unsubscribe();
    browser.go(-1);
    expect(navigated).toHaveBeenCalledTimes(1);
    expect(owner.getSnapshot().state.filters.year).toBeNull();
    stop();
    browser.go(1);
    expect(owner.getSnapshot().state.filters.year).toBeNull();
  });

  it('after Back during a gesture, puts back the entry navigated to and pushes the end once', () => {
    const browser = new FakeBrowser('/');
    const owner = new UrlHistory(browser);
    owner.start();
    owner.push(year(2020));
    owner.begin();
    owner.change(year(2021));
    browser.go(-1);
    expect(owner.getSnapshot().state.filters.year).toBeNull();
    owner.change(year(2022));
    owner.change(year(2023));
    owner.commit();
    expect(browser.entries).toEqual(['/', '/?year=2023&v=1']);
    browser.go(-1);
    expect(owner.getSnapshot().state.filters.year).toBeNull();
  });

  it('keeps notices, its own and added ones, until dismissed', () => {
    const owner = new UrlHistory(new FakeBrowser('/?year=abc'));
    expect(owner.getSnapshot().notices).toHaveLength(1);
    owner.addNotice({ key: 'notice.featureNotFound' });
    expect(owner.getSnapshot().notices).toHaveLength(2);
    owner.push(year(2020));
    expect(owner.getSnapshot().notices).toHaveLength(2);
    owner.dismissNotices();
    expect(owner.getSnapshot().notices).toEqual([]);
  });
});
