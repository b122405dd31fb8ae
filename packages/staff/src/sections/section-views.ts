import { html, type TemplateResult } from 'lit';
import { translator } from '../messages.ts';

/** Where a section's data is: still coming, failed, or there. */
export type SectionLoad = 'loading' | 'failed' | 'ready';

/**
 * What a section shows instead of its data while it loads, or when loading failed (an alert
 * with a retry button); `undefined` once the data is there. The workspace's own texts.
 */
export function loadingOrFailed(
  load: SectionLoad,
  lang: string,
  retry: () => void,
): TemplateResult | undefined {
  const t = translator(lang);
  if (load === 'loading') return html`<p>${t.msg('loading')}</p>`;
  if (load === 'failed') {
    return html`<div class="banner banner-error" role="alert">
      <p>${t.msg('failed')}</p>
      <button type="button" class="button button-secondary" @click=${retry}>
        ${t.msg('retry')}
      </button>
    </div>`;
  }
  return undefined;
}
