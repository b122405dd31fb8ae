import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  NetworkError,
  ReferralInputSchema,
  referralInputForm,
  type ReferralInput,
} from '@vangnet/sdk';
import { extendCatalogs } from '../i18n/catalogs.ts';
import { Translator } from '../i18n/translator.ts';
import { FormController } from './form-controller.ts';
import { SubmitController, schemaLoaded } from './submit-controller.ts';
import type { FormSchema } from './schema.ts';

// A form whose schema arrives later (decision 0302): the test decides when, and whether at all.
let loads = 0;
let arrival: { resolve: () => void; reject: (error: Error) => void } | undefined;
const lazyReferral = {
  shape: referralInputForm.shape,
  schema: () => {
    loads += 1;
    return new Promise<FormSchema<ReferralInput>>((resolve, reject) => {
      arrival = { resolve: () => resolve(ReferralInputSchema), reject };
    });
  },
};

class LazySchemaForm extends LitElement {
  readonly t = new Translator(this, extendCatalogs({ nl: {} }));
  readonly form = new FormController<ReferralInput>(this, {
    schema: lazyReferral,
    translator: this.t,
  });
  readonly submit = new SubmitController(this);
}
customElements.define('vangnet-lazy-schema-form', LazySchemaForm);

const render = async () => {
  loads = 0;
  arrival = undefined;
  return fixture<LazySchemaForm>(html`<vangnet-lazy-schema-form></vangnet-lazy-schema-form>`);
};

describe('form kit: a schema that arrives after the first view', () => {
  it('marks required fields and limits texts from the generated shape, loading nothing', async () => {
    const el = await render();
    expect(el.form.loaded).to.equal(false);
    expect(el.form.isRequired('referrer.name')).to.equal(true);
    expect(el.form.isRequired('referrer.phone')).to.equal(false);
    expect(el.form.isRequired('parent.name')).to.equal(true);
    expect(el.form.maxLengthOf('supportNeed.description')).to.equal(2000);
    expect(loads).to.equal(0);
  });

  it('the shape says what the schema says, for every field of the referral', async () => {
    const el = await render();
    const eager = new FormController<ReferralInput>(el, {
      schema: ReferralInputSchema,
      translator: el.t,
    });
    const keys = [
      'service',
      'referrer.name',
      'referrer.email',
      'referrer.phone',
      'youngPerson.givenName',
      'youngPerson.dateOfBirth',
      'parent',
      'parent.name',
      'supportNeed.description',
      'preference.organisationId',
      'consents.0.party',
    ];
    for (const key of keys) {
      expect(el.form.isRequired(key), key).to.equal(eager.isRequired(key));
      expect(el.form.maxLengthOf(key), key).to.equal(eager.maxLengthOf(key));
    }
  });

  it('checks once the schema is there, and a check asked for before loads it', async () => {
    const el = await render();
    el.form.set('referrer.email', 'mentor@');
    expect(el.form.errorOf('referrer.email')).to.equal(undefined);
    expect(loads).to.equal(1);
    arrival!.resolve();
    await el.form.load();
    expect(el.form.loaded).to.equal(true);
    expect(el.form.errorOf('referrer.email')?.message).to.equal('validation.email');
    expect(el.form.validate().valid).to.equal(false);
  });

  it('a schema that does not arrive is a network error, with the retry banner, and loads on retry', async () => {
    const el = await render();
    const first = schemaLoaded(el.submit, el.form);
    arrival!.reject(new TypeError('Failed to fetch dynamically imported module'));
    expect(await first).to.equal(false);
    expect(el.submit.failure).to.not.equal(undefined);
    let thrown: unknown;
    const again = el.form.load().catch((error: unknown) => (thrown = error));
    arrival!.reject(new TypeError('offline'));
    await again;
    expect(thrown).to.be.instanceOf(NetworkError);

    const retry = schemaLoaded(el.submit, el.form);
    arrival!.resolve();
    expect(await retry).to.equal(true);
    expect(el.submit.failure).to.equal(undefined);
    expect(loads).to.equal(3);
  });
});
