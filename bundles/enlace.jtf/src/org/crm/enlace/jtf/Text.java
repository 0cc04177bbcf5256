package org.crm.enlace.jtf;

/** What the validators ask of a text field. */
final class Text {

	private Text() {
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
