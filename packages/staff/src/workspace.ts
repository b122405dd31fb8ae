import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import {
  ReferralStatusSchema,
  createClient,
  type Catalog,
  type CloseReason,
  type CoachingForm,
  type DevUser,
  type Organisation,
  type ReferralStatus,
  type StaffMe,
  type StaffReferral,
  type StaffReferralSummary,
  type StaffSignIn,
  type StatusChangeInput,
  type VangnetClient,
} from '@vangnet/sdk';
import {
  authorizationUrl,
  finishSignIn,
  isProviderAnswer,
  refreshSession,
  type OidcSession,
} from './sign-in/oidc-sign-in.ts';
import { SessionExpiry } from './session/session-expiry.ts';
import { sessionNotice } from './session/session-notice.ts';
// The widgets' form kit styles: the same tokens, fields, buttons and banners as the forms.
import { kitStyles } from '../../widget/src/kit/styles.ts';
import { directionOf } from '../../widget/src/i18n/locale.ts';
import { loadLanguage } from './languages/load.ts';
import { hasTexts, staffLanguageOf, type StaffLanguage } from './translate.ts';
import { languageChoice } from './views/language-choice.ts';
import { translator, type StaffMessageKey, type StaffTranslator } from './messages.ts';
import { StaffClient, StaffRequestError, type QueueFilter } from './staff-client.ts';
import { Names } from './names.ts';
import { radioGroup } from './views/radio-group.ts';
import { referralDetails, referralHistory } from './views/referral-details.ts';
import { workspaceStyles } from './workspace.styles.ts';
import { sectionsFor, type Section } from './sections/sections.ts';
import './sections/agenda/agenda-section.ts';
import './sections/callbacks/callbacks-section.ts';
import './sections/monitoring/monitoring-section.ts';
import './sections/outbox/outbox-section.ts';

/** The element of each section but the referrals (which this element renders itself). */
const sectionTags: Record<Exclude<Section, 'referrals'>, StaticValue> = {
  agenda: literal`vangnet-staff-agenda`,
  callbacks: literal`vangnet-staff-callbacks`,
  monitoring: literal`vangnet-staff-monitoring`,
  outbox: literal`vangnet-staff-outbox`,
};

const statuses: readonly ReferralStatus[] = ReferralStatusSchema.options;
const closeReasons: readonly CloseReason[] = ['declined', 'moved', 'specialist-help'];

/** A status change waiting for its confirmation in the dialog. */
interface Pending {
  readonly change: StatusChangeInput;
  readonly text: string;
}

/** A message that needs attention now, read out at once. */
const alert = (text: string, action?: TemplateResult): TemplateResult =>
  html`<div class="banner banner-error" role="alert">
    <p>${text}</p>
    ${action ?? nothing}
  </div>`;

type Loadable<T> =
  { state: 'idle' } | { state: 'loading' } | { state: 'failed' } | { state: 'ready'; value: T };

/**
 * @summary The staff workspace: sign in, the review queue with filters and counts, a referral in
 * full with its consent declarations, matching and status changes with a confirmation.
 *
 * The server says how to sign in (`GET /v1/staff/signin`): with the organisation's OpenID
 * Connect provider (code flow with PKCE, `sign-in/`), the development sign-in, or both. The
 * access token is kept in memory only (no storage, no cookie): a reload signs out. The catalog
 * and the network's organisations come from the public API with the partner key the server
 * names, or `partner-key`.
 *
 * @example
 * ```html
 * <vangnet-staff-workspace api="https://api.example.org" partner-key="pk_…"></vangnet-staff-workspace>
 * ```
 */
export class VangnetStaffWorkspace extends LitElement {
  static override styles = [kitStyles, workspaceStyles];

  /** The API's address; absent: this page's origin. */
  @property() api = '';

  /**
   * The partner key for the catalog and the organisations of the network; absent: the one the
   * server names for the workspace (`VANGNET_STAFF_PARTNER_KEY`).
   */
  @property({ attribute: 'partner-key' }) partnerKey = '';

  /**
   * Where the workspace is served, `/staff/`: the sections get their own addresses below it
   * (`/staff/agenda`, `/staff/outbox`), so a link or a reload opens the same section after
   * signing in. Absent: the sections change in place and the address stays as it is.
   */
  @property({ attribute: 'base-path' }) basePath = '';

