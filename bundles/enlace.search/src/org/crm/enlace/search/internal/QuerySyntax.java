package org.crm.enlace.search.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.crm.enlace.search.SearchException;

/**
 * The user's search syntax: Lucene's classic query syntax over the text of records, all words required unless joined
 * by OR. Errors become messages that say where and what is wrong without quoting the query, which may hold a
 * person's name; Lucene's own messages quote it, so they are never passed on, not even as a cause.
 */
final class QuerySyntax {

	/** TokenMgrError's message is the only place the lexer gives its column ("... line 1, column 11."). */
	private static final Pattern LEXICAL_COLUMN = Pattern.compile("column (\\d+)");

	private QuerySyntax() {
	}

	static Query parse(String query, Analyzer analyzer) {
		QueryParser parser = new TextOnlyQueryParser(analyzer);
		parser.setDefaultOperator(QueryParser.Operator.AND);
		parser.setAllowLeadingWildcard(false);
		try {
			return parser.parse(query);
		} catch (ParseException e) {
			throw syntaxError(e.getCause(), query);
		} catch (IndexSearcher.TooManyClauses e) {
			throw error("search.error.SYNTAX.TOO_COMPLEX");
		} catch (RuntimeException e) {
			// A malformed regular expression or fuzzy term fails outside the grammar, without a position.
			throw error("search.error.SYNTAX.OTHER");
		}
	}

	/** The index of a quote that opens a phrase never closed, or -1; a quote after a backslash is a character. */
	private static int unclosedQuote(String query) {
		int open = -1;
		for (int i = 0; i < query.length(); i++) {
			char c = query.charAt(i);
			if (c == '\\') {
				i++;
			} else if (c == '"') {
				open = open < 0 ? i : -1;
			}
		}
		return open;
	}

	static SearchException tooComplex() {
		return error("search.error.SYNTAX.TOO_COMPLEX");
	}

	private static SearchException syntaxError(Throwable cause, String query) {
		if (cause instanceof ParseException grammar && grammar.currentToken != null) {
			Token found = grammar.currentToken.next;
			if (found == null || found.kind == QueryParserConstants.EOF) {
				return error("search.error.SYNTAX.END");
			}
			// The grammar counts columns from 0; people count characters from 1.
			return error("search.error.SYNTAX.UNEXPECTED", found.beginColumn + 1);
		}
		if (cause instanceof TokenMgrError lexical) {
			int openQuote = unclosedQuote(query);
			if (openQuote >= 0) {
				// The lexer stops at the end of the text; the quote that was never closed is what to point at.
				return error("search.error.SYNTAX.CHARACTER", openQuote + 1);
			}
			Matcher column = LEXICAL_COLUMN.matcher(String.valueOf(lexical.getMessage()));
			return column.find() ? error("search.error.SYNTAX.CHARACTER", Integer.valueOf(column.group(1)))
					: error("search.error.SYNTAX.OTHER");
		}
		if (cause instanceof IndexSearcher.TooManyClauses) {
			return tooComplex();
		}
		if (cause instanceof ParseException rule && String.valueOf(rule.getMessage()).contains("first character")) {
			return error("search.error.SYNTAX.LEADING_WILDCARD");
		}
		return error("search.error.SYNTAX.OTHER");
	}

	private static SearchException error(String key, Object... arguments) {
		return new SearchException(SearchException.Reason.SYNTAX, Messages.format(key, arguments));
	}

	/**
	 * Searches the text only, whatever field a query names: "Ref: 12" then looks for "12" instead of silently finding
	 * nothing in a field "Ref", and the filter fields (owner, visibility labels) cannot be probed from a query.
	 */
	private static final class TextOnlyQueryParser extends QueryParser {

		TextOnlyQueryParser(Analyzer analyzer) {
			super(IndexFields.TEXT, analyzer);
		}

		@Override
		protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
			return super.getFieldQuery(IndexFields.TEXT, queryText, quoted);
		}

		@Override
		protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
			return super.getFieldQuery(IndexFields.TEXT, queryText, slop);
		}

		@Override
		protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
				boolean endInclusive) throws ParseException {
			return super.getRangeQuery(IndexFields.TEXT, part1, part2, startInclusive, endInclusive);
		}

		@Override
		protected Query getWildcardQuery(String field, String termText) throws ParseException {
			return super.getWildcardQuery(IndexFields.TEXT, termText);
		}

		@Override
		protected Query getRegexpQuery(String field, String termText) throws ParseException {
			return super.getRegexpQuery(IndexFields.TEXT, termText);
		}

		@Override
		protected Query getPrefixQuery(String field, String termText) throws ParseException {
			return super.getPrefixQuery(IndexFields.TEXT, termText);
		}

		@Override
		protected Query getFuzzyQuery(String field, String termText, float minSimilarity) throws ParseException {
			return super.getFuzzyQuery(IndexFields.TEXT, termText, minSimilarity);
		}
	}
}
