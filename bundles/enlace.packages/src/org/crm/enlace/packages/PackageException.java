package org.crm.enlace.packages;

import java.util.Locale;

import org.crm.enlace.packages.internal.Messages;

/**
 * Why a key, a certificate, a trust list or a package could not be used. The message is in the user's language and
 * names files, organizations and fingerprints, never a person's data.
 */
public final class PackageException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** Each reason has the text {@code error.<reason in camel case>} in {@code messages.properties}. */
	public enum Reason {
		NO_NODE_KEY, NODE_KEY_EXISTS, WRONG_KEY_PASSWORD, BAD_KEY_FILE, KEY_DOES_NOT_MATCH, BAD_CERTIFICATE,
		BAD_ORGANIZATION, NO_SECRETARIAT, FINGERPRINT_MISMATCH, NOT_SECRETARIAT, BAD_TRUST_LIST,
		TRUST_LIST_NOT_SIGNED_BY_SECRETARIAT, OLDER_TRUST_LIST, NO_TRUST_LIST, SHORT_PASSWORD, NOT_A_PACKAGE,
		NOT_A_RECIPIENT, BAD_ENTRY_NAME, TOO_LARGE, UNKNOWN_SENDER, BROKEN_MANIFEST_SIGNATURE, NEWER_PACKAGE_VERSION,
		ENTRIES_DO_NOT_MATCH, OTHER_ORGANIZATION;

		String key() {
			StringBuilder key = new StringBuilder("error.");
			for (String word : name().toLowerCase(Locale.ROOT).split("_")) {
				key.append(key.length() == "error.".length() ? word
						: Character.toUpperCase(word.charAt(0)) + word.substring(1));
			}
			return key.toString();
		}
	}

	private final Reason reason;

	public PackageException(Reason reason, Object... arguments) {
		super(Messages.format(reason.key(), arguments));
		this.reason = reason;
	}

	public PackageException(Reason reason, Throwable cause, Object... arguments) {
		super(Messages.format(reason.key(), arguments), cause);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
