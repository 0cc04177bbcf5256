package org.crm.enlace.store.derby.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain of the audit log. Each entry's hash is
 * <pre>
 * HASH(n) = lowercase hex of SHA-256( UTF-8( HASH(n-1) + "\n" + canonical(n) ) ),   HASH(0) = 64 zeros
 * </pre>
 * where {@code canonical} is {@value #FORMAT} followed by the entry's fields as AUDIT_LOG stores them, in this
 * order: SEQ, LOGGED_AT, USER_NAME, ORGANIZATION, ROLE, ACTION, RECORD_ID, RECORD_VERSION, DETAIL. Each field is written as
 * {@code <length>:<text>;} (length in UTF-16 characters, so no value can pass for another), SQL NULL as {@code ~;}.
 * SEQ and RECORD_VERSION are decimal, LOGGED_AT is {@link java.time.Instant#toString()} (ISO-8601 in UTC), ACTION its name.
 * Verification recomputes the same from the stored text of each column, so any change of any column, a removed or
 * inserted entry, or a changed hash breaks the chain at that entry (or at the next one, when someone also rewrote
 * that entry's hash).
 */
final class AuditChain {

	static final String FORMAT = "enlace-audit/1";
	static final String GENESIS = "0".repeat(64);

	private AuditChain() {
	}

	/** The fields of one entry as stored; {@code null} for SQL NULL. */
	record Fields(long sequence, String at, String userName, String organization, String role, String action,
			String recordId, Integer recordVersion, String detail) {
	}

	static String canonical(Fields fields) {
		StringBuilder text = new StringBuilder(FORMAT).append('\n');
		field(text, Long.toString(fields.sequence()));
		field(text, fields.at());
		field(text, fields.userName());
		field(text, fields.organization());
		field(text, fields.role());
		field(text, fields.action());
		field(text, fields.recordId());
		field(text, fields.recordVersion() == null ? null : Integer.toString(fields.recordVersion()));
		field(text, fields.detail());
		return text.toString();
	}

	private static void field(StringBuilder text, String value) {
		if (value == null) {
			text.append("~;");
		} else {
			text.append(value.length()).append(':').append(value).append(';');
		}
	}

	static String hash(String previousHash, Fields fields) {
		MessageDigest sha256;
		try {
			sha256 = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			// Every Java platform must provide SHA-256.
			throw new IllegalStateException(e);
		}
		byte[] digest = sha256.digest((previousHash + '\n' + canonical(fields)).getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(digest);
	}
}
