package org.crm.enlace.linkage;

/**
 * What a node shares of a person in the privacy-preserving mode: the id, the country that owns the record when
 * known (else null), a 1,024-bit Bloom filter of the identifying fields (a cryptographic long-term key, CLK), the
 * keyed hashes of its blocking keys and of its document numbers ({@link EncodedPersonsJsonLines} writes them). Nothing here can be read back without the network's secret but by a frequency attack
 * (docs/linkage.md).
 */
public record EncodedPerson(String id, String owner, long[] bits, long[] blockingKeys, long[] documents) {

	/** The same encoding with the owner's country. */
	public EncodedPerson withOwner(String country) {
		return new EncodedPerson(id, country, bits, blockingKeys, documents);
	}

	/** The Dice coefficient of two filters: 2 |A and B| / (|A| + |B|). */
	public static double dice(long[] a, long[] b) {
		int both = 0;
		int count = 0;
		for (int i = 0; i < a.length; i++) {
			both += Long.bitCount(a[i] & b[i]);
			count += Long.bitCount(a[i]) + Long.bitCount(b[i]);
		}
		return count == 0 ? 0 : 2.0 * both / count;
	}
}
