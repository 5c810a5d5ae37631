// The tool panels, each loaded the first time it is shown: their code, and what only they import, stays out of
// the first view's JS (tests/e2e/budgets.test.ts bounds both). A panel shows a plain loading line until its chunk
// has arrived; a button (Cite, Embed) shows nothing for that moment.
import { lazy, Suspense } from 'react';
import type { ComponentType, ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';

function onDemand<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode,
): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() }));
  function OnDemand(props: P) {
    return (
      <Suspense fallback={fallback}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return OnDemand;
}

function PanelLoading() {
  const { t } = useT();
  return (
    <p className="tools__loading" aria-busy="true">
      {t('tools.panelLoading')}
    </p>
  );
}
const panelLoading = <PanelLoading />;

export const TablePanel = onDemand(() => import('./TablePanel').then((m) => m.TablePanel), panelLoading);
export const CapacityPanel = onDemand(
  () => import('./CapacityPanel').then((m) => m.CapacityPanel),
  panelLoading,
);
export const Feed = onDemand(() => import('./Feed').then((m) => m.Feed), panelLoading);
export const DataQuality = onDemand(() => import('./DataQuality').then((m) => m.DataQuality), panelLoading);
export const ProgrammePanel = onDemand(
  () => import('./ProgrammePanel').then((m) => m.ProgrammePanel),
  panelLoading,
);
export const CiteButton = onDemand(() => import('./CiteDialog').then((m) => m.CiteButton), null);
export const EmbedButton = onDemand(() => import('./EmbedDialog').then((m) => m.EmbedButton), null);
