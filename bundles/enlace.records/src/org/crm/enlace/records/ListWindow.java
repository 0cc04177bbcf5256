package org.crm.enlace.records;

/**
 * The rows a windowed list shows: {@code visible} rows from {@code top}, of {@code range} rows it can scroll over.
 * Immutable; every move returns a new window kept inside the range.
 */
public record ListWindow(int top, int visible, int range) {

	/** What a key does to the selection. */
	public enum Move {
		LINE_UP, LINE_DOWN, PAGE_UP, PAGE_DOWN, FIRST, LAST
	}

	public ListWindow {
		visible = Math.max(1, visible);
		range = Math.max(0, range);
		top = Math.clamp(top, 0, Math.max(0, range - visible));
	}

	/** The highest top: the last rows fill the window. */
	public int lastTop() {
		return Math.max(0, range - visible);
	}

	public ListWindow scrolledTo(int newTop) {
		return new ListWindow(newTop, visible, range);
	}

	/** Down by {@code rows} (up when negative): a line, a wheel's notch, a page. */
	public ListWindow scrolledBy(int rows) {
		return scrolledTo((int) Math.clamp((long) top + rows, 0, Integer.MAX_VALUE));
	}

	public ListWindow resized(int newVisible, int newRange) {
		return new ListWindow(top, newVisible, newRange);
	}

	/** The window that shows row {@code index}, moving as little as it can. */
	public ListWindow revealing(int index) {
		if (index < top) {
			return scrolledTo(index);
		}
		if (index >= top + visible) {
			return scrolledTo(index - visible + 1);
		}
		return this;
	}

	public boolean shows(int index) {
		return index >= top && index < top + visible;
	}

	/**
	 * The row a key selects among {@code rows} (those known: the range may reach past them while a list is
	 * counted), from the one selected ({@code -1} for none: then the first shown); a page is a window less one row,
	 * so a row stays in sight. {@code -1} when there is no row.
	 */
	public int moved(Move move, int selected, int rows) {
		if (rows <= 0) {
			return -1;
		}
		int from = selected < 0 ? top : selected;
		int page = Math.max(1, visible - 1);
		long target = switch (move) {
		case LINE_UP -> selected < 0 ? from : (long) from - 1;
		case LINE_DOWN -> selected < 0 ? from : (long) from + 1;
		case PAGE_UP -> (long) from - page;
		case PAGE_DOWN -> (long) from + page;
		case FIRST -> 0;
		case LAST -> rows - 1;
		};
		return (int) Math.clamp(target, 0, rows - 1);
	}
}
