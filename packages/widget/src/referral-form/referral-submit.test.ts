import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { expectNoAxeViolations } from '../test-utils/axe.ts';
import { press } from '../test-utils/keyboard.ts';
import type { MockWorker } from '@vangnet/api-mock/browser';
import {
  bornAged,
  button,
  control,
  declareConsents,
  fill,
  fillUpToConsent,
  inlineErrors,
  next,
  reach,
  renderForm,
  root,
  stepTitle,
  typed,
} from './referral-fixture.ts';
import type { VangnetReferralForm } from './referral-form.ts';

const referralsUrl = `${location.origin}/v1/referrals`;

/** A form on the review step of a complete referral for a 16-year-old. */
async function atReview() {
  const rendered = await renderForm();
  await fillUpToConsent(rendered.form, bornAged(16));
  await declareConsents(rendered.form);
  await next(rendered.form);
  await reach(rendered.form, 'Controleer je aanmelding');
  return rendered;
}

/** The `Idempotency-Key` of every referral POST the page makes from now on. */
function recordKeys(mock: MockWorker): string[] {
  const keys: string[] = [];
  mock.worker.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && request.url === referralsUrl) {
      keys.push(request.headers.get('Idempotency-Key') ?? '');
    }
  });
  return keys;
}

/** An RFC 9457 problem answer, as the API sends it. */
function problem(type: string, status: number, errors?: object[]) {
  return HttpResponse.json(
    { type: `https://vangnet.example.org/problems/${type}`, title: type, status, errors },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** Answers the next referral POST with a 422 problem of `type` carrying `errors`. */
function rejectOnce(mock: MockWorker, type: string, errors: object[]) {
  mock.worker.use(http.post(referralsUrl, () => problem(type, 422, errors), { once: true }));
}

/** From now on the API saves each referral it gets, then the answer is lost behind a 503. */
function loseAnswersAfterSaving(mock: MockWorker) {
  mock.worker.use(
    http.post(referralsUrl, async ({ request }) => {
      await mock.fetch(request.clone());
      return problem('unavailable', 503);
    }),
  );
}

/** Presses send and waits for the send to fail: the retry banner shows. */
async function sendAndFail(form: VangnetReferralForm) {
  const failed = oneEvent(form, 'vangnet-error');
  button(form, 'Aanmelding versturen').click();
  await failed;
  await form.updateComplete;
  expect(root(form).querySelector('[part~="retry-banner"]')).not.to.equal(null);
}

/** From the review: changes the referrer's name and comes back to the review. */
async function changeReferrerName(form: VangnetReferralForm, name: string) {
  button(form, 'Wijzig Over jou').click();
  await reach(form, 'Over jou');
  await fill(form, 'Je naam', name);
  button(form, 'Terug naar controleren').click();
  await reach(form, 'Controleer je aanmelding');
}

const confirmationShown = (form: VangnetReferralForm) =>
  waitUntil(() => root(form).querySelector('[part~="confirmation"]'), 'no confirmation', {
    timeout: 5000,
  });

afterEach(async () => {
  const { mockApi } = await import('./referral-fixture.ts');
  const mock = await mockApi();
  mock.worker.events.removeAllListeners();
  mock.reset();
});

describe('<vangnet-referral-form>: the status link', () => {
  it('gives the referrer a status link with id and token in the fragment, on this page', async () => {
    const { form, mock } = await atReview();
    button(form, 'Aanmelding versturen').click();
    await confirmationShown(form);
    const [stored] = mock.store.referrals;
    const link = root(form).querySelector<HTMLAnchorElement>('[part~="status-link"] a')!;
    expect(link.textContent?.trim()).to.equal('Bekijk hoe het staat met deze aanmelding');
    const url = new URL(link.href);
    expect(url.origin + url.pathname).to.equal(location.origin + location.pathname);
    expect(url.hash).to.match(new RegExp(`^#status=${stored!.id}\\.[^.&]+$`));
    await expectNoAxeViolations(form);
  });

  it('links to the page of the status-page attribute', async () => {
    const { form } = await atReview();
    form.setAttribute('status-page', '/aanmelding-volgen?bron=school');
    button(form, 'Aanmelding versturen').click();
    await confirmationShown(form);
    const link = root(form).querySelector<HTMLAnchorElement>('[part~="status-link"] a')!;
    const url = new URL(link.href);
    expect(url.pathname).to.equal('/aanmelding-volgen');
    expect(url.search).to.equal('?bron=school');
    expect(url.hash.startsWith('#status=')).to.equal(true);
  });
});

describe('<vangnet-referral-form>: sending', () => {
  it('20 fast clicks on send create one referral', async () => {
    const { form, mock } = await atReview();
    const keys = recordKeys(mock);
    mock.scenarios.latency(200);
    const send = button(form, 'Aanmelding versturen');
    for (let i = 0; i < 20; i += 1) send.click();
    await confirmationShown(form);
    expect(mock.store.referrals).to.have.length(1);
    expect(keys).to.have.length(1);
  });

  it('Enter pressed again and again creates one referral', async () => {
    const { form, mock } = await atReview();
    mock.scenarios.latency(200);
    button(form, 'Aanmelding versturen').focus();
    for (let i = 0; i < 8; i += 1) await press('Enter');
    await confirmationShown(form);
    expect(mock.store.referrals).to.have.length(1);
  });

  it('shows progress while sending, and says so when it takes long', async () => {
    const { form, mock } = await atReview();
    mock.scenarios.latency(2600);
    const send = button(form, 'Aanmelding versturen');
    send.click();
    await form.updateComplete;
    expect(send.textContent).to.include('Bezig met versturen…');
    expect(send.getAttribute('aria-disabled')).to.equal('true');
    expect(root(form).querySelector('form')?.getAttribute('aria-busy')).to.equal('true');
    await waitUntil(
      () => root(form).textContent?.includes('Dit duurt langer dan normaal'),
      'no message that it takes long',
      { timeout: 2500 },
    );
    await confirmationShown(form);
  });

  it('offline: keeps everything, offers a retry, and the retry sends once with the same key', async () => {
    const { form, mock } = await atReview();
    const keys = recordKeys(mock);
    mock.scenarios.offline();
    const failed = oneEvent(form, 'vangnet-error');
    button(form, 'Aanmelding versturen').click();
    expect((await failed).detail).to.deep.equal({
      component: 'referral-form',
      step: 'review',
      kind: 'unreachable',
      code: 'network',
    });
    await form.updateComplete;
    expect(root(form).querySelector('[part~="retry-banner"]')?.textContent).to.include(
      'Wat je hebt ingevuld, is niet verloren.',
    );
    expect(root(form).querySelector('[part~="review"]')?.textContent).to.include(typed.description);
    expect(mock.store.referrals).to.have.length(0);

    mock.scenarios.offline(false);
    button(form, 'Opnieuw proberen').click();
    await confirmationShown(form);
    expect(mock.store.referrals).to.have.length(1);
    expect(new Set(keys).size).to.equal(1);
  });

  it('a 503 after the API stored the referral: the retry returns the same referral, not a second', async () => {
    const { form, mock } = await atReview();
    const keys = recordKeys(mock);
    loseAnswersAfterSaving(mock);
    await sendAndFail(form);
    expect(mock.store.referrals).to.have.length(1);

    mock.worker.resetHandlers();
    button(form, 'Opnieuw proberen').click();
    await confirmationShown(form);
    expect(mock.store.referrals).to.have.length(1);
    expect(root(form).textContent).to.include(mock.store.referrals[0]!.reference);
    expect(new Set(keys).size).to.equal(1);
  });

  it('a 503 after the API stored the referral, then an edit: no second referral, and the form says the edit was not sent', async () => {
    const { form, mock } = await atReview();
    const keys = recordKeys(mock);
    loseAnswersAfterSaving(mock);
    await sendAndFail(form);
    mock.worker.resetHandlers();

    await changeReferrerName(form, 'Sam van Dijk');
    button(form, 'Aanmelding versturen').click();
    await confirmationShown(form);
    expect(mock.store.referrals).to.have.length(1);
    const [stored] = mock.store.referrals;
    expect(stored!.input.referrer.name).to.equal(typed.name, 'the first version is the one kept');
    expect(root(form).querySelector('[part~="reference"]')?.textContent).to.equal(
      stored!.reference,
    );
    expect(root(form).querySelector('[part~="confirmation"]')?.textContent).to.include(
      'Je wijzigingen daarna zijn niet meegestuurd.',
    );
    expect(new Set(keys).size).to.equal(1, 'one key for the referral, edited or not');
    await expectNoAxeViolations(form);
  });

  it('a send that never reached the API, then an edit: the edited referral is sent, once', async () => {
    const { form, mock } = await atReview();
    const keys = recordKeys(mock);
    mock.scenarios.offline();
    await sendAndFail(form);
    mock.scenarios.offline(false);

    await changeReferrerName(form, 'Sam van Dijk');
    button(form, 'Aanmelding versturen').click();
    await confirmationShown(form);
    expect(mock.store.referrals).to.have.length(1);
    expect(mock.store.referrals[0]!.input.referrer.name).to.equal('Sam van Dijk');
    expect(root(form).querySelector('[part~="confirmation"]')?.textContent).not.to.include(
      'niet meegestuurd',
    );
    expect(new Set(keys).size).to.equal(1);
  });

  it('two edits after two lost sends: the one the API stored is found, never a second', async () => {
    const { form, mock } = await atReview();
    loseAnswersAfterSaving(mock);
    await sendAndFail(form);
    mock.worker.resetHandlers();

    // The second version never reaches the API.
    mock.scenarios.offline();
    await changeReferrerName(form, 'Sam van Dijk');
    await sendAndFail(form);
    mock.scenarios.offline(false);

    await changeReferrerName(form, 'Sam Bakker');
    button(form, 'Aanmelding versturen').click();
    await confirmationShown(form);
    expect(mock.store.referrals).to.have.length(1);
    expect(mock.store.referrals[0]!.input.referrer.name).to.equal(typed.name);
    expect(root(form).querySelector('[part~="reference"]')?.textContent).to.equal(
      mock.store.referrals[0]!.reference,
    );
  });

  it('a lost send, then a refusal before the API looks at the key, then an edit: never a second', async () => {
    const { form, mock } = await atReview();
    loseAnswersAfterSaving(mock);
    await sendAndFail(form);
    mock.worker.resetHandlers();

    // A 403 comes before the API claims the key: it says nothing about what the key holds.
    mock.scenarios.failRoute({ method: 'POST', path: '/v1/referrals', status: 403, once: true });
    button(form, 'Aanmelding versturen').click();
    await waitUntil(() => root(form).textContent?.includes('Neem contact op met de beheerder'));

    await changeReferrerName(form, 'Sam van Dijk');
    button(form, 'Aanmelding versturen').click();
    await confirmationShown(form);
    expect(mock.store.referrals).to.have.length(1);
    expect(mock.store.referrals[0]!.input.referrer.name).to.equal(typed.name);
  });

  it('puts the API’s field errors on the right fields and goes to the first step with one', async () => {
    const { form, mock } = await atReview();
    rejectOnce(mock, 'validation', [
      { pointer: '/consents/0/date', code: 'future-date', message: 'In the future.' },
      { pointer: '/referrer/email', code: 'invalid_format', message: 'Not an email.' },
    ]);
    button(form, 'Aanmelding versturen').click();
    await waitUntil(() => stepTitle(form) === 'Over jou', 'did not go to the referrer step');
    const email = control(form, 'Je e-mailadres');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(inlineErrors(form)).to.deep.equal(['Dit klopt niet. Kijk het nog eens na.']);
    const summary = root(form).querySelector('[data-vangnet-summary]')!;
    await waitUntil(() => root(form).activeElement === summary, 'the summary has no focus');

    // Corrected, the form goes on to the consent step, where the other error waits.
    email.value = 'mentor2@example.org';
    email.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    for (const title of ['Over de jongere', 'Wat is er aan de hand?', 'Voorkeur', 'Toestemming']) {
      await next(form);
      await reach(form, title);
    }
    expect(inlineErrors(form)).to.deep.equal(['Deze datum ligt in de toekomst.']);
  });

  it('maps a missing consent (422 consent-missing) to that person’s declaration', async () => {
    const { form, mock } = await atReview();
    rejectOnce(mock, 'consent-missing', [
      { pointer: '/consents', code: 'consent-young-person', message: 'Missing.' },
    ]);
    button(form, 'Aanmelding versturen').click();
    await waitUntil(() => stepTitle(form) === 'Toestemming', 'did not go to the consent step');
    expect(inlineErrors(form)).to.deep.equal(['De toestemming van de jongere ontbreekt.']);
  });

  it('a refusal that a retry cannot fix keeps the answers and says whom to contact', async () => {
    const { form, mock } = await atReview();
    mock.scenarios.failRoute({ method: 'POST', path: '/v1/referrals', status: 401 });
    button(form, 'Aanmelding versturen').click();
    await waitUntil(() => root(form).textContent?.includes('Neem contact op met de beheerder'));
    expect(stepTitle(form)).to.equal('Controleer je aanmelding');
    expect(root(form).querySelector('[part~="review"]')?.textContent).to.include(typed.name);
    expect(mock.store.referrals).to.have.length(0);
  });
});
