package org.crm.enlace.plan.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.crm.enlace.geo.Boundaries;
import org.crm.enlace.geo.Pixel;
import org.crm.enlace.plan.ui.internal.map.MemberShapes;
import org.junit.jupiter.api.Test;

/** The members on the shipped outlines: every one in view, labels anchored on their own land, in the right order. */
class MemberShapesTest {

	private static final int WIDTH = 800;
	private static final int HEIGHT = 600;
	private static final MemberShapes SHAPES = MemberShapes.of(Boundaries.shipped(), DashboardBench.MEMBERS, WIDTH,
			HEIGHT);

	@Test
	void everyMemberHasAnOutlineAndAnAnchorOnTheMap() {
		assertEquals(DashboardBench.MEMBERS, SHAPES.countries().stream().map(MemberShapes.Country::code).toList());
		for (MemberShapes.Country country : SHAPES.countries()) {
			assertTrue(!country.outlines().isEmpty(), country.code());
			Pixel anchor = country.anchor();
			assertTrue(anchor.x() >= 0 && anchor.x() <= WIDTH && anchor.y() >= 0 && anchor.y() <= HEIGHT,
					country.code() + " " + anchor);
		}
	}

	@Test
	void eachAnchorIsOnItsOwnCountryForTheSmallOnes() {
		Boundaries boundaries = Boundaries.shipped();
		for (String code : List.of("BLZ", "CRI", "DOM", "GTM", "HND", "MEX", "NIC", "PAN", "SLV", "USA")) {
			Pixel anchor = anchors().get(code);
			double latitude = SHAPES.viewport().latitudeAt(anchor.y());
			double longitude = SHAPES.viewport().longitudeAt(anchor.x());
			assertEquals(code, boundaries.countryAt(latitude, longitude).orElse("sea"), "the label's anchor");
		}
	}

	@Test
	void theMapRunsFromPanamaUpToCanadaWithNorthOnTop() {
		Map<String, Pixel> anchors = anchors();
		assertTrue(anchors.get("PAN").y() > anchors.get("MEX").y());
		assertTrue(anchors.get("MEX").y() > anchors.get("USA").y());
		assertTrue(anchors.get("USA").y() > anchors.get("CAN").y());
		assertTrue(anchors.get("DOM").x() > anchors.get("MEX").x(), "east to the right");
		assertTrue(!SHAPES.others().isEmpty(), "Cuba, Colombia and the others drawn for context");
	}

	private static Map<String, Pixel> anchors() {
		return SHAPES.countries().stream()
				.collect(Collectors.toMap(MemberShapes.Country::code, MemberShapes.Country::anchor, (a, b) -> a));
	}
}
