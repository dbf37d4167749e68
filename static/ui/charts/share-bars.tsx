// Shares of a whole as horizontal bars: a label, a bar as long as the share (clamped to 0..100%) and the share as
// text; a muted bar for an item the caller sets apart (a driver moving against the total). Plain HTML, no SVG, so
// it reads as a list to assistive technology and prints anywhere.
import { shareWidth } from './chart-model';
import './charts.css';

export interface ShareBar {
  readonly key: string;
  readonly label: string;
  /** 0..1; outside it the bar is clamped, the text is the caller's. */
  readonly share: number;
  readonly shareText: string;
  readonly muted?: boolean;
}

export interface ShareBarsProps {
  readonly bars: readonly ShareBar[];
  readonly label: string;
  readonly testId?: string;
  readonly barTestId?: string;
}

export function ShareBars({ bars, label, testId, barTestId }: ShareBarsProps) {
  return (
    <ul className="lc-share-bars" aria-label={label} data-testid={testId}>
      {bars.map((bar) => (
        <li key={bar.key} className="lc-share-bar" data-testid={barTestId} data-key={bar.key} data-share={bar.share}>
          <span className="lc-share-bar-label">{bar.label}</span>
          <span className="lc-share-bar-track" aria-hidden="true">
            <span className={bar.muted === true ? 'lc-share-bar-fill lc-share-bar-muted' : 'lc-share-bar-fill'} style={{ width: `${String(shareWidth(bar.share))}%` }} />
          </span>
          <span className="lc-share-bar-value">{bar.shareText}</span>
        </li>
      ))}
    </ul>
  );
}
