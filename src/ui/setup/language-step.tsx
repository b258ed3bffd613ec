// Step 1: the language, chosen with two big buttons each written in its own language.
import { useServices } from '../services-context';
import { stringsFor, type Language } from '../i18n';

export function LanguageStep({ onNext }: { onNext: () => void }) {
  const services = useServices();
  const current = services.settings.current.value.language;
  const choose = async (language: Language) => {
    await services.settings.save({ language });
    onNext();
  };
  return (
    <section class="setup__step" aria-labelledby="setup-step-title">
      <h2 id="setup-step-title">
        {/* Both languages: nobody has chosen one yet. */}
        <span lang="vi">{stringsFor('vi').setup.languageTitle}</span> /{' '}
        <span lang="en">{stringsFor('en').setup.languageTitle}</span>
      </h2>
      <div class="setup__choices">
        {(['vi', 'en'] as const).map((language) => (
          <button
            key={language}
            type="button"
            lang={language}
            class={`setup__choice ${current === language ? 'is-current' : ''}`}
            aria-pressed={current === language}
            onClick={() => void choose(language)}
          >
            {language === 'vi' ? 'Tiếng Việt' : 'English'}
          </button>
        ))}
      </div>
    </section>
  );
}
