// The year slider with "All years", playback, ghosting and what the chosen year changes.
import { useEffect, useId, useRef, useState } from 'react';
import type { MapFeature } from '../domain/schema';
import type { changesInYear } from '../domain/year-changes';
import './components.css';

export interface YearControlProps {
  /** Network by the end of this year; null = all years. */
  year: number | null;
  range: [number, number];
  /** Null while the data loads. */
  shownCount: number | null;
  ghost: boolean;
  changes: ReturnType<typeof changesInYear> | null;
  onYearChange(year: number | null): void;
  onGhostChange(ghost: boolean): void;
  /**
   * A drag of the slider, a key held on it or a Play run starts (the year changes it makes until onGestureEnd
   * are one change, e.g. one history entry).
   */
  onGestureStart?(): void;
  onGestureEnd?(): void;
  /**
   * First year of the default span (e.g. 1990): the slider then starts one year before it, at an "earlier" end
   * standing for the network before that year, and "Earlier years" widens it to the whole range.
   */
  focusFrom?: number;
  /** Years Play stops at (years in which something changes); every year when absent. */
  playYears?: number[];
}

type Gesture = 'play' | 'pointer' | 'key';
/** The keys with which a range input changes its value. */
const SLIDER_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'PageUp',
  'PageDown',
  'Home',
  'End',
]);

const SPEEDS = [
  { ms: 2000, label: 'Slow' },
  { ms: 1000, label: 'Normal' },
  { ms: 400, label: 'Fast' },
];

const plural = (n: number) => `${n} ${n === 1 ? 'feature' : 'features'}`;

