// The one owner of the URL and of history: it parses the location once, keeps the app state (camera included)
// current, listens to Back/Forward once, and decides which change is a history entry.
// - push: a filter or selection change is one new entry, so Back and Forward undo and redo it.
// - setCamera: a camera move replaces the current entry.
// - begin, change, commit: a gesture (a slider drag, a held key, a Play run, typing a search) replaces the entry
//   while it runs; commit then puts back the entry it started from and pushes the end state once.
import type { Camera } from '../domain/camera';
import type { AppState } from './app-state';
import type { Notice, ParseOptions, ParseResult } from './url-codec';
import { parseAppState, serialiseAppState } from './url-codec';

/** The parts of `window` the owner uses (a test passes its own). */
export interface BrowserWindow {
  location: Pick<Location, 'pathname' | 'search' | 'hash'>;
  history: Pick<History, 'pushState' | 'replaceState'>;
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

export type UrlSnapshot = ParseResult;
export type Update = (state: AppState) => AppState;

export class UrlHistory {
  private snapshot: UrlSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly navigateListeners = new Set<(state: AppState) => void>();
  /** The URL of the entry the open gesture started from; null when no gesture is open. */
  private gestureStart: string | null = null;

  constructor(
    private readonly win: BrowserWindow,
    private readonly options: ParseOptions = {},
  ) {
    this.snapshot = this.read();
  }

  private read(): UrlSnapshot {
    return parseAppState(this.win.location.search, this.win.location.hash, this.options);
  }

  private currentUrl(): string {
    const { pathname, search, hash } = this.win.location;
    return `${pathname}${search}${hash}`;
  }

  private urlFor(state: AppState): string {
    const { search, hash } = serialiseAppState(state, this.options.defaultLang);
    return `${this.win.location.pathname}${search}${hash}`;
  }

  private set(state: AppState, notices = this.snapshot.notices): void {
    this.snapshot = { state, notices };
    for (const listener of this.listeners) listener();
  }

  /** Listens to Back and Forward; returns the function that stops listening. */
  start(): () => void {
    const onPop = () => {
      // Back or Forward during a gesture (a Play run goes on): its steps now replace the entry navigated to,
      // and its commit puts that entry back.
      if (this.gestureStart !== null) this.gestureStart = this.currentUrl();
      const parsed = this.read();
      this.set(parsed.state, parsed.notices);
      for (const listener of this.navigateListeners) listener(parsed.state);
    };
    this.win.addEventListener('popstate', onPop);
    return () => this.win.removeEventListener('popstate', onPop);
  }

  readonly getSnapshot = (): UrlSnapshot => this.snapshot;

  /** For useSyncExternalStore: called after every change of the snapshot. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Called with the entry's state after Back or Forward (e.g. to move the map to its camera). */
  onNavigate(listener: (state: AppState) => void): () => void {
    this.navigateListeners.add(listener);
    return () => this.navigateListeners.delete(listener);
  }

  /**
   * A change that is one entry of its own (a legend toggle, a selection): a new entry, none when the URL does not
   * change. During a gesture the run so far becomes its entry first, and the gesture goes on after this one.
   */
  readonly push = (update: Update): void => {
    const open = this.gestureStart !== null;
    if (open) this.settle();
    const next = update(this.snapshot.state);
    const url = this.urlFor(next);
    if (url !== this.currentUrl()) this.win.history.pushState(null, '', url);
    this.set(next);
    if (open) this.gestureStart = this.currentUrl();
  };

  /** Opens a gesture: until commit, change() replaces the current entry. */
  readonly begin = (): void => {
    if (this.gestureStart === null) this.gestureStart = this.currentUrl();
  };

  /** A change that may be a gesture's step: replaces the entry while a gesture is open, else pushes one. */
  readonly change = (update: Update): void => {
    if (this.gestureStart === null) return this.push(update);
    const next = update(this.snapshot.state);
    this.win.history.replaceState(null, '', this.urlFor(next));
    this.set(next);
  };

  /** A step of a gesture that has no start of its own (typing): begin, then change. */
  readonly transient = (update: Update): void => {
    this.begin();
    this.change(update);
  };

  /** Ends the open gesture: the entry it started from comes back, and its end state is pushed once. */
  readonly commit = (): void => {
    this.settle();
    this.gestureStart = null;
  };

  private settle(): void {
    const start = this.gestureStart;
    const end = this.currentUrl();
    if (start === null || end === start) return;
    this.win.history.replaceState(null, '', start);
    this.win.history.pushState(null, '', end);
  }

  /** A camera move: kept in the state and in the current entry, never a new entry. */
  readonly setCamera = (camera: Camera): void => {
    const next = { ...this.snapshot.state, camera };
    this.win.history.replaceState(null, '', this.urlFor(next));
    this.set(next);
  };

  /** A plain-words note shown with the link's own (e.g. a linked feature the data does not have). */
  readonly addNotice = (notice: Notice): void => {
    this.set(this.snapshot.state, [...this.snapshot.notices, notice]);
  };

  readonly dismissNotices = (): void => {
    if (this.snapshot.notices.length > 0) this.set(this.snapshot.state, []);
  };
}
