package org.crm.enlace.training;

/**
 * A certificate was asked for someone who did not complete the session. The message says why in the user's
 * language and names the session, never the person.
 */
public final class CertificateRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** Why no certificate: each has a text {@code certificate.refused.<name>}. */
	public enum Reason {
		NOT_ENROLLED, NOT_ATTENDED, NOT_COMPLETED
	}

	private final Reason reason;

	CertificateRefusedException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
