package org.crm.enlace.linkage;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encodes persons as cryptographic long-term keys (Schnell, Bachteler and Reiher 2009; as clkhash does): the
 * bigrams of the normalised given names and surnames, the parts of the date of birth, sex and nationality, each
 * tagged with its field, are hashed with HMAC-SHA256 keyed with the network's secret and set k bits of a 1,024-bit
 * filter by double hashing. Surnames go in as one bag of bigrams, so swapped surnames encode alike. Blocking keys
 * and document numbers are keyed hashes of the same values the plain mode uses.
 */
public final class BloomFilterEncoder {

	public static final int BITS = 1024;
	/* Bits per token: names weigh by their many bigrams, each date part and the rest by a larger k. */
	private static final int K_NAME = 10;
	private static final int K_DATE = 40;
	private static final int K_OTHER = 8;
	private static final String ALGORITHM = "HmacSHA256";
	/** What this version encodes with; "enlace-2" since a whole name in one string is split by fromFullName. */
	public static final EncodingParameters PARAMETERS = new EncodingParameters(BITS, 2,
			java.util.Map.of("givenNames", K_NAME, "surnames", K_NAME, "dateOfBirth", K_DATE, "sex", K_OTHER,
					"nationality", K_OTHER),
			"HMAC-SHA256, double hashing; blocking keys and documents HMAC-SHA256 first 64 bits", "enlace-2");
	/* What the key id is the keyed hash of: no token starts with a space, so it is never a token's hash. */
	private static final String KEY_ID_INPUT = " enlace linkage key id";
	private static final int CACHE_LIMIT = 200_000;

	private final SecretKeySpec key;
	private final ThreadLocal<Mac> macs;
	/* Tokens repeat across persons (bigrams, years): the positions of each are computed once. */
	private final Map<String, int[]> positions = new ConcurrentHashMap<>();

	public BloomFilterEncoder(byte[] secret) {
		if (secret.length < 16) {
			throw new IllegalArgumentException("the secret needs at least 16 bytes");
		}
		key = new SecretKeySpec(secret.clone(), ALGORITHM);
		macs = ThreadLocal.withInitial(this::newMac);
	}

	/**
	 * Which secret encoded: the first 8 bytes, in hex, of the keyed hash of a fixed text. It tells two secrets apart
	 * without revealing either (with a random secret of 32 bytes, guessing it from the id is out of reach).
	 */
	public String keyId() {
		return java.util.HexFormat.of().formatHex(macs.get().doFinal(KEY_ID_INPUT.getBytes(StandardCharsets.UTF_8)),
				0, 8);
	}

	public EncodedPerson encode(Person person) {
		return encode(new Profile(person));
	}

	EncodedPerson encode(Profile p) {
		long[] bits = new long[BITS / 64];
		for (String given : p.given) {
			addBigrams(bits, 'g', given);
		}
		for (String surname : p.surnames()) {
			addBigrams(bits, 's', surname);
		}
		if (p.year > 0) {
			add(bits, "y" + p.year, K_DATE);
		}
		if (p.month > 0) {
			add(bits, "m" + p.month, K_DATE);
		}
		if (p.day > 0) {
			add(bits, "d" + p.day, K_DATE);
		}
		if (p.sex != 0) {
			add(bits, "x" + p.sex, K_OTHER);
		}
		if (p.nationality != null) {
			add(bits, "n" + p.nationality, K_OTHER);
		}
		List<String> blocking = BlockingKeys.of(p);
		long[] keys = new long[blocking.size()];
		for (int i = 0; i < keys.length; i++) {
			keys[i] = keyedHash("k" + blocking.get(i));
		}
		long[] documents = new long[p.documents.length];
		for (int i = 0; i < documents.length; i++) {
			documents[i] = keyedHash("o" + p.documents[i]);
		}
		return new EncodedPerson(p.id, null, bits, keys, documents);
	}

	/* "_MARIA_" gives _M MA AR RI IA A_: the padding marks the first and last letters. */
	private void addBigrams(long[] bits, char field, String word) {
		String padded = "_" + word + "_";
		for (int i = 0; i + 2 <= padded.length(); i++) {
			add(bits, field + padded.substring(i, i + 2), K_NAME);
		}
	}

	private void add(long[] bits, String token, int k) {
		int[] set = positions.get(token);
		if (set == null) {
			set = positions(token, k);
			if (positions.size() < CACHE_LIMIT) {
				positions.put(token, set);
			}
		}
		for (int position : set) {
			bits[position >>> 6] |= 1L << (position & 63);
		}
	}

	/* Double hashing (Kirsch and Mitzenmacher): position i is h1 + i * h2 modulo the length, h1 and h2 from the HMAC. */
	private int[] positions(String token, int k) {
		ByteBuffer digest = ByteBuffer.wrap(macs.get().doFinal(token.getBytes(StandardCharsets.UTF_8)));
		long h1 = digest.getLong();
		long h2 = digest.getLong() | 1;
		int[] set = new int[k];
		for (int i = 0; i < k; i++) {
			set[i] = (int) Long.remainderUnsigned(h1 + i * h2, BITS);
		}
		return set;
	}

	private long keyedHash(String value) {
		return ByteBuffer.wrap(macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8))).getLong();
	}

	private Mac newMac() {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			return mac;
		} catch (NoSuchAlgorithmException | InvalidKeyException e) {
			throw new IllegalStateException(e);
		}
	}
}
