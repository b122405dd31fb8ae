import { expect } from '@open-wc/testing';
import { openExample, shadowText, waitFor, type ExampleRun } from '../examples/open-example.ts';

/** A date of birth that makes someone 20 today, whatever today is (the page's mock runs on real time). */
function twentyYearsAgo(): { day: string; month: string; year: string } {
  const today = new Date();
  return {
    day: String(Math.min(today.getDate(), 28)),
    month: String(today.getMonth() + 1),
    year: String(today.getFullYear() - 20),
  };
}

describe('the booking form on a strict host page', () => {
  let run: ExampleRun | undefined;
  afterEach(() => run?.close());

  it('books and offers the .ics under a strict CSP with Trusted Types, without errors', async () => {
    run = await openExample('/tests/browser/booking/strict.html?csp=strict');
    const page = run;
    const root = await waitFor(
      () =>
        page.document.querySelector('vangnet-booking-form')?.shadowRoot?.querySelector('h2') ??
        undefined,
      () => `the form never rendered: ${page.errors.join('; ')}`,
    ).then((heading) => heading.getRootNode() as ShadowRoot);
    const input = (name: string) => root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    const type = (name: string, value: string) => {
      input(name).value = value;
      input(name).dispatchEvent(
        new page.window.InputEvent('input', { bubbles: true, composed: true }),
      );
    };
    const submit = () => root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const step = (text: string) =>
      waitFor(
        () =>
          root.querySelector('h2.step-heading')?.textContent?.includes(text) ? true : undefined,
        () => `not at "${text}": ${shadowText(root.host)}`,
      );

    const born = twentyYearsAgo();
    type('dateOfBirth.day', born.day);
    type('dateOfBirth.month', born.month);
    type('dateOfBirth.year', born.year);
    submit();
    await step('Onderwerp');
    root.querySelector<HTMLInputElement>('input[name="topic"]')!.click();
    submit();
    await step('Plek');
    root.querySelector<HTMLInputElement>('input[name="location"]')!.click();
    await waitFor(
      () => root.querySelector<HTMLInputElement>('input[name="channel"]') ?? undefined,
      () => 'no channels',
    );
    root.querySelector<HTMLInputElement>('input[name="channel"]')!.click();
    submit();
    const first = await waitFor(
      () => root.querySelector<HTMLButtonElement>('[part~="first-slot-button"]') ?? undefined,
      () => `no first free time: ${shadowText(root.host)}`,
    );
    first.click();
    await step('Gegevens');
    type('contact.name', 'Sam de Vries');
    type('contact.email', 'sam@example.org');
    submit();
    await step('Controleren');
    submit();
    const ics = await waitFor(
      () => root.querySelector<HTMLAnchorElement>('a[download]') ?? undefined,
      () => `no confirmation: ${shadowText(root.host)}`,
    );
    expect(ics.href).to.match(/^blob:/);
    expect(run.errors, 'console errors').to.deep.equal([]);
    expect(run.violations, 'CSP violations').to.deep.equal([]);
    expect(run.vangnetErrors, 'vangnet-error events').to.deep.equal([]);
    expect(run.failedRequests(), 'failed requests').to.deep.equal([]);
  });
});
