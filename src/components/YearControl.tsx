// The year slider with "All years", playback, ghosting and what the chosen year changes.
import { useEffect, useId, useRef, useState } from 'react';
import type { changesInYear } from '../domain/year-changes';
import { featureCount } from '../domain/labels';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/I18nProvider';
import { YearChangesPanel } from './YearChanges';
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

const SPEEDS: { ms: number; label: MessageKey }[] = [
  { ms: 2000, label: 'year.speedSlow' },
  { ms: 1000, label: 'year.speedNormal' },
  { ms: 400, label: 'year.speedFast' },
];

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
  const tr = useT();
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
          {tr.t('year.label')}
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
            !earlier && year === earlierEnd && focusFrom !== undefined
              ? tr.t('year.before', { year: focusFrom })
              : undefined
          }
          onChange={(event) => chooseYear(Number(event.target.value))}
          onPointerDown={() => begin('pointer')}
          onKeyDown={(event) => SLIDER_KEYS.has(event.key) && begin('key')}
          onKeyUp={() => end('key')}
          onBlur={() => end('key')}
        />
        {/* The slider already announces its value; an <output> would be a second live region. */}
        <span className="year-control__value" aria-hidden="true">
          {year === null ? tr.t('year.all') : !earlier && year === earlierEnd ? `<${focusFrom}` : year}
        </span>
        <button type="button" className="year-control__play" onClick={playing ? stop : play}>
          {playing ? tr.t('year.pause') : tr.t('year.play')}
        </button>
      </div>
      <div className="year-control__row">
        <label className="year-control__check">
          <input
            type="checkbox"
            checked={year === null}
            onChange={(event) => chooseYear(event.target.checked ? null : sliderValue)}
          />
          {tr.t('year.allYears')}
        </label>
        <label className="year-control__check">
          <input type="checkbox" checked={ghost} onChange={(event) => onGhostChange(event.target.checked)} />
          {tr.t('year.ghost')}
        </label>
        {earlierEnd !== null && (
          <label className="year-control__check">
            <input
              type="checkbox"
              checked={earlier}
              disabled={year !== null && year < earlierEnd}
              onChange={(event) => setWantEarlier(event.target.checked)}
            />
            {tr.t('year.earlier', { year: fullMin })}
          </label>
        )}
        <label className="year-control__check" htmlFor={speedId}>
          {tr.t('year.speed')}
        </label>
        <select
          id={speedId}
          value={speed}
          disabled={playing}
          onChange={(e) => setSpeed(Number(e.target.value))}
        >
          {SPEEDS.map((sp) => (
            <option key={sp.ms} value={sp.ms}>
              {tr.t(sp.label)}
            </option>
          ))}
        </select>
      </div>
      <p className="year-control__caption" aria-live="polite">
        {shownCount === null
          ? tr.t('year.loading')
          : year === null
            ? tr.t('year.captionAll', { features: featureCount(shownCount, tr) })
            : tr.t('year.caption', { year, features: featureCount(shownCount, tr) })}
      </p>
      {year !== null && changes && <YearChangesPanel year={year} changes={changes} />}
    </div>
  );
}
