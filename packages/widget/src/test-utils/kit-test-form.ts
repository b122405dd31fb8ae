import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ReferralInputSchema, ValidationError, type ReferralInput } from '@vangnet/sdk';
import { extendCatalogs } from '../i18n/catalogs.ts';
import { Translator } from '../i18n/translator.ts';
import {
  Announcer,
  FormController,
  StepController,
  SubmitController,
  checkboxField,
  checkboxGroup,
  dateOfBirthField,
  emailField,
  emergencyNotice,
  errorSummary,
  kitStyles,
  radioGroup,
  retryBanner,
  reviewList,
  secondaryButton,
  selectField,
  stepHeading,
  stepper,
  submitButton,
  telField,
  textField,
  textareaField,
  type Step,
} from '../kit/index.ts';

/** What the kit test form holds once every step is filled in, as model values. */
export const filledIn = {
  referrer: { name: 'Sam', email: 'sam@example.org', role: 'mentor' },
  youngPerson: { givenName: 'Noor', dateOfBirth: '2009-03-14', schoolType: 'vo' },
  supportNeed: { reasons: ['absence'], description: 'Tekst' },
};

/**
 * A small form built only from the kit, for the kit's own tests — and a worked example of how a
 * form composes it. Not exported from the package.
 */
const nl = {
  'test.step.referrer': 'Over u',
  'test.step.youngPerson': 'Over de jongere',
  'test.step.support': 'Hulpvraag',
  'test.step.review': 'Controleren',
  'test.referrer.name': 'Uw naam',
  'test.referrer.email': 'Uw e-mailadres',
  'test.referrer.phone': 'Uw telefoonnummer',
  'test.referrer.role': 'Uw functie',
  'test.role.mentor': 'Mentor',
  'test.role.care': 'Zorgcoördinator',
  'test.youngPerson.givenName': 'Voornaam van de jongere',
  'test.youngPerson.dateOfBirth': 'Geboortedatum van de jongere',
  'test.youngPerson.schoolType': 'Soort school',
  'test.school.po': 'Basisschool',
  'test.school.vo': 'Middelbare school',
  'test.school.mbo': 'Mbo',
  'test.support.reasons': 'Waar gaat het om?',
  'test.reason.absence': 'Verzuim',
  'test.reason.motivation': 'Motivatie',
  'test.support.description': 'Beschrijf de hulpvraag',
  'test.support.descriptionHint': 'Schrijf geen medische details op die niet nodig zijn.',
  'test.sent': 'Verstuurd. Uw kenmerk is {reference}.',
  'test.discussed': 'Ik heb dit met de jongere besproken',
} as const;
type TestKey = keyof typeof nl;
const en: Record<TestKey, string> = {
  'test.step.referrer': 'About you',
  'test.step.youngPerson': 'About the young person',
  'test.step.support': 'Support needed',
  'test.step.review': 'Check your answers',
  'test.referrer.name': 'Your name',
  'test.referrer.email': 'Your email address',
  'test.referrer.phone': 'Your phone number',
  'test.referrer.role': 'Your role',
  'test.role.mentor': 'Mentor',
  'test.role.care': 'Care coordinator',
  'test.youngPerson.givenName': "Young person's first name",
  'test.youngPerson.dateOfBirth': "Young person's date of birth",
  'test.youngPerson.schoolType': 'Type of school',
  'test.school.po': 'Primary school',
  'test.school.vo': 'Secondary school',
  'test.school.mbo': 'Vocational school (mbo)',
  'test.support.reasons': 'What is it about?',
  'test.reason.absence': 'Absence',
  'test.reason.motivation': 'Motivation',
  'test.support.description': 'Describe the support needed',
  'test.support.descriptionHint': 'Do not write medical details that are not needed.',
  'test.sent': 'Sent. Your reference is {reference}.',
  'test.discussed': 'I discussed this with the young person',
};
const ar: Partial<Record<TestKey, string>> = {
  'test.step.referrer': 'عنك',
  'test.referrer.name': 'اسمك',
  'test.referrer.email': 'بريدك الإلكتروني',
  'test.referrer.phone': 'رقم هاتفك',
  'test.referrer.role': 'وظيفتك',
};

/** The date tests treat as today; time is injected, never read from the clock. */
export const testToday = '2026-11-24';

/** A test-only form that composes every part of the kit. */
export class KitTestForm extends LitElement {
  static override styles = kitStyles;

  /** Sends the data; tests replace it to play success, failure or a 422. */
  @property({ attribute: false }) send: (data: ReferralInput) => Promise<{ reference: string }> =
    async () => ({ reference: 'VN-R-TEST01' });

  @state() reference: string | undefined;

