package org.crm.enlace.directory.ui;

import org.crm.enlace.model.ContactPoint;

/** A contact as a few lines of text, for the user comparing two versions. Shown on screen only, never logged. */
final class ContactText {

	private ContactText() {
	}

	static String of(ContactPoint c) {
		return String.join("\n", c.getFullName() + " — " + c.getTitle(), String.valueOf(c.getAgency()),
				c.getEmail() + "  " + String.join(", ", c.getPhones()),
				c.getValidFrom() + " → " + c.getValidTo() + "  ✓ " + c.getLastVerifiedOn());
	}
}
