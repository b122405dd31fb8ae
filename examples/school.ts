// The school page loads only the two components it shows: a bundler (or the dev server) resolves
// these bare specifiers, and a page without the booking form never downloads it.
import '@vangnet/widget/provider';
import '@vangnet/widget/organisation-finder';
import '@vangnet/widget/referral-form';