  readonly t = new Translator(this, extendCatalogs<TestKey>({ nl, en, ar }));
  readonly announcer = new Announcer(this);
  readonly form = new FormController<ReferralInput>(this, {
    schema: ReferralInputSchema,
    translator: this.t,
    // The parts of the referral this small form does not ask for.
    complete: (model) => ({
      service: 'pluscoaching',
      municipality: 'den-haag',
      consents: [],
      ...model,
      referrer: { organisation: 'Testschool', ...(model['referrer'] as object) },
      youngPerson: { familyName: 'Voorbeeld', ...(model['youngPerson'] as object) },
    }),
  });
  readonly steps = new StepController(this, { steps: () => this.#steps(), form: this.form });
  readonly submit = new SubmitController(this, {
    onBusyChange: (busy) => {
      if (busy) void this.announcer.announce(this.t.msg('busy.sending'));
    },
  });

  #steps(): Step[] {
    const t = this.t;
    return [
      { id: 'referrer', title: t.msg('test.step.referrer'), fields: ['referrer'] },
      { id: 'young-person', title: t.msg('test.step.youngPerson'), fields: ['youngPerson'] },
      { id: 'support', title: t.msg('test.step.support'), fields: ['supportNeed'] },
      { id: 'review', title: t.msg('test.step.review') },
    ];
  }

  /** Also waits for the messages of a language that is loaded on first use. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.t.ready;
    return super.getUpdateComplete();
  }

  override render(): TemplateResult {
    const t = this.t;
    return html`<div class="root" part="root" lang=${t.lang} dir=${t.dir}>
      ${emergencyNotice(t)}
      ${
        this.reference
          ? html`<p role="status">${t.msg('test.sent', { reference: this.reference })}</p>`
          : html`${stepper(t, this.steps)}
              <form
                novalidate
                aria-busy=${this.submit.busy ? 'true' : 'false'}
                @submit=${this.#onSubmit}
              >
                ${stepHeading(t, this.steps)}
                ${retryBanner(t, this.submit.failure, () => this.#send())}
                ${errorSummary(this.form)} ${this.#step()}
                <div class="actions">
                  ${
                    this.steps.isLast
                      ? submitButton(t, this.submit)
                      : submitButton(t, this.submit, t.msg('nav.next'))
                  }
                  ${
                    this.steps.isFirst
                      ? nothing
                      : secondaryButton(t.msg('nav.back'), () => this.steps.back())
                  }
                </div>
              </form>`
      }
    </div>`;
  }

  #step(): TemplateResult {
    const t = this.t;
    const form = this.form;
    switch (this.steps.current.id) {
      case 'referrer':
        return html`${textField(form, {
          key: 'referrer.name',
          label: t.msg('test.referrer.name'),
          autocomplete: 'name',
        })}
        ${emailField(form, {
          key: 'referrer.email',
          label: t.msg('test.referrer.email'),
          autocomplete: 'email',
        })}
        ${telField(form, {
          key: 'referrer.phone',
          label: t.msg('test.referrer.phone'),
          autocomplete: 'tel',
        })}
        ${selectField(form, {
          key: 'referrer.role',
          label: t.msg('test.referrer.role'),
          choices: [
            { value: 'mentor', label: t.msg('test.role.mentor') },
            { value: 'care-coordinator', label: t.msg('test.role.care') },
          ],
        })}`;
      case 'young-person':
        return html`${textField(form, {
          key: 'youngPerson.givenName',
          label: t.msg('test.youngPerson.givenName'),
          autocomplete: 'off',
        })}
        ${dateOfBirthField(form, {
          key: 'youngPerson.dateOfBirth',
          label: t.msg('test.youngPerson.dateOfBirth'),
          autocomplete: 'off',
          notAfter: testToday,
        })}
        ${radioGroup(form, {
          key: 'youngPerson.schoolType',
          label: t.msg('test.youngPerson.schoolType'),
          choices: (['po', 'vo', 'mbo'] as const).map((value) => ({
            value,
            label: t.msg(`test.school.${value}`),
          })),
        })}`;
      case 'support':
        return html`${checkboxGroup(form, {
          key: 'supportNeed.reasons',
          label: t.msg('test.support.reasons'),
          choices: [
            { value: 'absence', label: t.msg('test.reason.absence') },
            { value: 'motivation', label: t.msg('test.reason.motivation') },
          ],
        })}
        ${textareaField(form, {
          key: 'supportNeed.description',
          label: t.msg('test.support.description'),
          hint: t.msg('test.support.descriptionHint'),
        })}
        ${checkboxField(form, { key: 'discussed', label: t.msg('test.discussed') })}`;
      default:
        return this.#review();
    }
  }

  #review(): TemplateResult {
    const t = this.t;
    const form = this.form;
    const text = (key: string) => {
      const value = form.get(key);
      return typeof value === 'string' ? value : undefined;
    };
    const dateOfBirth = text('youngPerson.dateOfBirth');
    return reviewList(
      t,
      [
        {
          title: t.msg('test.step.referrer'),
          step: 'referrer',
          rows: [
            { label: t.msg('test.referrer.name'), value: text('referrer.name') },
            { label: t.msg('test.referrer.email'), value: text('referrer.email') },
            { label: t.msg('test.referrer.phone'), value: text('referrer.phone') },
          ],
        },
        {
          title: t.msg('test.step.youngPerson'),
          step: 'young-person',
          rows: [
            { label: t.msg('test.youngPerson.givenName'), value: text('youngPerson.givenName') },
            {
              label: t.msg('test.youngPerson.dateOfBirth'),
              value: dateOfBirth ? t.date(dateOfBirth) : undefined,
            },
          ],
        },
      ],
      (step) => this.steps.goTo(step),
    );
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.steps.isLast) {
      void this.#send();
      return;
    }
    const result = this.form.validate(this.steps.current.fields);
    if (result.valid) this.steps.next();
    else void this.form.focusSummary();
  }

  async #send(): Promise<void> {
    const result = this.form.validate();
    if (!result.valid || !result.data) {
      void this.form.focusSummary();
      return;
    }
    const data = result.data;
    const outcome = await this.submit.run(() => this.send(data));
    if (outcome.status === 'done') {
      this.reference = outcome.value.reference;
    } else if (outcome.status === 'rejected' && outcome.error instanceof ValidationError) {
      const keys = this.form.setServerErrors(outcome.error.fieldIssues);
      const index = keys[0] === undefined ? -1 : this.steps.indexOfField(keys[0]);
      if (index >= 0) this.steps.goTo(index);
      void this.form.focusSummary();
    }
  }
}

// Not in HTMLElementTagNameMap: a test-only element stays out of the package's global types.
if (!customElements.get('vangnet-kit-test-form')) {
  customElements.define('vangnet-kit-test-form', KitTestForm);
}
