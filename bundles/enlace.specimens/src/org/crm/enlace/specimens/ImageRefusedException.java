package org.crm.enlace.specimens;

/** An image {@link ImageImport} will not store, with a message for the user that says why; nothing was stored. */
public final class ImageRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ImageRefusedException(String message) {
		super(message);
	}

	public ImageRefusedException(String message, Throwable cause) {
		super(message, cause);
	}
}
