-- Messages of staff actions: the referrer's notice of a status change is written in the language
-- the referral was sent in (the Accept-Language of that request, as the young person's are).
alter table referrals
  add column language text not null default 'nl' check (language in ('nl', 'en'));
