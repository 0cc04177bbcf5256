package org.crm.enlace.records.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crm.enlace.records.ListWindow;
import org.crm.enlace.records.ListWindow.Move;
import org.junit.jupiter.api.Test;

/** The window of a list that shows 20 rows of a million: scrolling stays inside, keys move the selection. */
class ListWindowTest {

	private static final int MILLION = 1_000_000;
	private final ListWindow window = new ListWindow(500, 20, MILLION);

	@Test
	void scrollingStaysWithinTheRowsAndTheLastRowsFillTheWindow() {
		assertEquals(503, window.scrolledBy(3).top());
		assertEquals(0, window.scrolledBy(-10_000).top());
		assertEquals(MILLION - 20, window.scrolledBy(Integer.MAX_VALUE).top());
		assertEquals(MILLION - 20, window.scrolledTo(MILLION).lastTop());
		assertEquals(0, new ListWindow(7, 20, 5).top(), "fewer rows than fit: no scrolling");
		assertEquals(80, new ListWindow(500, 20, 100).top());
		assertEquals(30, window.resized(70, 100).top(), "a taller window over a shorter list");
	}

	@Test
	void revealingMovesTheWindowAsLittleAsItCan() {
		assertEquals(500, window.revealing(510).top(), "already shown");
		assertEquals(481, window.revealing(500 - 19).top());
		assertEquals(501, window.revealing(520).top(), "one row down");
		assertEquals(MILLION - 20, window.revealing(MILLION - 1).top());
		assertTrue(window.shows(519));
		assertFalse(window.shows(520));
	}

	@Test
	void keysMoveTheSelectionByALineAPageOrToEitherEnd() {
		assertEquals(511, window.moved(Move.LINE_DOWN, 510, MILLION));
		assertEquals(509, window.moved(Move.LINE_UP, 510, MILLION));
		assertEquals(529, window.moved(Move.PAGE_DOWN, 510, MILLION), "a window less one row");
		assertEquals(491, window.moved(Move.PAGE_UP, 510, MILLION));
		assertEquals(0, window.moved(Move.FIRST, 510, MILLION));
		assertEquals(MILLION - 1, window.moved(Move.LAST, 510, MILLION));
		assertEquals(0, window.moved(Move.LINE_UP, 0, MILLION), "nothing above the first");
		assertEquals(MILLION - 1, window.moved(Move.PAGE_DOWN, MILLION - 3, MILLION));
	}

	@Test
	void withoutSelectionAKeySelectsTheFirstRowShownAndWithoutRowsNothing() {
		assertEquals(500, window.moved(Move.LINE_DOWN, -1, MILLION));
		assertEquals(500, window.moved(Move.LINE_UP, -1, MILLION));
		assertEquals(-1, window.moved(Move.LAST, -1, 0));
		assertEquals(149, new ListWindow(0, 20, 170).moved(Move.LAST, 3, 150), "the last row known while counting");
	}
}
