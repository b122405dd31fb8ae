import { expect } from '@open-wc/testing';
import {
  isManageFragment,
  manageLinkFor,
  parseManageFragment,
  takeManageCredentials,
} from './manage-link.ts';

describe('manage link', () => {
  it('puts reference and token in the fragment of the page’s own address', () => {
    const link = manageLinkFor('https://www.example.org/jongeren?x=1#top', {
      reference: 'VN-A-7K3M9Q',
      token: 'abc_DEF-123',
    });
    expect(link).to.equal('https://www.example.org/jongeren?x=1#beheer=VN-A-7K3M9Q.abc_DEF-123');
    expect(new URL(link).search).to.equal('?x=1');
  });

  it('reads reference and token back, and nothing from other fragments', () => {
    expect(parseManageFragment('#beheer=VN-A-7K3M9Q.abc_DEF-123')).to.deep.equal({
      reference: 'VN-A-7K3M9Q',
      token: 'abc_DEF-123',
    });
    expect(parseManageFragment('#top')).to.equal(undefined);
    expect(parseManageFragment('#beheer=no-token')).to.equal(undefined);
    expect(isManageFragment('#beheer=no-token')).to.equal(true);
    expect(isManageFragment('#top')).to.equal(false);
  });

  it('removes the link from the address bar with replaceState, keeping path and query', () => {
    const calls: string[] = [];
    const fake = {
      location: {
        hash: '#beheer=VN-A-7K3M9Q.secret',
        href: 'https://example.org/a?b=1#beheer=VN-A-7K3M9Q.secret',
      },
      history: {
        state: null,
        replaceState: (_state: unknown, _title: string, url: string) => calls.push(url),
      },
    } as unknown as Window;
    expect(takeManageCredentials(fake)).to.deep.equal({
      reference: 'VN-A-7K3M9Q',
      token: 'secret',
    });
    expect(calls).to.deep.equal(['https://example.org/a?b=1']);
  });

  it('leaves other fragments alone', () => {
    const calls: string[] = [];
    const fake = {
      location: { hash: '#contact', href: 'https://example.org/#contact' },
      history: {
        state: null,
        replaceState: (_s: unknown, _t: string, url: string) => calls.push(url),
      },
    } as unknown as Window;
    expect(takeManageCredentials(fake)).to.equal(undefined);
    expect(calls).to.deep.equal([]);
  });
});
