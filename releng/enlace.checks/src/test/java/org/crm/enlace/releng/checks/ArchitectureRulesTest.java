package org.crm.enlace.releng.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The shape the design card fixes, checked on every build. */
class ArchitectureRulesTest {

	/** Bundles that must run without a display: the model, services, the store, the command line, extensions. */
	private static final Set<String> HEADLESS = Set.of("enlace.model", "enlace.core", "enlace.store.derby",
			"enlace.directory", "enlace.cli", "enlace.country.gtm", "enlace.search", "enlace.records",
			"enlace.entry.model", "enlace.entry", "enlace.geo", "enlace.procedures.model", "enlace.procedures",
			"enlace.compliance.model", "enlace.compliance", "enlace.intel.model", "enlace.intel",
			"enlace.mrz", "enlace.specimens.model", "enlace.specimens", "enlace.exchange", "enlace.linkage",
			"enlace.cotravel.model", "enlace.cotravel", "enlace.packages",
			"enlace.campaigns.model", "enlace.campaigns", "enlace.jtf.model", "enlace.jtf",
			"enlace.training.model", "enlace.training", "enlace.plan.model", "enlace.plan");
	/** UI bundles that only offer widgets to work areas' parts, like enlace.ui (which the pattern below misses). */
	private static final Set<String> WIDGET_LIBRARIES = Set.of("enlace.geo.ui");
	private static final Pattern COMPATIBILITY_LAYER = Pattern.compile("(?m)[\\s,:]org\\.eclipse\\.ui(\\.workbench)?[;,\\s]");
	private static final Pattern DATABASE = Pattern.compile("(?m)^import (java\\.sql|javax\\.sql|org\\.apache\\.derby)\\.");
	private static final Pattern SWT = Pattern.compile("(?m)^import org\\.eclipse\\.(swt|jface)\\.");

	@Test
	void noBundleUsesTheEclipse3CompatibilityLayer() {
		List<String> offenders = SourceTree.bundles().stream()
				.filter(b -> COMPATIBILITY_LAYER.matcher(SourceTree.read(b.resolve("META-INF/MANIFEST.MF")) + "\n").find())
				.map(SourceTree::name)
				.toList();
		assertEquals(List.of(), offenders, "pure E4: no org.eclipse.ui / org.eclipse.ui.workbench");
	}

	@Test
	void onlyTheStoreTouchesJdbcOrDerby() {
		List<String> offenders = SourceTree.files("bundles", p -> p.toString().endsWith(".java")).stream()
				.filter(p -> !SourceTree.name(p).startsWith("bundles/enlace.store.derby"))
				.filter(p -> DATABASE.matcher(SourceTree.read(p)).find())
				.map(SourceTree::name)
				.toList();
		assertEquals(List.of(), offenders, "Derby is retired upstream: keep it behind RecordStoreFactory");
		List<String> manifests = SourceTree.bundles().stream()
				.filter(b -> !b.getFileName().toString().startsWith("enlace.store.derby"))
				.filter(b -> SourceTree.read(b.resolve("META-INF/MANIFEST.MF")).contains("org.apache.derby"))
				.map(SourceTree::name)
				.toList();
		assertEquals(List.of(), manifests);
	}

	@Test
	void headlessBundlesImportNoSwtOrJFace() {
		for (Path bundle : SourceTree.bundles()) {
			String name = bundle.getFileName().toString();
			if (!HEADLESS.contains(name)) {
				continue;
			}
			String manifest = SourceTree.read(bundle.resolve("META-INF/MANIFEST.MF"));
			assertFalse(manifest.contains("org.eclipse.swt") || manifest.contains("org.eclipse.jface"), name);
			List<String> sources = SourceTree.files("bundles/" + name, p -> p.toString().endsWith(".java")).stream()
					.filter(p -> SWT.matcher(SourceTree.read(p)).find())
					.map(SourceTree::name)
					.toList();
			assertEquals(List.of(), sources, name + " must run without a display");
		}
	}

	@Test
	void workAreaUiBundlesContributeThroughModelFragments() {
		for (Path bundle : SourceTree.bundles()) {
			String name = bundle.getFileName().toString();
			// enlace.<area>.ui is a work area's UI; widget libraries have no parts to contribute.
			if (name.matches("enlace\\.[a-z.]+\\.ui") && !WIDGET_LIBRARIES.contains(name)) {
				String manifest = SourceTree.read(bundle.resolve("META-INF/MANIFEST.MF"));
				assertFalse(!manifest.contains("Model-Fragment: fragment.e4xmi")
						|| !manifest.contains("Bundle-ActivationPolicy: lazy"),
						name + " needs Model-Fragment and lazy activation, or its fragment is silently ignored");
			}
		}
	}
}
