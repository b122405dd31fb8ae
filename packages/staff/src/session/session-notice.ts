import { html, nothing, type TemplateResult } from 'lit';
import type { StaffTranslator } from '../messages.ts';
import type { SessionExpiry } from './session-expiry.ts';

/**
 * The warning that the sign-in ends soon, with the one action that keeps it: "Ingelogd blijven"
 * (a new token, nothing lost), or "Opnieuw inloggen" when the provider gave no way to renew on the
 * page. Read out when it appears (`role="alert"`); focus stays where the person is working.
 */
export function sessionNotice(
  t: StaffTranslator,
  session: SessionExpiry,
  act: () => void,
): TemplateResult | typeof nothing {
  if (session.state !== 'warning' && session.state !== 'renewing') return nothing;
  const renewable = session.renewable;
  return html`<div class="banner session-notice" role="alert">
    <p>${t.msg(renewable ? 'session.ending' : 'session.endingSignInAgain')}</p>
    <button
      type="button"
      class="button button-primary"
      ?disabled=${session.state === 'renewing'}
      @click=${act}
    >
      ${t.msg(renewable ? 'session.stay' : 'session.signInAgain')}
    </button>
  </div>`;
}