  @state() private section: Section = 'referrals';

  /** The header's language choice, in memory only; before one: the element's or page's `lang`. */
  @state() private chosenLanguage: StaffLanguage | undefined;

  @state() private signInOptions: Loadable<StaffSignIn> = { state: 'idle' };
  @state() private users: Loadable<readonly DevUser[] | undefined> = { state: 'idle' };
  @state() private chosenUser = '';
  @state() private signInFailed = false;
  /** The last session ran out: the sign-in says so. */
  @state() private sessionEnded = false;
  @state() private me: StaffMe | undefined;
  @state() private catalog: Catalog | undefined;
  @state() private filter: QueueFilter = {};
  @state() private queue: Loadable<StaffReferralSummary[]> = { state: 'idle' };
  @state() private referral: Loadable<StaffReferral> = { state: 'idle' };
  @state() private organisations: readonly Organisation[] = [];
  @state() private matchOrganisation = '';
  @state() private matchForm = '';
  @state() private matchError = false;
  @state() private closeWith: 'outcome' | 'reason' = 'reason';
  @state() private pending: Pending | undefined;
  @state() private announcement = '';
  @state() private problem = '';

  @query('dialog') private dialog!: HTMLDialogElement | null;

  #staff: StaffClient | undefined;
  #public: VangnetClient | undefined;
  readonly #session = new SessionExpiry(this, { onExpired: () => void this.#sessionRanOut() });
  /** The queue row to return focus to after closing a referral. */
  #lastOpened = '';

