import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { demoOrganisations } from '@vangnet/api-mock';
import { Translator } from '../i18n/index.ts';
import { labelLookup } from './catalog-labels.ts';
import { emailHref, phoneHref, websiteHref } from './contact-links.ts';
import { finderCatalogs } from './messages.ts';
import { renderDetail } from './views/organisation-detail.ts';

describe('contact links', () => {
  it('links only http(s) websites', () => {
    expect(websiteHref('https://educe.example.org')).to.equal('https://educe.example.org/');
    expect(websiteHref('http://educe.example.org/over')).to.equal('http://educe.example.org/over');
    for (const unsafe of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '//evil.example.org',
      'https://user:secret@example.org',
      'not a url',
    ]) {
      expect(websiteHref(unsafe), unsafe).to.equal(undefined);
    }
  });

  it('builds tel: links in international form, and none for text that is no number', () => {
    expect(phoneHref('070 000 0103')).to.equal('tel:+31700000103');
    expect(phoneHref('06-00000000')).to.equal('tel:+31600000000');
    expect(phoneHref('+48 600 000 000')).to.equal('tel:+48600000000');
    expect(phoneHref('070 000 0103;ext=1')).to.equal(undefined);
    expect(phoneHref('javascript:alert(1)')).to.equal(undefined);
  });

  it('builds mailto: links only for plain addresses, so nothing can add headers or recipients', () => {
    expect(emailHref('info@educe.example.org')).to.equal('mailto:info@educe.example.org');
    for (const unsafe of [
      'info@example.org?bcc=all@example.org',
      'info@example.org&body=x',
      'a@example.org,b@example.org',
      'javascript:alert(1)//@example.org',
      'info@example.org\nBcc: x@example.org',
      'not an address',
    ]) {
      expect(emailHref(unsafe), unsafe).to.equal(undefined);
    }
  });
});

describe('detail view', () => {
  // The SDK rejects such data from the API; the view must still be safe if it ever gets it.
  it('shows a javascript: website, a header-injecting email and markup as inert text', async () => {
    // A host that is never connected: the translator speaks Dutch, the default.
    const host = Object.assign(document.createElement('div'), {
      addController() {},
      removeController() {},
      requestUpdate() {},
      updateComplete: Promise.resolve(true),
    });
    const t = new Translator(host, finderCatalogs);
    const organisation = {
      ...demoOrganisations[0]!,
      name: '<img src=x onerror=alert(1)>',
      website: 'javascript:alert(1)',
      email: 'x@example.org?bcc=all@example.org',
      phone: '<b>070</b>',
    };
    const empty = { municipality: [], theme: [], service: [], coachingForm: [], audience: [] };
    const view = document.createElement('div');
    render(
      renderDetail(organisation, {
        t,
        labels: labelLookup(empty),
        headingLevel: 2,
        referred: false,
        onBack: () => {},
        onRefer: () => {},
      }),
      view,
    );
    expect(view.querySelectorAll('a')).to.have.length(0);
    expect(view.querySelector('img, b')).to.equal(null);
    expect(view.textContent).to.include('javascript:alert(1)');
    expect(view.textContent).to.include('x@example.org?bcc=all@example.org');
    expect(view.textContent).to.include('<img src=x onerror=alert(1)>');
  });
});
