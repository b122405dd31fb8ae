import { expect } from '@open-wc/testing';
import { captureConsole } from '../core/testing/test-support.ts';
import { renderBookingForm, heading } from './booking-fixture.ts';

const path = (url: string) => {
  const { pathname, search } = new URL(url);
  return pathname.replace(/^\/api/, '') + search;
};

describe('vangnet-booking-form: loading', () => {
  it('asks for the locations beside the catalog, not after it', async () => {
    const steps: string[] = [];
    let locationsAsked = () => {};
    const asked = new Promise<void>((resolve) => (locationsAsked = resolve));
    const { form } = await renderBookingForm({
      hold: async (request) => {
        const url = path(request.url);
        steps.push(`asked ${url}`);
        if (url.startsWith('/v1/locations')) locationsAsked();
        if (url === '/v1/catalog') {
          // The catalog answers only once the locations are asked for, or after a second: a form
          // that waits for the catalog first asks for them only after it answered.
          await Promise.race([asked, new Promise((resolve) => setTimeout(resolve, 1000))]);
          steps.push('catalog answered');
        }
      },
    });
    expect(steps.slice(0, 3)).to.deep.equal([
      'asked /v1/catalog',
      'asked /v1/locations?municipality=den-haag',
      'catalog answered',
    ]);
    expect(heading(form)).to.contain('Stap 1 van');
  });

  it('asks for all locations once the catalog knows no such municipality', async () => {
    const { form, requests } = await renderBookingForm({
      attributes: { municipality: 'atlantis' },
    });
    const locations = requests
      .map((request) => path(request.url))
      .filter((url) => url.startsWith('/v1/locations'));
    expect(locations).to.deep.equal(['/v1/locations?municipality=atlantis', '/v1/locations']);
    expect(heading(form)).to.contain('Stap 1 van');
  });

  it('asks once when the catalog confirms the municipality', async () => {
    const { requests } = await renderBookingForm();
    const locations = requests
      .map((request) => path(request.url))
      .filter((url) => url.startsWith('/v1/locations'));
    expect(locations).to.deep.equal(['/v1/locations?municipality=den-haag']);
  });

  it('given a client, needs no api or partner-key: nothing logged, no configuration event', async () => {
    const console = captureConsole();
    try {
      const { form, events } = await renderBookingForm();
      expect(heading(form)).to.contain('Stap 1 van');
      expect(console.errors).to.deep.equal([]);
      expect(events.filter((event) => event.type === 'vangnet-error')).to.deep.equal([]);
    } finally {
      console.restore();
    }
  });
});
