import { expect, fixture, html } from '@open-wc/testing';
import type { ReferralInput } from '@vangnet/sdk';
import '../test-utils/kit-test-form.ts';
import { filledIn, type KitTestForm } from '../test-utils/kit-test-form.ts';
import {
  deepActiveElement,
  labelled,
  named,
  press,
  tab,
  tabTo,
  type,
} from '../test-utils/keyboard.ts';

async function render(): Promise<KitTestForm> {
  const el = await fixture<KitTestForm>(html`<vangnet-kit-test-form></vangnet-kit-test-form>`);
  // Start where a keyboard user starts: before the form on the page.
  document.body.tabIndex = -1;
  document.body.focus();
  return el;
}

function heading(el: KitTestForm): string {
  return (
    el.shadowRoot
      ?.querySelector('[data-vangnet-step-heading]')
      ?.textContent?.replace(/\s+/g, ' ')
      .trim() ?? ''
  );
}

describe('form kit: keyboard only', () => {
  it('fills in every kind of field and sends, without a mouse', async () => {
    const el = await render();
    const sent: ReferralInput[] = [];
    el.send = async (data) => {
      sent.push(data);
      return { reference: 'VN-R-KEYB01' };
    };

    // Step 1: text, email, tel, select.
    await tabTo(labelled('Uw naam'));
    await type('Sam de Mentor');
    await tabTo(labelled('Uw e-mailadres'));
    await type('mentor@example.org');
    await tabTo(labelled('Uw telefoonnummer'));
    await type('06 00000000');
    const select = (await tabTo(labelled('Uw functie'))) as HTMLSelectElement;
    await press('ArrowDown');
    expect(select.value).to.equal('mentor');
    await tab(1, { back: true });
    expect(deepActiveElement()?.getAttribute('name')).to.equal('referrer.phone');
    await press('Enter'); // implicit submission from a text input: next step
    await el.updateComplete;
    expect(heading(el)).to.contain('Stap 2 van 4');
    expect(deepActiveElement()?.hasAttribute('data-vangnet-step-heading')).to.equal(true);

    // Step 2: text with autocomplete off, date of birth in three inputs, radio group.
    await tabTo(labelled('Voornaam'));
    await type('Noor');
    await tabTo(labelled('Dag'));
    await type('14');
    await press('Tab');
    await type('3');
    await press('Tab');
    await type('2009');
    await press('Tab');
    const radio = deepActiveElement() as HTMLInputElement;
    expect(radio.type).to.equal('radio');
    await press('Space');
    await press('ArrowDown');
    expect(radio.checked).to.equal(false);
    expect((deepActiveElement() as HTMLInputElement).value).to.equal('vo');
    await tabTo(named('Volgende'));
    await press('Enter');
    await el.updateComplete;
    expect(heading(el)).to.contain('Stap 3 van 4');

    // Step 3: checkbox group and textarea with a counter.
    await tabTo(labelled('Verzuim'));
    await press('Space');
    await press('Tab');
    await press('Space');
    await tabTo(labelled('Beschrijf de hulpvraag'));
    await type('Mist vaak de eerste uren.');
    const counter = el.shadowRoot?.querySelector('[part~="counter"]');
    expect(counter?.textContent).to.contain(
      `Nog ${2000 - 'Mist vaak de eerste uren.'.length} tekens over`,
    );
    const discussed = (await tabTo(labelled('besproken'))) as HTMLInputElement;
    await press('Space');
    expect(discussed.checked).to.equal(true);
    expect(el.form.get('discussed')).to.equal(true);
    await tabTo(named('Volgende'));
    await press('Enter');
    await el.updateComplete;

    // Review: built from the data, then send.
    expect(heading(el)).to.contain('Stap 4 van 4');
    const review = el.shadowRoot?.querySelector('[part~="review"]')?.textContent ?? '';
    expect(review).to.contain('Sam de Mentor');
    expect(review).to.contain('14 maart 2009');
    await tabTo(named('Versturen'));
    await press('Enter');
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;

    expect(sent).to.have.length(1);
    expect(sent[0]?.referrer).to.deep.include({
      name: 'Sam de Mentor',
      email: 'mentor@example.org',
      phone: '06 00000000',
      role: 'mentor',
    });
    expect(sent[0]?.youngPerson).to.deep.include({
      givenName: 'Noor',
      dateOfBirth: '2009-03-14',
      schoolType: 'vo',
    });
    expect(sent[0]?.supportNeed).to.deep.equal({
      reasons: ['absence', 'motivation'],
      description: 'Mist vaak de eerste uren.',
    });
    expect(el.shadowRoot?.textContent).to.contain('VN-R-KEYB01');
  });

  it('goes back from the review to a step with "Wijzig" and keeps what was typed', async () => {
    const el = await render();
    el.form.reset(filledIn);
    el.steps.goTo('review', { focus: false });
    await el.updateComplete;
    const change = await tabTo(
      (element) =>
        element.textContent?.includes('Wijzig') === true &&
        element.textContent.includes('Over de jongere'),
    );
    expect(change.textContent?.replace(/\s+/g, ' ')).to.match(/^\s*Wijzig Over de jongere/);
    await press('Enter');
    await el.updateComplete;
    expect(heading(el)).to.contain('Stap 2 van 4');
    const day = el.shadowRoot?.querySelector<HTMLInputElement>(
      'input[name="youngPerson.dateOfBirth.day"]',
    );
    expect(day?.value).to.equal('14');
  });

  it('marks pupil fields autocomplete="off" and the referrer\'s with their tokens', async () => {
    const el = await render();
    const root = el.shadowRoot!;
    expect(
      root.querySelector('input[name="referrer.name"]')?.getAttribute('autocomplete'),
    ).to.equal('name');
    expect(
      root.querySelector('input[name="referrer.email"]')?.getAttribute('autocomplete'),
    ).to.equal('email');
    expect(root.querySelector('input[name="referrer.phone"]')?.getAttribute('type')).to.equal(
      'tel',
    );
    el.steps.goTo('young-person', { focus: false });
    await el.updateComplete;
    for (const input of root.querySelectorAll(
      'input[name^="youngPerson.givenName"], input[name^="youngPerson.dateOfBirth"]',
    )) {
      expect(input.getAttribute('autocomplete'), input.getAttribute('name') ?? '').to.equal('off');
    }
  });
});