  /** The language asked for; the texts are Dutch until its chunk has arrived. */
  get #language(): StaffLanguage {
    return (
      this.chosenLanguage ?? staffLanguageOf(this.lang || document.documentElement.lang || 'nl')
    );
  }

  get #t(): StaffTranslator {
    return translator(this.#language);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const language = this.#language;
    // A failed fetch leaves the workspace in Dutch; a later render (a choice, a click) tries again.
    if (!hasTexts(language)) {
      loadLanguage(language).then(
        () => this.requestUpdate(),
        () => undefined,
      );
    }
  }

  get #names(): Names {
    return new Names(this.#t, this.catalog, this.organisations);
  }

  get #base(): string {
    return this.api || location.origin;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#staff = new StaffClient(this.#base);
    window.addEventListener('popstate', this.#onPopState);
    void this.#start();
  }

  /** Where the provider sends the browser back to: the workspace's own address. */
  get #redirectUri(): string {
    return `${location.origin}${this.basePath || location.pathname}`;
  }

  /** Asks how to sign in; finishes a sign-in when the address is the provider's answer. */
  async #start(): Promise<void> {
    this.signInOptions = { state: 'loading' };
    let options: StaffSignIn;
    try {
      options = await this.#staff!.signInOptions();
    } catch {
      this.signInOptions = { state: 'failed' };
      return;
    }
    this.signInOptions = { state: 'ready', value: options };
    const address = new URL(location.href);
    if (options.oidc && isProviderAnswer(address)) {
      await this.#finishOidc(options.oidc, address);
      if (this.me) return;
    }
    if (options.devSignIn) await this.#loadUsers();
    else this.users = { state: 'ready', value: undefined };
  }

  /** Off to the provider; its answer comes back to {@link #redirectUri}. */
  async #startOidc(provider: NonNullable<StaffSignIn['oidc']>): Promise<void> {
    location.assign(
      await authorizationUrl(provider, {
        redirectUri: this.#redirectUri,
        returnTo: location.pathname,
      }),
    );
  }

  async #finishOidc(provider: NonNullable<StaffSignIn['oidc']>, address: URL): Promise<void> {
    let returnTo = address.pathname;
    let signedIn: OidcSession | undefined;
    try {
      const session = await finishSignIn(provider, address, { redirectUri: this.#redirectUri });
      // Only an address of the workspace itself; the stored one is the section asked before.
      if (!this.basePath || session.returnTo.startsWith(this.basePath)) returnTo = session.returnTo;
      this.#staff!.useToken(session.accessToken);
      signedIn = session;
    } catch {
      this.signInFailed = true;
    } finally {
      // The one-time code and the state leave the address (and so the history) at once.
      history.replaceState(null, '', returnTo);
    }
    if (this.signInFailed) return;
    try {
      this.me = await this.#staff!.me();
    } catch {
      this.signInFailed = true;
      this.#staff!.signOut();
      return;
    }
    let refreshToken = signedIn?.refreshToken;
    this.#session.start(
      signedIn?.expiresIn,
      refreshToken === undefined
        ? undefined
        : async () => {
            const next = await refreshSession(provider, refreshToken!);
            refreshToken = next.refreshToken;
            this.#staff!.useToken(next.accessToken);
            return next.expiresIn;
          },
    );
    await this.#afterSignIn();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
  }

  /** The browser's back and forward buttons move between the sections visited. */
  readonly #onPopState = (): void => {
    if (!this.me) return;
    const asked = this.#sectionInAddress() ?? 'referrals';
    if (sectionsFor(this.me).includes(asked)) void this.#showSection(asked, false);
  };

  protected override updated(): void {
    // A change waiting for its confirmation opens the dialog, modal: focus moves into it,
    // Escape cancels.
    const dialog = this.dialog;
    if (this.pending && dialog && !dialog.open) dialog.showModal();
  }

  async #loadUsers(): Promise<void> {
    this.users = { state: 'loading' };
    try {
      const users = await this.#staff!.devUsers();
      this.users = { state: 'ready', value: users };
      this.chosenUser = users?.[0]?.id ?? '';
    } catch {
      this.users = { state: 'failed' };
    }
  }

  async #signIn(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.signInFailed = false;
    const user = this.chosenUser;
    let lifetime: number;
    try {
      lifetime = (await this.#staff!.devSignIn(user)).expiresIn;
      this.me = await this.#staff!.me();
    } catch {
      this.signInFailed = true;
      return;
    }
    this.#session.start(lifetime, async () => (await this.#staff!.devSignIn(user)).expiresIn);
    await this.#afterSignIn();
  }

  /** Signed in: the section of the address (or the first of the role) and the catalog. */
  async #afterSignIn(): Promise<void> {
    if (!this.me) return;
    const open = sectionsFor(this.me);
    const asked = this.#sectionInAddress();
    this.section = asked && open.includes(asked) ? asked : (open[0] ?? 'referrals');
    const options = this.signInOptions.state === 'ready' ? this.signInOptions.value : undefined;
    this.#public = createClient({
      baseUrl: this.#base,
      partnerKey: this.partnerKey || options?.partnerKey || '',
    });
    try {
      this.catalog = await this.#public.catalog.get();
    } catch {
      this.catalog = undefined;
    }
    await this.#showSection(this.section, false);
  }

  /** The section named by the address below `base-path`, if any. */
  #sectionInAddress(): Section | undefined {
    if (!this.basePath || !location.pathname.startsWith(this.basePath)) return undefined;
    const name = location.pathname.slice(this.basePath.length).replace(/\/$/, '');
    return (['agenda', 'callbacks', 'monitoring', 'outbox'] as const).find((s) => s === name);
  }

  async #showSection(section: Section, record: boolean): Promise<void> {
    this.section = section;
    this.referral = { state: 'idle' };
    this.problem = '';
    if (record && this.basePath) {
      history.pushState(null, '', `${this.basePath}${section === 'referrals' ? '' : section}`);
    }
    if (section === 'referrals') {
      await this.#loadQueue();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#queue-title')?.focus();
    } else {
      await this.updateComplete;
      await this.renderRoot
        .querySelector<HTMLElement & { focusHeading(): Promise<void> }>('.section')
        ?.focusHeading();
    }
  }

  #nav(): TemplateResult | typeof nothing {
    const t = this.#t;
    const open = this.me ? sectionsFor(this.me) : [];
    if (open.length < 2) return nothing;
    return html`<nav aria-label=${t.msg('nav.label')}>
      <ul class="tabs">
        ${open.map(
          (section) =>
            html`<li>
              <a
                href=${this.basePath ? `${this.basePath}${section === 'referrals' ? '' : section}` : '#'}
                aria-current=${section === this.section ? 'page' : 'false'}
                @click=${(event: MouseEvent) => {
                  event.preventDefault();
                  void this.#showSection(section, true);
                }}
                >${t.msg(`nav.${section}`)}</a
              >
            </li>`,
        )}
      </ul>
    </nav>`;
  }

  #signOut(): void {
    this.#session.stop();
    this.sessionEnded = false;
    this.#staff?.signOut();
    this.me = undefined;
    this.queue = { state: 'idle' };
    this.referral = { state: 'idle' };
    this.announcement = '';
  }

  /** The token ran out without "Ingelogd blijven": signed out, told why, at the sign-in. */
  async #sessionRanOut(): Promise<void> {
    this.#signOut();
    this.sessionEnded = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#signin-title')?.focus();
  }

  /** The warning's action: a new token here, or the provider's sign-in back to this section. */
  async #keepSession(): Promise<void> {
    if (this.#session.renewable) {
      if (await this.#session.renew()) this.announcement = this.#t.msg('session.renewed');
      return;
    }
    const options = this.signInOptions.state === 'ready' ? this.signInOptions.value : undefined;
    if (options?.oidc) await this.#startOidc(options.oidc);
  }

  async #loadQueue(): Promise<void> {
    const { status: _status, ...scope } = this.filter;
    this.queue = { state: 'loading' };
    try {
      // Without the status: the counts per status come from the same answer.
      const { items } = await this.#staff!.queue(scope);
      this.queue = { state: 'ready', value: items };
    } catch (error) {
      this.#whenSignedOut(error);
      this.queue = { state: 'failed' };
    }
  }

  #setFilter(name: keyof QueueFilter, value: string): void {
    const reload = name !== 'status';
    this.filter = { ...this.filter, [name]: value || undefined };
    if (reload) void this.#loadQueue();
  }

  async #open(id: string): Promise<void> {
    this.#lastOpened = id;
    this.problem = '';
    this.referral = { state: 'loading' };
    try {
      const referral = await this.#staff!.referral(id);
      this.referral = { state: 'ready', value: referral };
      this.matchOrganisation = referral.input?.preference?.organisationId ?? '';
      const preferred = referral.input?.preference?.coachingForm;
      this.matchForm = preferred && preferred !== 'no-preference' ? preferred : '';
      this.matchError = false;
      void this.#loadOrganisations(referral);
    } catch (error) {
      this.#whenSignedOut(error);
      this.referral = { state: 'failed' };
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#referral-title')?.focus();
  }

  async #loadOrganisations(referral: StaffReferral): Promise<void> {
    if (!this.#public) return;
    const found: Organisation[] = [];
    try {
      for await (const page of this.#public.organisations.all({
        service: referral.service,
        municipality: referral.municipality,
      })) {
        found.push(...page.items);
      }
      this.organisations = found;
    } catch {
      this.organisations = [];
    }
  }

  async #back(): Promise<void> {
    this.referral = { state: 'idle' };
    this.problem = '';
    await this.#loadQueue();
    await this.updateComplete;
    const row = this.renderRoot.querySelector<HTMLElement>(`[data-open="${this.#lastOpened}"]`);
    (row ?? this.renderRoot.querySelector<HTMLElement>('#queue-title'))?.focus();
  }

  #whenSignedOut(error: unknown): void {
    if (error instanceof StaffRequestError && error.status === 401) this.#signOut();
  }

  /** Asks for the confirmation of a change; the dialog's "Bevestigen" sends it. */
  #ask(change: StatusChangeInput, text: string): void {
    this.pending = { change, text };
  }

  #cancel(): void {
    this.dialog?.close();
    this.pending = undefined;
  }

  async #confirm(): Promise<void> {
    const pending = this.pending;
    const current = this.referral.state === 'ready' ? this.referral.value : undefined;
    this.dialog?.close();
    this.pending = undefined;
    if (!pending || !current) return;
    const t = this.#t;
    try {
      const answer = await this.#staff!.changeStatus(current.id, pending.change);
      // The answer leaves the input out (a change is not a read); keep the one on screen.
      const updated: StaffReferral = { ...answer, input: current.input };
      this.referral = { state: 'ready', value: updated };
      this.problem = '';
      this.announcement =
        pending.change.status === 'matched'
          ? t.msg('done.matched', {
              reference: updated.reference,
              organisation: this.#names.organisation(updated.match?.organisationId),
            })
          : t.msg('done.status', {
              reference: updated.reference,
              status: t.msg(`status.${updated.status}`),
            });
    } catch (error) {
      this.#whenSignedOut(error);
      if (error instanceof StaffRequestError && error.status === 409) {
        this.problem = t.msg('conflict');
        await this.#open(current.id);
      } else {
        this.problem = t.msg('failed');
      }
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#referral-title')?.focus();
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    return html`<div class="root" lang=${t.lang} dir=${directionOf(t.lang)}>
      <header>
        <h1>${t.msg('app.title')}</h1>
        ${languageChoice(t, this.#language, (language) => (this.chosenLanguage = language))}
        ${
          this.me
            ? html`<div class="user">
                <span>${t.msg('signin.as', { name: this.me.name ?? this.me.subject })}</span>
                <button
                  type="button"
                  class="button button-secondary"
                  @click=${() => this.#signOut()}
                >
                  ${t.msg('signout')}
                </button>
              </div>`
            : nothing
        }
      </header>
      <main>${this.me ? this.#signedIn() : this.#signInView()}</main>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.#dialog()}
    </div>`;
  }

  #signInView(): TemplateResult {
    const t = this.#t;
    const options = this.signInOptions;
    let body: TemplateResult;
    if (options.state === 'failed') {
      body = this.#failed(() => void this.#start());
    } else if (options.state !== 'ready') {
      body = html`<p>${t.msg('loading')}</p>`;
    } else {
      const provider = options.value.oidc;
      const dev = this.#devSignInView(provider !== undefined);
      body = html`${this.signInFailed ? alert(t.msg('signin.failed')) : nothing}
      ${this.sessionEnded ? html`<p class="banner" role="status">${t.msg('session.ended')}</p>` : nothing}
      ${
        provider
          ? html`<p>${t.msg('signin.oidcHint')}</p>
              <div class="actions">
                <button
                  type="button"
                  class="button button-primary"
                  @click=${() => void this.#startOidc(provider)}
                >
                  ${t.msg('signin.oidc')}
                </button>
              </div>`
          : nothing
      }
      ${dev}`;
    }
    return html`<section aria-labelledby="signin-title">
      <h2 id="signin-title" tabindex="-1">${t.msg('signin.title')}</h2>
      ${body}
    </section>`;
  }

  /** The development sign-in's form, under a heading of its own next to the provider's. */
  #devSignInView(besideProvider: boolean): TemplateResult | typeof nothing {
    const t = this.#t;
    const users = this.users;
    if (users.state === 'failed') return this.#failed(() => void this.#loadUsers());
    if (users.state !== 'ready') return html`<p>${t.msg('loading')}</p>`;
    if (!users.value) return besideProvider ? nothing : html`<p>${t.msg('signin.off')}</p>`;
    return html`${besideProvider ? html`<h3>${t.msg('signin.devTitle')}</h3>` : nothing}
      <p>${t.msg('signin.dev')}</p>
      <form @submit=${(event: SubmitEvent) => void this.#signIn(event)}>
        <div class="field">
          <label class="label" for="user">${t.msg('signin.user')}</label>
          <select
            id="user"
            class="input select"
            .value=${this.chosenUser}
            @change=${(event: Event) =>
              (this.chosenUser = (event.target as HTMLSelectElement).value)}
          >
            ${users.value.map(
              (user) =>
                html`<option value=${user.id} ?selected=${user.id === this.chosenUser}>
                  ${user.name}
                </option>`,
            )}
          </select>
        </div>
        <div class="actions">
          <button type="submit" class="button button-primary">${t.msg('signin.submit')}</button>
        </div>
      </form>`;
  }

  #failed(retry: () => void): TemplateResult {
    const t = this.#t;
    return alert(
      t.msg('failed'),
      html`<button type="button" class="button button-secondary" @click=${retry}>
        ${t.msg('retry')}
      </button>`,
    );
  }

  #signedIn(): TemplateResult {
    return html`${sessionNotice(this.#t, this.#session, () => void this.#keepSession())}${this.#nav()}${this.#sectionView()}`;
  }

  #sectionView(): TemplateResult {
    if (this.section === 'referrals') {
      return this.referral.state === 'idle' ? this.#queueView() : this.#referralView();
    }
    const tag = sectionTags[this.section];
    return staticHtml`<${tag}
      class="section"
      .staff=${this.#staff!}
      .client=${this.#public}
      .me=${this.me!}
      .catalog=${this.catalog}
      lang=${this.#t.lang}
    ></${tag}>`;
  }

  #select(
    id: string,
    label: StaffMessageKey,
    value: string | undefined,
    options: readonly { id: string; name: string }[],
    onChange: (value: string) => void,
  ): TemplateResult {
    const t = this.#t;
    return html`<div class="field">
      <label class="label" for=${id}>${t.msg(label)}</label>
      <select
        id=${id}
        class="input select"
        @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${!value}>${t.msg('queue.filter.all')}</option>
        ${options.map(
          (option) =>
            html`<option value=${option.id} ?selected=${option.id === value}>
              ${option.name}
            </option>`,
        )}
      </select>
    </div>`;
  }

  #queueView(): TemplateResult {
    const t = this.#t;
    const catalog = this.catalog;
    const all = this.queue.state === 'ready' ? this.queue.value : [];
    const shown = this.filter.status
      ? all.filter((item) => item.status === this.filter.status)
      : all;
    const count = (status: ReferralStatus) => all.filter((item) => item.status === status).length;
    return html`<section aria-labelledby="queue-title">
      <h2 id="queue-title" tabindex="-1">${t.msg('queue.title')}</h2>
      <fieldset class="filters">
        <legend class="visually-hidden">${t.msg('queue.filters')}</legend>
        ${this.#select(
          'filter-status',
          'queue.filter.status',
          this.filter.status,
          statuses.map((status) => ({
            id: status,
            name: `${t.msg(`status.${status}`)} (${count(status)})`,
          })),
          (value) => this.#setFilter('status', value),
        )}
        ${this.#select(
          'filter-service',
          'queue.filter.service',
          this.filter.service,
          (catalog?.services ?? []).map((service) => ({
            id: service.id,
            name: this.#names.label(service.label, service.id),
          })),
          (value) => this.#setFilter('service', value),
        )}
        ${this.#select(
          'filter-municipality',
          'queue.filter.municipality',
          this.filter.municipality,
          (catalog?.municipalities ?? []).map((item) => ({ id: item.id, name: item.name })),
          (value) => this.#setFilter('municipality', value),
        )}
      </fieldset>
      <h3>${t.msg('queue.counts')}</h3>
      <ul class="counts">
        ${statuses.map(
          (status) =>
            html`<li>${t.msg(`status.${status}`)}: <strong>${count(status)}</strong></li>`,
        )}
      </ul>
      ${this.#queueBody(shown)}
    </section>`;
  }

  #queueBody(shown: readonly StaffReferralSummary[]): TemplateResult {
    const t = this.#t;
    if (this.queue.state === 'failed') return this.#failed(() => void this.#loadQueue());
    if (this.queue.state !== 'ready') return html`<p>${t.msg('loading')}</p>`;
    const summary =
      shown.length === 1 ? t.msg('queue.shownOne') : t.msg('queue.shown', { count: shown.length });
    if (shown.length === 0) return html`<p>${t.msg('queue.empty')}</p>`;
    return html`<div class="table-box" role="region" aria-label=${summary} tabindex="0">
      <table>
        <caption class="visually-hidden">
          ${summary}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.msg('queue.reference')}</th>
            <th scope="col">${t.msg('queue.service')}</th>
            <th scope="col">${t.msg('queue.municipality')}</th>
            <th scope="col">${t.msg('queue.status')}</th>
            <th scope="col">${t.msg('queue.received')}</th>
          </tr>
        </thead>
        <tbody>
          ${shown.map(
            (item) =>
              html`<tr>
                <td>
                  <button
                    type="button"
                    class="link-button"
                    data-open=${item.id}
                    aria-label=${t.msg('queue.open', { reference: item.reference })}
                    @click=${() => void this.#open(item.id)}
                  >
                    <span dir="ltr">${item.reference}</span>
                  </button>
                  ${item.erased ? html`<span class="hint">(${t.msg('queue.erased')})</span>` : nothing}
                </td>
                <td>${this.#names.service(item.service)}</td>
                <td>${this.#names.municipality(item.municipality)}</td>
                <td>${t.msg(`status.${item.status}`)}</td>
                <td>${this.#names.date(item.createdAt)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  #referralView(): TemplateResult {
    const t = this.#t;
    const back = html`<button
      type="button"
      class="button button-secondary"
      @click=${() => void this.#back()}
    >
      ${t.msg('detail.back')}
    </button>`;
    const loaded = this.referral;
    if (loaded.state === 'failed') {
      return html`${back}${this.#failed(() => void this.#open(this.#lastOpened))}`;
    }
    if (loaded.state !== 'ready')
      return html`${back}
        <p>${t.msg('loading')}</p>`;
    const referral = loaded.value;
    return html`${back}
      <article aria-labelledby="referral-title">
        <h2 id="referral-title" tabindex="-1">
          ${t.msg('detail.title', { reference: referral.reference })}
        </h2>
        <p>
          <strong>${t.msg(`status.${referral.status}`)}</strong> ·
          ${this.#names.service(referral.service)} ·
          ${this.#names.municipality(referral.municipality)} ·
          ${this.#names.date(referral.createdAt)}
        </p>
        ${this.problem ? alert(this.problem) : nothing}
        ${
          referral.match
            ? html`<p data-match>
                ${t.msg('detail.match')}:
                <strong>${this.#names.organisation(referral.match.organisationId)}</strong>
                (${this.#names.coachingForm(referral.match.coachingForm)})
              </p>`
            : nothing
        }
        ${this.#actions(referral)}
        ${
          referral.input
            ? referralDetails(this.#names, referral.input)
            : html`<p>${t.msg('detail.erased')}</p>`
        }
        ${referralHistory(this.#names, referral)}
      </article>`;
  }

  #actions(referral: StaffReferral): TemplateResult | typeof nothing {
    if (referral.status === 'closed') return nothing;
    return html`${referral.status === 'received' ? this.#matchPanel(referral) : nothing}
    ${this.#changePanel(referral)}`;
  }

  #matchPanel(referral: StaffReferral): TemplateResult {
    const t = this.#t;
    const forms = (this.catalog?.coachingForms ?? []).filter((form) => form.id !== 'no-preference');
    const needsForm = referral.service === 'pluscoaching';
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      if (!this.matchOrganisation || (needsForm && !this.matchForm)) {
        this.matchError = true;
        return;
      }
      this.matchError = false;
      const coachingForm = (this.matchForm || undefined) as CoachingForm | undefined;
      this.#ask(
        {
          status: 'matched',
          match: {
            organisationId: this.matchOrganisation,
            ...(coachingForm ? { coachingForm } : {}),
          },
        },
        t.msg('confirm.match', {
          reference: referral.reference,
          organisation: this.#names.organisation(this.matchOrganisation),
          form: this.#names.coachingForm(coachingForm),
        }),
      );
    };
    return html`<section class="panel" aria-labelledby="match-title">
      <h3 id="match-title">${t.msg('match.title')}</h3>
      <form novalidate @submit=${submit}>
        ${this.matchError ? alert(t.msg('match.required')) : nothing}
        <div class="field">
          <label class="label" for="match-organisation">${t.msg('match.organisation')}</label>
          <p class="hint" id="match-organisation-hint">${t.msg('match.organisationHint')}</p>
          <select
            id="match-organisation"
            class="input select"
            aria-describedby="match-organisation-hint"
            aria-invalid=${this.matchError && !this.matchOrganisation ? 'true' : 'false'}
            @change=${(event: Event) =>
              (this.matchOrganisation = (event.target as HTMLSelectElement).value)}
          >
            <option value="" ?selected=${!this.matchOrganisation}>${t.msg('match.choose')}</option>
            ${this.organisations.map(
              (organisation) =>
                html`<option
                  value=${organisation.id}
                  ?selected=${organisation.id === this.matchOrganisation}
                >
                  ${organisation.name}
                </option>`,
            )}
          </select>
        </div>
        ${
          needsForm
            ? radioGroup(
                t.msg('match.coachingForm'),
                'coaching-form',
                forms.map((form) => ({
                  id: form.id,
                  label: this.#names.label(form.label, form.id),
                })),
                this.matchForm,
                (id) => (this.matchForm = id),
              )
            : nothing
        }
        <div class="actions">
          <button type="submit" class="button button-primary">${t.msg('match.submit')}</button>
        </div>
      </form>
    </section>`;
  }

  #changePanel(referral: StaffReferral): TemplateResult {
    const t = this.#t;
    const reasonOf = () =>
      (this.renderRoot.querySelector<HTMLSelectElement>('#close-reason')?.value ??
        'declined') as CloseReason;
    const outcomeOf = () => {
      const root = this.renderRoot;
      return {
        goalReached: root.querySelector<HTMLInputElement>('#goal-reached')?.checked ?? false,
        startkwalificatie:
          root.querySelector<HTMLInputElement>('#startkwalificatie')?.checked ?? false,
        schoolCareer: (root.querySelector<HTMLSelectElement>('#school-career')?.value ??
          'same-school') as 'same-school',
      };
    };
    const close = (event: SubmitEvent) => {
      event.preventDefault();
      const change: StatusChangeInput =
        this.closeWith === 'outcome'
          ? { status: 'closed', outcome: outcomeOf() }
          : { status: 'closed', reason: reasonOf() };
      this.#ask(change, t.msg('confirm.close', { reference: referral.reference }));
    };
    const canCloseWithOutcome = referral.status === 'in-coaching';
    const closeWith = canCloseWithOutcome ? this.closeWith : 'reason';
    return html`<section class="panel" aria-labelledby="change-title">
      <h3 id="change-title">${t.msg('change.title')}</h3>
      ${
        referral.status === 'matched'
          ? html`<div class="actions">
              <button
                type="button"
                class="button button-primary"
                @click=${() =>
                  this.#ask(
                    { status: 'in-coaching' },
                    t.msg('confirm.inCoaching', { reference: referral.reference }),
                  )}
              >
                ${t.msg('change.inCoaching')}
              </button>
            </div>`
          : nothing
      }
      <form novalidate @submit=${close}>
        ${
          canCloseWithOutcome
            ? radioGroup(
                t.msg('change.close'),
                'close-with',
                [
                  { id: 'outcome', label: t.msg('close.withOutcome') },
                  { id: 'reason', label: t.msg('close.withReason') },
                ],
                closeWith,
                (id) => (this.closeWith = id === 'outcome' ? 'outcome' : 'reason'),
              )
            : nothing
        }
        ${
          closeWith === 'outcome'
            ? html`<div class="choice">
                  <input class="choice-input" type="checkbox" id="goal-reached" />
                  <label class="choice-label" for="goal-reached"
                    >${t.msg('outcome.goalReached')}</label
                  >
                </div>
                <div class="choice">
                  <input class="choice-input" type="checkbox" id="startkwalificatie" />
                  <label class="choice-label" for="startkwalificatie">
                    ${t.msg('outcome.startkwalificatie')}
                  </label>
                </div>
                <div class="field">
                  <label class="label" for="school-career">${t.msg('outcome.schoolCareer')}</label>
                  <select id="school-career" class="input select">
                    ${(
                      [
                        'same-school',
                        'other-school',
                        'next-level',
                        'work-or-training',
                        'left-school',
                      ] as const
                    ).map(
                      (career) =>
                        html`<option value=${career}>${t.msg(`career.${career}`)}</option>`,
                    )}
                  </select>
                </div>`
            : html`<div class="field">
                <label class="label" for="close-reason">${t.msg('change.reason')}</label>
                <select id="close-reason" class="input select">
                  ${closeReasons.map(
                    (reason) => html`<option value=${reason}>${t.msg(`reason.${reason}`)}</option>`,
                  )}
                </select>
              </div>`
        }
        <div class="actions">
          <button type="submit" class="button button-secondary">${t.msg('change.close')}</button>
        </div>
      </form>
    </section>`;
  }

  #dialog(): TemplateResult {
    const t = this.#t;
    return html`<dialog
      aria-labelledby="confirm-title"
      aria-describedby="confirm-text"
      @cancel=${() => (this.pending = undefined)}
    >
      <h2 id="confirm-title">${t.msg('confirm.title')}</h2>
      <p id="confirm-text">${this.pending?.text ?? ''}</p>
      <div class="actions">
        <button type="button" class="button button-primary" @click=${() => void this.#confirm()}>
          ${t.msg('confirm.yes')}
        </button>
        <button type="button" class="button button-secondary" @click=${() => this.#cancel()}>
          ${t.msg('confirm.no')}
        </button>
      </div>
    </dialog>`;
  }
}
