// The Jongerenpunt page: the booking form, and a language switch. The switch only sets the page's
// `lang`; the form follows it by itself and keeps what was typed. The page's own texts are
// switched here (a real site would have an English page or its CMS's translations).
import '@vangnet/widget/booking-form';

const english: Record<string, string> = {
  banner: 'an example page.',
  back: 'All example pages',
  title: 'Want to talk about school?',
  intro:
    'No diploma, or doubts about your course? Plan a talk at Jongerenpunt070, in your neighbourhood, or call or video-call a case manager. Free, and you may bring someone along.',
  walkin: 'You can also just walk in: see the walk-in hours in the form.',
};

const dutch = new Map<HTMLElement, string>();
for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
  dutch.set(element, element.textContent ?? '');
}

function setLanguage(language: 'nl' | 'en'): void {
  document.documentElement.lang = language;
  for (const [element, text] of dutch) {
    element.textContent =
      language === 'en' ? (english[element.dataset['text'] ?? ''] ?? text) : text;
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-language]')) {
    button.setAttribute('aria-pressed', String(button.dataset['language'] === language));
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-language]')) {
  button.addEventListener('click', () =>
    setLanguage(button.dataset['language'] === 'en' ? 'en' : 'nl'),
  );
}
