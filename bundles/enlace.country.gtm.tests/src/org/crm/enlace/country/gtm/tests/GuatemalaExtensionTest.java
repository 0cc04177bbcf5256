package org.crm.enlace.country.gtm.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.crm.enlace.cli.Cli;
import org.crm.enlace.core.account.Credentials;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.seed.DemoAccounts;
import org.crm.enlace.core.seed.DemoDataContributor;
import org.crm.enlace.core.seed.ReferenceDataContributor;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.store.StoreStartup;
import org.crm.enlace.core.store.StoreStartup.DemoLoading;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.country.gtm.internal.ChildAlertColumn;
import org.crm.enlace.directory.Directory;
import org.crm.enlace.directory.DirectoryColumn;
import org.crm.enlace.directory.DirectoryColumns;
import org.crm.enlace.directory.DirectoryRow;
import org.crm.enlace.model.EnlacePackage;
import org.crm.enlace.model.Organization;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The member-state extension mechanism, with Guatemala's bundle as the example: its column and agencies appear while
 * the bundle is active, and the directory and the command line keep working when it is gone.
 */
class GuatemalaExtensionTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));

	@TempDir
	Path data;

	@AfterEach
	void restartGuatemala() throws Exception {
		guatemala().start();
	}

	@Test
	void whilePresentTheBundleAddsItsColumnAndItsAgencies() throws Exception {
		guatemala().start();
		assertTrue(columnIds().contains(ChildAlertColumn.ID), columnIds().toString());
		try (RecordStore store = open()) {
			List<Organization> agencies = store.findAll(EnlacePackage.Literals.ORGANIZATION, Organization.class);
			assertTrue(agencies.stream().anyMatch(o -> "IGM".equals(o.getAcronym()) && "GTM".equals(o.getCountry())));
			assertTrue(agencies.stream().allMatch(o -> o.getReleasability() == Releasability.NETWORK
					&& o.getTlp() == Tlp.CLEAR), "public reference data, released to the whole network");
			DirectoryColumn column = Services.all(DirectoryColumns.class).get(0).columns().stream()
					.filter(c -> c.id().equals(ChildAlertColumn.ID)).findFirst().orElseThrow();
			DirectoryRow gtm = Directory.rows(store, CLOCK.today()).stream()
					.filter(r -> r.country().getCode().equals("GTM")).findFirst().orElseThrow();
			assertTrue(column.value(gtm, Locale.forLanguageTag("es")).contains("Alba-Keneth"));
			assertEquals("Alerta nacional de niñez desaparecida", column.header(Locale.forLanguageTag("es")));
			assertEquals("National missing-child alert", column.header(Locale.ENGLISH));
		}
		String json = cli("contacts", "list", "--format", "json", "--data", data.toString());
		assertTrue(json.contains("\"" + ChildAlertColumn.ID + "\""), json);
	}

	@Test
	void withoutTheBundleTheDirectoryAndCommandLineStillWork() throws Exception {
		guatemala().stop();
		assertTrue(!columnIds().contains(ChildAlertColumn.ID), columnIds().toString());
		try (RecordStore store = open()) {
			assertEquals(0, store.count(EnlacePackage.Literals.ORGANIZATION), "no agencies without the bundle");
			assertEquals(16, Directory.rows(store, CLOCK.today()).size());
		}
		String json = cli("contacts", "list", "--format", "json", "--data", data.toString());
		assertTrue(!json.contains(ChildAlertColumn.ID) && json.contains("\"GTM\""), json);
	}

	/* Logged in as the demo data set's Guatemalan liaison officer; a new folder gets the demo data. */
	private RecordStore open() {
		RecordStoreFactory factory = Services.await(RecordStoreFactory.class, 10_000).orElseThrow();
		try (Credentials credentials = new Credentials("gtm.liaison", DemoAccounts.PASSWORD.toCharArray())) {
			return StoreStartup.login(factory, data, credentials, CLOCK, DemoLoading.INTO_NEW_STORE,
					Services.all(ReferenceDataContributor.class), Services.all(DemoDataContributor.class)).store();
		}
	}

	private static List<String> columnIds() {
		return Services.all(DirectoryColumns.class).get(0).columns().stream().map(DirectoryColumn::id).toList();
	}

	private static Bundle guatemala() {
		for (Bundle bundle : FrameworkUtil.getBundle(GuatemalaExtensionTest.class).getBundleContext().getBundles()) {
			if (bundle.getSymbolicName().equals("enlace.country.gtm")) {
				return bundle;
			}
		}
		throw new AssertionError("enlace.country.gtm is not installed");
	}

	private static String cli(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), CLOCK,
				Map.of("ENLACE_USER", "gtm.liaison", "ENLACE_PASSWORD", DemoAccounts.PASSWORD));
		assertEquals(Cli.OK, code);
		return out.toString(StandardCharsets.UTF_8);
	}
}
