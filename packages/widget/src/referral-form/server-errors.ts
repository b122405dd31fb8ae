import type { FieldIssue, ReferralInput } from '@vangnet/sdk';
import type { ServerFieldError } from '../kit/index.ts';
import { consentKey } from './referral-rules.ts';

/**
 * The API's field errors (422) as the form's own field keys, so each lands on the input a person
 * can change. The API points into the body it received; the form's fields differ in three places:
 * - consent declarations are an array in the body and per person in the form (`consents/1/date`
 *   is the date field of whoever was second in the body);
 * - `consent-missing` points at the whole `consents` list, with the person in its code;
 * - a parent contact missing altogether, or one reason of the list, belong to one field.
 */
export function serverFieldErrors(
  issues: readonly FieldIssue[],
  sent: ReferralInput,
): ServerFieldError[] {
  return issues.map((issue) => ({ path: fieldPathOf(issue, sent), code: issue.code }));
}

function fieldPathOf(issue: FieldIssue, sent: ReferralInput): readonly string[] {
  const [first, second, ...rest] = issue.path.map(String);
  if (first === 'consents') {
    const missing = /^consent-(young-person|parent)$/.exec(issue.code)?.[1];
    if (missing === 'young-person' || missing === 'parent') {
      return consentKey(missing, 'obtained').split('.');
    }
    const party = sent.consents[Number(second)]?.party;
    if (party === undefined) return ['consent'];
    const field = rest[0] === 'method' || rest[0] === 'date' ? rest[0] : 'obtained';
    return consentKey(party, field).split('.');
  }
  if (first === 'parent' && second === undefined) return ['parent', 'name'];
  if (first === 'supportNeed' && second === 'reasons') return ['supportNeed', 'reasons'];
  return [first, second].filter((segment) => segment !== undefined);
}
