package org.crm.enlace.mrz;

/**
 * The machine readable zones of ICAO Doc 9303: the three travel-document sizes (Parts 4 to 6) and the two visa sizes
 * (Part 7). A zone is told apart by its number of lines and their length; the two sizes that share a shape with a
 * visa (TD3 and MRV-A, TD2 and MRV-B) by the document code, which starts with {@code V} on a visa.
 */
public enum MrzFormat {

	TD1(3, 30), TD2(2, 36), TD3(2, 44), MRVA(2, 44), MRVB(2, 36);

	private final int lines;
	private final int length;

	MrzFormat(int lines, int length) {
		this.lines = lines;
		this.length = length;
	}

	public int lines() {
		return lines;
	}

	public int length() {
		return length;
	}

	public boolean isVisa() {
		return this == MRVA || this == MRVB;
	}
}
