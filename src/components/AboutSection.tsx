// What the map shows, how to read the year filter, and where the data and basemap come from.
import { PROJECT } from '../domain/about';
import { formatPartialDate } from '../domain/partial-date';
import { useT } from '../i18n/I18nProvider';

export function AboutSection() {
  const tr = useT();
  const { t } = tr;
  return (
    <details className="about">
      <summary>
        <h2 className="panel-heading">{t('about.title')}</h2>
      </summary>
      <p>{t('about.intro')}</p>
      <p>
        <strong>{t('about.yearFilterLabel')}</strong> {t('about.yearFilter')}
      </p>
      <p>{t('about.credits')}</p>
      <dl className="about__facts">
        <dt>{t('about.project')}</dt>
        <dd>{t('about.projectName')}</dd>
        <dt>{t('about.release')}</dt>
        <dd>{formatPartialDate(PROJECT.dataRelease, tr)}</dd>
        <dt>{t('about.licence')}</dt>
        <dd>{t('about.licenceText', { licence: PROJECT.licence })}</dd>
        <dt>{t('about.repository')}</dt>
        <dd>{t('about.repositoryText')}</dd>
        <dt>{t('about.report')}</dt>
        <dd>{t('about.reportText')}</dd>
      </dl>
    </details>
  );
}
