package org.crm.enlace.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * One analysis for Spanish and English text, since a record mixes both and a query does not say its language:
 * standard tokenization, lower case, accents folded to ASCII ("Núñez" and "NUNEZ" meet as "nunez"), the stop words
 * of both languages, then light stemming of plurals (and of Spanish gender).
 * <p>
 * Each language's light stemmer breaks some of the other's pairs when it runs first: English first cuts "país" to
 * "pai" but "países" to "pais", and leaves "redes" apart from "red"; Spanish first turns "countries" into "countri"
 * and "cases" into "cas" but leaves "case". So every word is stemmed in both orders and both stems are indexed at the
 * same position (once when they agree): a singular and its plural meet when either order joins them.
 * <p>
 * Built from the filter classes themselves: looking filters up by name goes through Java's service loader, which
 * cannot see analysis-common's factories from lucene-core inside OSGi. The stock SpanishAnalyzer is not used because
 * it does not fold "ñ".
 */
public final class BilingualAnalyzer extends Analyzer {

	/**
	 * Stop words that are also words worth finding here: "estado(s)" (Estados Unidos, estado civil), English "sea"
	 * (maritime routes) and "son" (family ties), which the Spanish list drops as verb forms.
	 */
	private static final Set<String> KEPT = Set.of("estado", "estados", "estada", "estadas", "sea", "son");

	private static final CharArraySet STOP_WORDS = foldedStopWords();

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		StandardTokenizer source = new StandardTokenizer();
		TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
		stream = new StopFilter(stream, STOP_WORDS);
		stream = new TwinTokenFilter(stream);
		stream = new StemmingBranch(stream, false, in -> new SpanishLightStemFilter(new EnglishMinimalStemFilter(in)));
		stream = new StemmingBranch(stream, true, in -> new EnglishMinimalStemFilter(new SpanishLightStemFilter(in)));
		stream = new RemoveDuplicatesTokenFilter(stream);
		return new TokenStreamComponents(source, stream);
	}

	/** Prefix, wildcard and fuzzy terms are not analyzed, but are folded the same way ("Nuñ*" finds "Núñez"). */
	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(in));
	}

	/** A phrase does not run from one attribute's value into the next. */
	@Override
	public int getPositionIncrementGap(String fieldName) {
		return 100;
	}

	/** The terms this analysis makes of a text, in order. */
	public List<String> terms(String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = tokenStream(IndexFields.TEXT, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return terms;
	}

	private static CharArraySet foldedStopWords() {
		CharArraySet words = new CharArraySet(512, false);
		addFolded(words, SpanishAnalyzer.getDefaultStopSet());
		addFolded(words, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
		return CharArraySet.unmodifiableSet(words);
	}

	/** The lists hold "está", "él"...: fold them as the filter chain folds the text they are compared with. */
	private static void addFolded(CharArraySet target, CharArraySet source) {
		for (Object entry : source) {
			char[] word = (char[]) entry;
			char[] folded = new char[word.length * 4];
			int length = ASCIIFoldingFilter.foldToASCII(word, 0, folded, 0, word.length);
			String stopWord = new String(folded, 0, length);
			if (!KEPT.contains(stopWord)) {
				target.add(stopWord);
			}
		}
	}
}
