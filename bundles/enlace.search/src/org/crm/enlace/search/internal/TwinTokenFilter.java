package org.crm.enlace.search.internal;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/** Emits every token twice at the same position, the second one flagged {@link #TWIN}, for two ways of stemming. */
final class TwinTokenFilter extends TokenFilter {

	static final int TWIN = 1 << 20;

	private final FlagsAttribute flags = addAttribute(FlagsAttribute.class);
	private final PositionIncrementAttribute positions = addAttribute(PositionIncrementAttribute.class);
	private State original;

	TwinTokenFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (original != null) {
			restoreState(original);
			original = null;
			flags.setFlags(flags.getFlags() | TWIN);
			positions.setPositionIncrement(0);
			return true;
		}
		if (!input.incrementToken()) {
			return false;
		}
		original = captureState();
		return true;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		original = null;
	}
}
