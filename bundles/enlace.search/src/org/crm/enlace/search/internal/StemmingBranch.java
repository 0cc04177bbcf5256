package org.crm.enlace.search.internal;

import java.util.function.Function;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;

/** Applies a stemming chain to the tokens {@link TwinTokenFilter} made: the originals, or their twins. */
final class StemmingBranch extends ConditionalTokenFilter {

	private final FlagsAttribute flags = addAttribute(FlagsAttribute.class);
	private final boolean twins;

	StemmingBranch(TokenStream input, boolean twins, Function<TokenStream, TokenStream> chain) {
		super(input, chain);
		this.twins = twins;
	}

	@Override
	protected boolean shouldFilter() {
		return ((flags.getFlags() & TwinTokenFilter.TWIN) != 0) == twins;
	}
}
