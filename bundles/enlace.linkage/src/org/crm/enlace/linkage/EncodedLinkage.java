package org.crm.enlace.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Linkage on Bloom-filter encodings only: blocks are runs of equal keyed blocking hashes, the score is the Dice
 * coefficient of the filters, raised halfway to 1 when a keyed document number agrees.
 */
public final class EncodedLinkage extends Linkage {

	/** The Dice coefficient that separated best the generated data (docs/linkage.md). */
	public static final double DEFAULT_THRESHOLD = 0.83;
	private final BloomFilterEncoder encoder;
	private final List<EncodedPerson> persons = new ArrayList<>();

	/* Without an encoder, only persons encoded elsewhere can be added. */
	EncodedLinkage(BloomFilterEncoder encoder) {
		this.encoder = encoder;
	}

	@Override
	public void add(List<Person> batch) {
		if (encoder == null) {
			throw new IllegalStateException("no secret: only encoded persons can be added");
		}
		persons.addAll(batch.parallelStream().map(encoder::encode).toList());
	}

	/** Adds persons another node encoded with the same secret and parameters. */
	public void addEncoded(List<EncodedPerson> batch) {
		persons.addAll(batch);
	}

	@Override
	public double defaultThreshold() {
		return DEFAULT_THRESHOLD;
	}

	@Override
	int size() {
		return persons.size();
	}

	@Override
	String id(int index) {
		return persons.get(index).id();
	}

	@Override
	long[] blockingKeys(int index) {
		return persons.get(index).blockingKeys();
	}

	@Override
	IntToDoubleFunction scorer(long[] pairs) {
		return x -> score(persons.get(first(pairs[x])), persons.get(second(pairs[x])));
	}

	private static double score(EncodedPerson a, EncodedPerson b) {
		double dice = EncodedPerson.dice(a.bits(), b.bits());
		for (long x : a.documents()) {
			for (long y : b.documents()) {
				if (x == y) {
					return (1 + dice) / 2;
				}
			}
		}
		return dice;
	}
}
