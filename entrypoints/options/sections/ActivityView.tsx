// The activity view: warnings per day and per category over the last 30 days, per-site totals,
// false alarms and the number of saved evidence items. Counts only, never message text.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CATEGORIES, type Category } from '@/lib/detect/types';
import { ACTIVITY_DAYS, applyRetention, summarizeActivity, type ActivitySummary } from '@/lib/store/activity';
import type { EffectiveSettings } from '@/lib/store/effective-settings';
import { NotAloneDb } from '@/lib/store/event-log';
import { countEvidence } from '@/lib/store/evidence';
import { summarizeReading, type SiteReading } from '@/lib/store/reading';
import { formatDay, formatNumber, tr } from '../shared/page-i18n';
import { siteName } from './SitesSection';

/** One colour per category, distinguishable in light and dark themes and for common colour blindness. */
const COLOURS: Record<Category, string> = {
  grooming: '#d55e00',
  sexual_request: '#cc79a7',
  sextortion: '#a4161a',
  trafficking_recruitment: '#e69f00',
  scam: '#0072b2',
  personal_info: '#009e73',
  bullying: '#7a5195',
};
const BAR_WIDTH = 10;
const BAR_GAP = 4;
const CHART_HEIGHT = 120;
const AXIS = 16;

interface Loaded {
  summary: ActivitySummary;
  evidence: number;
  reading: SiteReading[];
}

