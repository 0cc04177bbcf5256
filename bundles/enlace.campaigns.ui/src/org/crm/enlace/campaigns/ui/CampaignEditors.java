package org.crm.enlace.campaigns.ui;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

import org.crm.enlace.campaigns.model.VictimStatistics;
import org.crm.enlace.campaigns.statistics.VictimStatisticsRecords;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.ui.EditorPlacement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/**
 * Opens this area's editors beside the campaigns part: the regional project, a national adaptation (stored, or new
 * for a project) and victim statistics (stored, or new for the user's country).
 */
public final class CampaignEditors {

	public static final String ADAPTATION = "enlace.campaigns.ui.partdescriptor.adaptationEditor";
	public static final String STATISTICS = "enlace.campaigns.ui.partdescriptor.statisticsEditor";
	public static final String PROJECT = "enlace.campaigns.ui.partdescriptor.projectEditor";
	/** Transient data of an editor part: the record it edits; none for a new record. */
	public static final String RECORD_ID = "enlace.campaigns.record.id";
	/** Transient data of a new adaptation's editor: the project it adapts. */
	public static final String PROJECT_ID = "enlace.campaigns.project.id";

	private CampaignEditors() {
	}

	/** @param data the editor's transient data: {@link #RECORD_ID} or {@link #PROJECT_ID} */
	public static MPart open(EPartService parts, MPart beside, String descriptor, Map<String, String> data) {
		MPart editor = parts.createPart(descriptor);
		editor.getTransientData().putAll(data);
		return parts.showPart(EditorPlacement.addBeside(beside, editor), PartState.ACTIVATE);
	}

	/** The statistics of {@code country} whose period ends last; empty when it reported none. */
	public static Optional<VictimStatistics> latestStatistics(RecordRepository records, String country) {
		return VictimStatisticsRecords.all(records).stream().filter(s -> country.equals(s.getCountry()))
				.max(Comparator.comparing(VictimStatistics::getPeriodEnd,
						Comparator.nullsFirst(Comparator.naturalOrder())));
	}
}
