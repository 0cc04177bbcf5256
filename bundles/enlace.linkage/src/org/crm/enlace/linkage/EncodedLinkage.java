package org.crm.enlace.linkage;

import java.util.ArrayList;
import java.util.List;

/**
 * Linkage on Bloom-filter encodings only: blocks are runs of equal keyed blocking hashes, the score is the Dice
 * coefficient of the filters, raised halfway to 1 when a keyed document number agrees.
 */
public final class EncodedLinkage extends Linkage {

	/** The Dice coefficient that separated best the generated data (docs/linkage.md). */
	public static final double DEFAULT_THRESHOLD = 0.83;
	private final BloomFilterEncoder encoder;
	private final List<EncodedPerson> persons = new ArrayList<>();

	EncodedLinkage(BloomFilterEncoder encoder) {
		this.encoder = encoder;
	}

	@Override
	public void add(List<Person> batch) {
		persons.addAll(batch.parallelStream().map(encoder::encode).toList());
	}

	/** Adds persons another node encoded with the same secret. */
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
	double score(int i, int j) {
		EncodedPerson a = persons.get(i);
		EncodedPerson b = persons.get(j);
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
