// Loads the dataset once, with a retry that reloads every file.
import { useCallback, useEffect, useState } from 'react';
import type { Dataset, DataFile, Fetcher } from '../data/load-features';
import { loadDataset } from '../data/load-features';

export type DatasetState = { status: 'loading' } | { status: 'loaded'; dataset: Dataset };

export function useDataset(files: DataFile[], fetcher?: Fetcher): { state: DatasetState; retry(): void } {
  const [state, setState] = useState<DatasetState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    void loadDataset(files, fetcher).then((dataset) => {
      if (!cancelled) setState({ status: 'loaded', dataset });
    });
    return () => {
      cancelled = true;
    };
  }, [files, fetcher, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
