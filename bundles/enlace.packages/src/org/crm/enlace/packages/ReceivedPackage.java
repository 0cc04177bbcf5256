package org.crm.enlace.packages;

import java.util.List;

/** A package opened and checked: its manifest and each record with what checking it found. */
public record ReceivedPackage(PackageManifest manifest, List<ReceivedRecord> records) {

	public ReceivedPackage {
		records = List.copyOf(records);
	}

	public boolean allValid() {
		return records.stream().allMatch(ReceivedRecord::isValid);
	}
}
