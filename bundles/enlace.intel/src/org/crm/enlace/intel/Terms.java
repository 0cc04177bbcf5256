package org.crm.enlace.intel;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.intel.model.IntelPackage;
import org.crm.enlace.intel.model.VocabularyTerm;

/** The vocabulary terms a user can see at one moment, by vocabulary and code: what reports are checked against. */
public final class Terms {

	private final Map<String, Map<String, VocabularyTerm>> byVocabulary = new LinkedHashMap<>();

	private Terms(Collection<VocabularyTerm> terms) {
		for (VocabularyTerm term : terms) {
			byVocabulary.computeIfAbsent(term.getVocabulary(), v -> new LinkedHashMap<>())
					.putIfAbsent(term.getCode(), term);
		}
	}

	public static Terms of(Collection<VocabularyTerm> terms) {
		return new Terms(terms);
	}

	/** Every term the repository's user may see (the Secretariat's and those of countries that share theirs). */
	public static Terms load(RecordRepository repository) {
		return new Terms(repository.findAll(IntelPackage.Literals.VOCABULARY_TERM, VocabularyTerm.class));
	}

	public boolean contains(String vocabulary, String code) {
		return find(vocabulary, code).isPresent();
	}

	public Optional<VocabularyTerm> find(String vocabulary, String code) {
		return Optional.ofNullable(byVocabulary.getOrDefault(vocabulary, Map.of()).get(code));
	}

	/** The terms of one vocabulary in the order they were loaded (the store's: by id). */
	public List<VocabularyTerm> of(String vocabulary) {
		return List.copyOf(byVocabulary.getOrDefault(vocabulary, Map.of()).values());
	}

	/** The term's label in English when {@code locale} is English, Spanish otherwise; the code when unknown. */
	public String label(String vocabulary, String code, Locale locale) {
		return find(vocabulary, code).map(term -> label(term, locale)).orElse(code);
	}

	public static String label(VocabularyTerm term, Locale locale) {
		String english = term.getLabelEn();
		boolean wantsEnglish = "en".equals(locale.getLanguage()) && english != null && !english.isBlank();
		return wantsEnglish ? english : term.getLabelEs();
	}
}
