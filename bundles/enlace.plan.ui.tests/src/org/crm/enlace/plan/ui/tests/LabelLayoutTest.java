package org.crm.enlace.plan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.crm.enlace.plan.ui.internal.map.LabelLayout;
import org.crm.enlace.plan.ui.internal.map.LabelLayout.Placed;
import org.crm.enlace.plan.ui.internal.map.LabelLayout.Request;
import org.junit.jupiter.api.Test;

/** Labels of neighbouring small countries do not cover each other and stay on the map. */
class LabelLayoutTest {

	@Test
	void aLabelWithRoomStaysOnItsAnchor() {
		Placed alone = LabelLayout.place(List.of(new Request("MEX", 100, 100, 40, 16)), 400, 300).getFirst();
		assertEquals(80, alone.x());
		assertEquals(92, alone.y());
		assertFalse(alone.moved());
	}

	@Test
	void crowdedLabelsAreMovedApartAndEachMovedOneIsMarked() {
		List<Request> crowded = List.of(new Request("GTM", 200, 150, 50, 16), new Request("SLV", 205, 152, 50, 16),
				new Request("HND", 210, 151, 50, 16), new Request("NIC", 212, 156, 50, 16));
		List<Placed> placed = LabelLayout.place(crowded, 400, 300);
		assertEquals(4, placed.size());
		for (int i = 0; i < placed.size(); i++) {
			for (int j = i + 1; j < placed.size(); j++) {
				Placed other = placed.get(j);
				assertFalse(placed.get(i).overlaps(other), placed.get(i) + " covers " + other);
			}
		}
		assertEquals(3, placed.stream().filter(Placed::moved).count(), "the first stays, the others move");
	}

	@Test
	void labelsStayInsideTheMap() {
		List<Placed> placed = LabelLayout.place(List.of(new Request("CAN", 390, -10, 60, 16),
				new Request("PAN", 5, 299, 60, 16)), 400, 300);
		for (Placed p : placed) {
			assertTrue(p.x() >= 0 && p.x() + 60 <= 400 && p.y() >= 0 && p.y() + 16 <= 300, p.toString());
		}
	}
}
