import { expect, fixture, html } from '@open-wc/testing';
import { ReferralInputSchema, ValidationError } from '@vangnet/sdk';
import '../test-utils/kit-test-form.ts';
import { filledIn, type KitTestForm } from '../test-utils/kit-test-form.ts';
import { deepActiveElement, press, tabTo, type } from '../test-utils/keyboard.ts';

const render = () => fixture<KitTestForm>(html`<vangnet-kit-test-form></vangnet-kit-test-form>`);
const q = <E extends Element = HTMLElement>(el: KitTestForm, selector: string) =>
  el.shadowRoot!.querySelector<E & Element>(selector);
const errorText = (el: KitTestForm, key: string) =>
  q(el, `[data-vangnet-field="${key}"] [part~="error"]`)?.textContent?.replace(/\s+/g, ' ').trim();

describe('form kit: showing errors', () => {
  it('shows no error on the first key, but after leaving the field', async () => {
    const el = await render();
    const email = q<HTMLInputElement>(el, 'input[name="referrer.email"]')!;
    email.focus();
    await type('mentor@');
    await el.updateComplete;
    expect(el.form.errorOf('referrer.email')?.message).to.equal('validation.email');
    expect(errorText(el, 'referrer.email')).to.equal(undefined);
    expect(email.getAttribute('aria-invalid')).to.equal('false');

    await press('Tab');
    await el.updateComplete;
    expect(errorText(el, 'referrer.email')).to.equal(
      'Fout: Vul een e-mailadres in zoals naam@example.org.',
    );
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    const describedBy = email.getAttribute('aria-describedby')?.split(' ') ?? [];
    expect(describedBy.map((id) => q(el, `#${id}`)?.textContent)).to.satisfy((texts: string[]) =>
      texts.some((text) => text.includes('e-mailadres')),
    );

    // Corrected while typing: the error goes at once.
    email.focus();
    await type('example.org');
    await el.updateComplete;
    expect(errorText(el, 'referrer.email')).to.equal(undefined);
  });

  it('on step submit, lists the errors in a summary that takes focus, in form order', async () => {
    const el = await render();
    q<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    await el.updateComplete;
    await el.form.focusSummary();
    const summary = q(el, '[part~="summary"]')!;
    expect(deepActiveElement()).to.equal(summary);
    const links = [...summary.querySelectorAll('a')].map((a) => a.textContent?.trim());
    expect(links).to.deep.equal([
      'Uw naam: Vul dit in.',
      'Uw e-mailadres: Vul dit in.',
      'Uw functie: Maak een keuze.',
    ]);
    expect(summary.textContent).to.contain('Er zijn 3 dingen niet goed ingevuld');
    // Optional fields are not in it, and required ones say so in words.
    expect(q(el, 'label[for$="referrer-phone"]')?.textContent).not.to.contain('verplicht');
    expect(q(el, 'label[for$="referrer-name"]')?.textContent).to.contain('(verplicht)');
  });

  it('does not carry the summary to another step', async () => {
    const el = await render();
    el.form.reset({ referrer: { name: 'Sam', email: 'sam@example.org', role: 'mentor' } });
    el.steps.goTo('young-person', { focus: false });
    el.form.validate(el.steps.current.fields);
    await el.updateComplete;
    expect(q(el, '[part~="summary"]')).not.to.equal(null);
    el.steps.back();
    await el.updateComplete;
    expect(q(el, '[part~="summary"]')).to.equal(null);
  });

  it('moves focus into the shadow-root field from a summary link, by keyboard', async () => {
    const el = await render();
    q<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    await el.form.focusSummary();
    await tabTo(
      (element) => element.textContent?.includes('Uw functie') === true && element.tagName === 'A',
    );
    await press('Enter');
    const active = deepActiveElement();
    expect(active?.tagName).to.equal('SELECT');
    expect(active?.getAttribute('name')).to.equal('referrer.role');
    expect(location.hash).to.equal('');
  });

  it('checks a date of birth for real dates, completeness and the future', async () => {
    const el = await render();
    el.steps.goTo('young-person', { focus: false });
    await el.updateComplete;
    const part = (name: string) =>
      q<HTMLInputElement>(el, `input[name="youngPerson.dateOfBirth.${name}"]`)!;
    const fill = async (day: string, month: string, year: string) => {
      for (const [name, value] of [
        ['day', day],
        ['month', month],
        ['year', year],
      ] as const) {
        part(name).value = value;
        part(name).dispatchEvent(new InputEvent('input'));
      }
      el.form.touch('youngPerson.dateOfBirth');
      await el.updateComplete;
    };
    await fill('31', '2', '2010');
    expect(errorText(el, 'youngPerson.dateOfBirth')).to.contain('Deze datum bestaat niet');
    expect(part('day').getAttribute('aria-invalid')).to.equal('true');
    expect(part('year').getAttribute('aria-invalid')).to.equal('false');
    await fill('29', '2', '2012');
    expect(errorText(el, 'youngPerson.dateOfBirth')).to.equal(undefined);
    expect(el.form.get('youngPerson.dateOfBirth')).to.equal('2012-02-29');
    await fill('14', '', '2009');
    expect(errorText(el, 'youngPerson.dateOfBirth')).to.contain(
      'Vul de dag, de maand en het jaar in',
    );
    expect(part('month').getAttribute('aria-invalid')).to.equal('true');
    await fill('14', '3', '09');
    expect(errorText(el, 'youngPerson.dateOfBirth')).to.contain('4 cijfers');
    await fill('1', '1', '2027');
    expect(errorText(el, 'youngPerson.dateOfBirth')).to.contain('toekomst');
  });

  it('splits a whole date typed into the day input', async () => {
    const el = await render();
    el.steps.goTo('young-person', { focus: false });
    await el.updateComplete;
    q<HTMLInputElement>(el, 'input[name="youngPerson.dateOfBirth.day"]')!.focus();
    await type('14-03-2009');
    await el.updateComplete;
    expect(el.form.get('youngPerson.dateOfBirth')).to.equal('2009-03-14');
    expect(q<HTMLInputElement>(el, 'input[name="youngPerson.dateOfBirth.year"]')!.value).to.equal(
      '2009',
    );
  });

  it('puts 422 field errors from the server on the right field of the right step', async () => {
    const el = await render();
    el.form.reset(filledIn);
    el.send = async () => {
      throw new ValidationError(
        'age-out-of-bounds',
        [{ path: ['youngPerson', 'dateOfBirth'], code: 'age-out-of-bounds', message: 'Age.' }],
        { status: 422 },
      );
    };
    el.steps.goTo('review', { focus: false });
    await el.updateComplete;
    q<HTMLButtonElement>(el, 'button[type="submit"]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 10));
    await el.updateComplete;
    await el.form.focusSummary();
    expect(el.steps.current.id).to.equal('young-person');
    // No message for that code in the catalogs: the general one, on the field and in the summary.
    expect(errorText(el, 'youngPerson.dateOfBirth')).to.contain('Dit klopt niet');
    expect(q(el, '[part~="summary"] a')?.textContent).to.contain('Geboortedatum van de jongere');
    expect(deepActiveElement()).to.equal(q(el, '[part~="summary"]'));
    // Changing the field clears the server's error.
    const day = q<HTMLInputElement>(el, 'input[name="youngPerson.dateOfBirth.day"]')!;
    day.value = '15';
    day.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    expect(errorText(el, 'youngPerson.dateOfBirth')).to.equal(undefined);
  });

  it('validates and sends only what the schema describes: the form’s own fields stay in the form', async () => {
    const el = await render();
    // `discussed` is the form's own checkbox: no field of the request, which refuses unknown ones.
    el.form.reset({ ...filledIn, discussed: true });
    const result = el.form.validate();
    expect(result.errors).to.deep.equal([]);
    const data = result.valid ? result.data : undefined;
    expect(data).not.to.have.property('discussed');
    expect(ReferralInputSchema.safeParse(data).success).to.equal(true);
    expect(el.form.model['discussed']).to.equal(true);
  });

  it('counts characters left and speaks only near the limit', async () => {
    const el = await render();
    el.steps.goTo('support', { focus: false });
    await el.updateComplete;
    const live = () => q(el, '[part~="counter"] + [aria-live="polite"]')?.textContent?.trim();
    expect(q(el, '[part~="counter"]')?.textContent).to.contain('Nog 2000 tekens over');
    expect(live()).to.equal('');
    el.form.set('supportNeed.description', 'x'.repeat(1950));
    await el.updateComplete;
    expect(live()).to.equal('Nog 50 tekens over');
    el.form.set('supportNeed.description', 'x'.repeat(2001));
    await el.updateComplete;
    expect(q(el, '[part~="counter"]')?.textContent).to.contain('1 teken te veel');
    el.form.touch('supportNeed.description');
    await el.updateComplete;
    expect(errorText(el, 'supportNeed.description')).to.contain('Gebruik hoogstens 2000 tekens');
    // Typing past the limit is allowed: nothing typed is cut off.
    expect(q<HTMLTextAreaElement>(el, 'textarea')!.value).to.have.length(2001);
  });

  it('reads server errors given as JSON pointers, too', async () => {
    const el = await render();
    await el.updateComplete;
    const keys = el.form.setServerErrors([
      { pointer: '/referrer/email', code: 'email' },
      { pointer: '/referrer/name', code: 'unknown-code' },
    ]);
    expect(keys).to.deep.equal(['referrer.name', 'referrer.email']);
    await el.updateComplete;
    expect(errorText(el, 'referrer.email')).to.contain('naam@example.org');
    expect(errorText(el, 'referrer.name')).to.contain('Dit klopt niet');
  });

  it('maps zod issue paths of arrays and refinements onto field keys', async () => {
    const el = await render();
    el.steps.goTo('support', { focus: false });
    await el.updateComplete;
    const result = el.form.validate(['supportNeed']);
    expect(result.valid).to.equal(false);
    expect(result.errors).to.deep.equal(['supportNeed.reasons', 'supportNeed.description']);
    await el.updateComplete;
    expect(errorText(el, 'supportNeed.reasons')).to.contain('Kies er minstens 1');
    expect(el.form.maxLengthOf('supportNeed.description')).to.equal(2000);
    expect(el.form.isRequired('supportNeed.helpInPlace')).to.equal(false);
    expect(el.form.isRequired('supportNeed.description')).to.equal(true);
  });
});

describe('form kit: checking values when they are needed', () => {
  it('checks nothing for the first view, once when prepared, and again after a change', async () => {
    const schema = ReferralInputSchema as { safeParse: (data: unknown) => unknown };
    const safeParse = schema.safeParse;
    let checks = 0;
    schema.safeParse = (data) => {
      checks += 1;
      return safeParse(data);
    };
    try {
      const el = await render();
      expect(q(el, 'input[name="referrer.email"]'), 'the first view').to.be.instanceOf(
        HTMLInputElement,
      );
      expect(checks, 'checks before the first view').to.equal(0);

      el.form.prepare();
      el.form.prepare();
      expect(checks, 'after prepare').to.equal(1);
      expect(el.form.errorOf('referrer.email')?.message).to.equal('validation.required');
      expect(checks, 'an error of checked values').to.equal(1);

      el.form.set('referrer.email', 'mentor@');
      expect(checks, 'a change alone').to.equal(1);
      expect(el.form.errorOf('referrer.email')?.message).to.equal('validation.email');
      expect(checks, 'an error after the change').to.equal(2);
    } finally {
      schema.safeParse = safeParse;
    }
  });
});