export function ActivityView({ effective }: { effective: EffectiveSettings }) {
  const [data, setData] = useState<Loaded | null>(null);
  const retentionDays = effective.settings.retentionDays;

  useEffect(() => {
    const db = new NotAloneDb();
    let alive = true;
    // Opening the view applies the retention rule first, so nothing older is ever shown.
    void applyRetention(db, retentionDays)
      .then(() => Promise.all([summarizeActivity(db), countEvidence(db), summarizeReading(db)]))
      .then(([summary, evidence, reading]) => alive && setData({ summary, evidence, reading }))
      .finally(() => db.close());
    return () => {
      alive = false;
    };
  }, [retentionDays]);

  if (!data) return <p role="status">{tr('act_loading')}</p>;
  const { summary, evidence, reading } = data;
  return (
    <div data-testid="activity-view">
      <section aria-labelledby="act-chart-title">
        <h2 id="act-chart-title">{tr('act_chart_title', String(ACTIVITY_DAYS))}</h2>
        <p class="hint">{tr('act_private')}</p>
        <p data-testid="activity-total">{tr('act_total', formatNumber(summary.total))}</p>
        <Chart summary={summary} />
      </section>
      <section aria-labelledby="act-cat-title">
        <h2 id="act-cat-title">{tr('act_by_category')}</h2>
        <table data-testid="activity-categories">
          <thead>
            <tr>
              <th scope="col">{tr('act_category')}</th>
              <th scope="col" class="num">{tr('act_warnings')}</th>
              <th scope="col" class="num">{tr('act_false_alarms')}</th>
            </tr>
          </thead>
          <tbody>
            {CATEGORIES.map((c) => (
              <tr key={c} data-testid={`activity-category-${c}`}>
                <th scope="row">
                  <span class="swatch" style={{ background: COLOURS[c] }} aria-hidden="true" />
                  {tr(`opt_category_${c}_name`)}
                </th>
                <td class="num">{formatNumber(summary.byCategory[c])}</td>
                <td class="num">{formatNumber(summary.falseAlarmsByCategory[c])}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p data-testid="activity-false-alarms">{tr('act_false_alarms_total', formatNumber(summary.falseAlarms))}</p>
      </section>
      <section aria-labelledby="act-site-title">
        <h2 id="act-site-title">{tr('act_by_site')}</h2>
        {summary.bySite.length === 0 ? (
          <p>{tr('act_none')}</p>
        ) : (
          <table data-testid="activity-sites">
            <thead>
              <tr>
                <th scope="col">{tr('act_site')}</th>
                <th scope="col" class="num">{tr('act_warnings')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.bySite.map(({ site, count }) => (
                <tr key={site} data-testid={`activity-site-${site}`}>
                  <th scope="row">{siteName(site)}</th>
                  <td class="num">{formatNumber(count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <Reading reading={reading} />
      <section aria-labelledby="act-evidence-title">
        <h2 id="act-evidence-title">{tr('act_evidence_title')}</h2>
        <p data-testid="activity-evidence">{tr('act_evidence_count', formatNumber(evidence))}</p>
        <p class="hint">{tr('act_evidence_hint')}</p>
        <a href={browser.runtime.getURL('/evidence.html')} data-testid="activity-evidence-link">{tr('act_evidence_open')}</a>
      </section>
    </div>
  );
}

/** Per site: how many messages were read on how many days, and by which reader. Counts only. */
function Reading({ reading }: { reading: SiteReading[] }) {
  return (
    <section aria-labelledby="act-reading-title">
      <h2 id="act-reading-title">{tr('act_reading_title')}</h2>
      <p class="hint">{tr('act_reading_hint')}</p>
      {reading.length === 0 ? (
        <p data-testid="activity-reading-none">{tr('act_reading_none')}</p>
      ) : (
        <table data-testid="activity-reading">
          <thead>
            <tr>
              <th scope="col">{tr('act_site')}</th>
              <th scope="col" class="num">{tr('act_reading_messages')}</th>
              <th scope="col" class="num">{tr('act_reading_days')}</th>
              <th scope="col">{tr('act_reading_reader')}</th>
            </tr>
          </thead>
          <tbody>
            {reading.map((entry) => (
              <tr key={entry.site} data-testid={`activity-reading-${entry.site}`} data-reader={readerOf(entry)}>
                <th scope="row">{siteName(entry.site)}</th>
                <td class="num">{formatNumber(entry.messages)}</td>
                <td class="num">{formatNumber(entry.days)}</td>
                <td>{readerText(entry)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function readerOf({ byReader }: SiteReading): 'site' | 'fallback' | 'both' {
  if (byReader.fallback === 0) return 'site';
  return byReader.site === 0 ? 'fallback' : 'both';
}

function readerText(entry: SiteReading): string {
  const kind = readerOf(entry);
  if (kind === 'both') return tr('act_reader_both', [formatNumber(entry.byReader.site), formatNumber(entry.byReader.fallback)]);
  return tr(kind === 'site' ? 'act_reader_site' : 'act_reader_fallback');
}

/** Stacked bars, one per day, drawn as plain SVG; the same numbers are in a table below it. */
function Chart({ summary }: { summary: ActivitySummary }) {
  const max = Math.max(1, ...summary.days.map((d) => d.total));
  const width = summary.days.length * (BAR_WIDTH + BAR_GAP);
  const scale = (CHART_HEIGHT - AXIS) / max;
  const first = summary.days[0]?.day ?? '';
  const last = summary.days[summary.days.length - 1]?.day ?? '';
  return (
    <figure>
      <svg
        class="chart"
        viewBox={`0 0 ${width} ${CHART_HEIGHT}`}
        role="img"
        aria-label={tr('act_chart_label', [formatDay(first, 'long'), formatDay(last, 'long'), formatNumber(summary.total)])}
        data-testid="activity-chart"
      >
        <line x1="0" x2={width} y1={CHART_HEIGHT - AXIS} y2={CHART_HEIGHT - AXIS} stroke="currentColor" stroke-width="0.5" />
        {summary.days.map((day, i) => {
          let y = CHART_HEIGHT - AXIS;
          return (
            <g key={day.day} data-testid={`chart-day-${day.day}`} data-count={day.total}>
              <title>{`${formatDay(day.day, 'long')}: ${tr('act_day_count', formatNumber(day.total))}`}</title>
              {CATEGORIES.filter((c) => day.byCategory[c] > 0).map((c) => {
                const h = day.byCategory[c] * scale;
                y -= h;
                return <rect key={c} x={i * (BAR_WIDTH + BAR_GAP)} y={y} width={BAR_WIDTH} height={h} fill={COLOURS[c]} />;
              })}
            </g>
          );
        })}
        <text x="0" y={CHART_HEIGHT - 3} font-size="9" fill="currentColor">{formatDay(first)}</text>
        <text x={width} y={CHART_HEIGHT - 3} font-size="9" fill="currentColor" text-anchor="end">{formatDay(last)}</text>
      </svg>
      <figcaption class="legend">
        {CATEGORIES.map((c) => (
          <span key={c}>
            <span class="swatch" style={{ background: COLOURS[c] }} aria-hidden="true" />
            {tr(`opt_category_${c}_name`)}
          </span>
        ))}
      </figcaption>
      <details>
        <summary>{tr('act_show_table')}</summary>
        <table data-testid="activity-days">
          <thead>
            <tr>
              <th scope="col">{tr('act_day')}</th>
              <th scope="col" class="num">{tr('act_warnings')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.days.filter((d) => d.total > 0).map((d) => (
              <tr key={d.day}>
                <th scope="row">{formatDay(d.day, 'long')}</th>
                <td class="num">{formatNumber(d.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
