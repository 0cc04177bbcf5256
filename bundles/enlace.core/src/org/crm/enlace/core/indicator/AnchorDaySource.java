package org.crm.enlace.core.indicator;

import java.time.LocalDate;
import java.util.Optional;

import org.crm.enlace.core.store.RecordRepository;

/**
 * A day a work plan's timelines count from, kept by the area that records it: the plan says "within 4 months of the
 * private space's approval", the compliance board knows that day. Registered as a Declarative Services component;
 * the plan asks every one for the anchors its timelines name.
 */
public interface AnchorDaySource {

	/** The approval of the network's private space, as the compliance board records it. */
	String PRIVATE_SPACE_APPROVAL = "PRIVATE_SPACE_APPROVAL";

	/** The anchor this source knows, by the name the plan's timelines use ({@link #PRIVATE_SPACE_APPROVAL}). */
	String anchor();

	/** The day, when it has been recorded and the user may see it. */
	Optional<LocalDate> day(RecordRepository records);
}
