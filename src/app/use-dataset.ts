// Loads the dataset once, with a retry that reloads every file.
import { useCallback, useEffect, useState } from 'react';
import type { Dataset, DataFile, Fetcher } from '../data/load-features';

export type DatasetState = { status: 'loading' } | { status: 'loaded'; dataset: Dataset };

interface Loaded {
  files: DataFile[];
  fetcher: Fetcher | undefined;
  attempt: number;
  dataset: Dataset;
}

export function useDataset(files: DataFile[], fetcher?: Fetcher): { state: DatasetState; retry(): void } {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let cancelled = false;
    // The loader and the schema library come in their own chunk (index.html preloads it), beside the data.
    void import('../data/load-features')
      .then(({ loadDataset }) => loadDataset(files, fetcher))
      .then((dataset) => {
        if (!cancelled) setLoaded({ files, fetcher, attempt, dataset });
      });
    return () => {
      cancelled = true;
    };
  }, [files, fetcher, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // What was loaded for other inputs, or before a retry, is not what is asked for: loading again.
  const current =
    loaded && loaded.files === files && loaded.fetcher === fetcher && loaded.attempt === attempt;
  const state: DatasetState = current ? { status: 'loaded', dataset: loaded.dataset } : { status: 'loading' };
  return { state, retry };
}
