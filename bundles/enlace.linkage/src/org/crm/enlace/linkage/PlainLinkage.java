package org.crm.enlace.linkage;

import java.util.ArrayList;
import java.util.List;

/** Linkage on the persons' names, dates, sex, nationality and documents, scored by {@link FellegiSunterModel}. */
public final class PlainLinkage extends Linkage {

	/** A total of 21 bits (FellegiSunterModel.CENTRE): docs/linkage.md shows the pairs on either side of it. */
	public static final double DEFAULT_THRESHOLD = 0.5;
	private final List<Profile> profiles = new ArrayList<>();

	PlainLinkage() {
	}

	/** Why two persons are or are not alike, field by field. */
	public static Explanation explain(Person a, Person b) {
		return FellegiSunterModel.explain(new Profile(a), new Profile(b));
	}

	@Override
	public void add(List<Person> batch) {
		profiles.addAll(batch.parallelStream().map(Profile::new).toList());
	}

	@Override
	public double defaultThreshold() {
		return DEFAULT_THRESHOLD;
	}

	@Override
	int size() {
		return profiles.size();
	}

	@Override
	String id(int index) {
		return profiles.get(index).id;
	}

	@Override
	long[] blockingKeys(int index) {
		return BlockingKeys.of(profiles.get(index)).stream().mapToLong(BlockingKeys::hash).toArray();
	}

	@Override
	double score(int i, int j) {
		return FellegiSunterModel.score(FellegiSunterModel.totalWeight(profiles.get(i), profiles.get(j)));
	}
}