export function YearControl({
  year,
  range,
  shownCount,
  ghost,
  changes,
  onYearChange,
  onGhostChange,
  focusFrom,
  playYears,
  onGestureStart,
  onGestureEnd,
}: YearControlProps) {
  const sliderId = useId();
  const speedId = useId();
  const [fullMin, max] = range;
  const earlierEnd = focusFrom !== undefined && focusFrom - 1 > fullMin ? focusFrom - 1 : null;
  const [wantEarlier, setWantEarlier] = useState(false);
  // A year before the default span (from a link, say) widens the slider by itself.
  const earlier = earlierEnd === null || wantEarlier || (year !== null && year < earlierEnd);
  const min = earlier ? fullMin : (earlierEnd ?? fullMin);
  const sliderValue = year ?? max;
  const [speed, setSpeed] = useState(1000);
  const [playing, setPlaying] = useState(false);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);
  // Playback counts on its own rather than reading props in the interval, which would see a stale closure.
  const playedYear = useRef(min);
  const onYearChangeRef = useRef(onYearChange);
  const gestures = useRef(new Set<Gesture>());
  const onGestureEndRef = useRef(onGestureEnd);

  useEffect(() => {
    onYearChangeRef.current = onYearChange;
    onGestureEndRef.current = onGestureEnd;
  }, [onYearChange, onGestureEnd]);

  function begin(gesture: Gesture) {
    if (gestures.current.size === 0) onGestureStart?.();
    gestures.current.add(gesture);
  }

  function end(gesture: Gesture) {
    if (!gestures.current.delete(gesture)) return;
    if (gestures.current.size === 0) onGestureEndRef.current?.();
  }

  // A drag may end outside the slider: its end is heard on the window.
  useEffect(() => {
    const onUp = () => end('pointer');
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onUp);
    return () => {
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onUp);
    };
  }, []);

  useEffect(
    () => () => {
      if (timer.current !== null) clearInterval(timer.current);
    },
    [],
  );

  function stop() {
    if (timer.current !== null) clearInterval(timer.current);
    timer.current = null;
    setPlaying(false);
    end('play');
  }

  function play() {
    const start = year === null || year >= max ? min : year;
    begin('play');
    if (start !== year) onYearChange(start);
    playedYear.current = start;
    if (start >= max) return end('play');
    setPlaying(true);
    // Play stops only at years in which something changes (and at the end), when those are known.
    const stops = playYears?.filter((y) => y > start && y <= max);
    timer.current = setInterval(() => {
      const next = stops ? (stops.find((y) => y > playedYear.current) ?? max) : playedYear.current + 1;
      playedYear.current = next;
      onYearChangeRef.current(next);
      if (next >= max) stop();
    }, speed);
  }

  // Any manual choice takes over from playback.
  function chooseYear(next: number | null) {
    stop();
    onYearChange(next);
  }

  return (
    <div className={year === null ? 'year-control year-control--all' : 'year-control'}>
      <div className="year-control__row">
        <label className="year-control__label" htmlFor={sliderId}>
          Year
        </label>
        <input
          id={sliderId}
          className="year-control__slider"
          type="range"
          min={min}
          max={max}
          step={1}
          value={Math.max(min, sliderValue)}
          aria-valuetext={
            !earlier && year === earlierEnd && focusFrom !== undefined ? `before ${focusFrom}` : undefined
          }
          onChange={(event) => chooseYear(Number(event.target.value))}
          onPointerDown={() => begin('pointer')}
          onKeyDown={(event) => SLIDER_KEYS.has(event.key) && begin('key')}
          onKeyUp={() => end('key')}
          onBlur={() => end('key')}
        />
        {/* The slider already announces its value; an <output> would be a second live region. */}
        <span className="year-control__value" aria-hidden="true">
          {year === null ? 'all' : !earlier && year === earlierEnd ? `<${focusFrom}` : year}
        </span>
        <button type="button" className="year-control__play" onClick={playing ? stop : play}>
          {playing ? 'Pause' : 'Play'}
        </button>
      </div>
      <div className="year-control__row">
        <label className="year-control__check">
          <input
            type="checkbox"
            checked={year === null}
            onChange={(event) => chooseYear(event.target.checked ? null : sliderValue)}
          />
          All years
        </label>
        <label className="year-control__check">
          <input type="checkbox" checked={ghost} onChange={(event) => onGhostChange(event.target.checked)} />
          Show later features ghosted
        </label>
        {earlierEnd !== null && (
          <label className="year-control__check">
            <input
              type="checkbox"
              checked={earlier}
              disabled={year !== null && year < earlierEnd}
              onChange={(event) => setWantEarlier(event.target.checked)}
            />
            {`Earlier years (from ${fullMin})`}
          </label>
        )}
        <label className="year-control__check" htmlFor={speedId}>
          Speed
        </label>
        <select
          id={speedId}
          value={speed}
          disabled={playing}
          onChange={(e) => setSpeed(Number(e.target.value))}
        >
          {SPEEDS.map((sp) => (
            <option key={sp.ms} value={sp.ms}>
              {sp.label}
            </option>
          ))}
        </select>
      </div>
      <p className="year-control__caption" aria-live="polite">
        {shownCount === null
          ? 'Loading…'
          : year === null
            ? `All years: ${plural(shownCount)}`
            : `Network by end of ${year}: ${plural(shownCount)}`}
      </p>
      {year !== null && changes && <YearChangesPanel year={year} changes={changes} />}
    </div>
  );
}

function YearChangesPanel({ year, changes }: { year: number; changes: ReturnType<typeof changesInYear> }) {
  const { opens, constructionStarts, slips, closes } = changes;
  const nothing = opens.length + constructionStarts.length + slips.length + closes.length === 0;
  return (
    <details className="year-control__changes">
      <summary>{`What changes in ${year}`}</summary>
      {nothing && <p>No recorded openings, construction starts, target changes or closures.</p>}
      <ChangeList
        title="Opens or is due to open"
        items={opens.map(
          (f) =>
            `${f.properties.name.en}${f.properties.opened || f.properties.inOperationBy ? '' : ' (due)'}`,
        )}
      />
      <ChangeList title="Construction starts" items={constructionStarts.map(nameOf)} />
      <ChangeList
        title="Target changes"
        items={slips.map((s) => `${nameOf(s.feature)}: target moved from ${s.from} to ${s.to}`)}
      />
      <ChangeList title="Closes" items={closes.map(nameOf)} />
    </details>
  );
}

const nameOf = (f: MapFeature) => f.properties.name.en;

function ChangeList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h4 className="year-control__changes-title">{title}</h4>
      <ul className="year-control__changes-list">
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </>
  );
}
