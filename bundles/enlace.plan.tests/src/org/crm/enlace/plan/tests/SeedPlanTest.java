package org.crm.enlace.plan.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.indicator.IndicatorCodes;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.seed.ReferenceDataContributor;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.plan.Plans;
import org.crm.enlace.plan.SeedPlan;
import org.crm.enlace.plan.internal.PlanSeeding;
import org.crm.enlace.plan.model.Activity;
import org.crm.enlace.plan.model.Commitment;
import org.crm.enlace.plan.model.PlanItem;
import org.crm.enlace.plan.model.WorkArea;
import org.crm.enlace.plan.model.WorkPlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed plan as a store holds it after the first start: every line of both work areas, by code and text, in the
 * network's own words (checked against a copy of the original document) with an English reading.
 */
class SeedPlanTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T12:00:00Z"));

	@TempDir
	static Path data;
	private static WorkPlan stored;

	@BeforeAll
	static void seed() {
		try (RecordStore store = PlanStores.open(data, PlanStores.LIAISON, CLOCK)) {
			stored = Plans.find(store, SeedPlan.CODE).orElseThrow();
		}
	}

	@Test
	void theSeedIsReferenceDataOfTheSecretariatThatEveryMemberReads() {
		assertTrue(Services.all(ReferenceDataContributor.class).stream().anyMatch(PlanSeeding.class::isInstance),
				"registered as a DS component");
		assertEquals(SeedPlan.ID, stored.getId());
		assertEquals(Owners.SECRETARIAT, stored.getOwnerCountry());
		assertTrue(stored.getTitleEs().startsWith("PLAN DE TRABAJO REGIONAL"));
		assertEquals("ACTIVIDADES DE APLICACIÓN A CORTO PLAZO", stored.getScopeEs());
	}

	@Test
	void bothWorkAreasWithEveryObjectiveResultAndActivity() {
		List<String> expected = List.of(
				"IE  INTERCAMBIO DE INFORMACIÒN",
				"IE-O1 1 Facilitar el intercambio de información relativa al combate al tráfico ilícito",
				"IE-O1-R1.1 1.1 En el sitio  virtual contar con espacio que contenga información sobre nacionalidades",
				"IE-O1-R1.1-A1.1.1 1.1.1 Solicitar a la ST actualizar la información relativa a nacionalidades",
				"IE-O1-R1.2 1.2 Designar por país un punto de contacto permanente y su suplente.",
				"IE-O1-R1.3 1.3 Contar con un espacio virtual que contenga información relativa a modalidades",
				"IE-O1-R1.3-A1.3.1 1.3.1 Solicitar a la ST la creación de un espacio privado",
				"IE-O1-R1.3-A1.3.2 1.3.2 Solicitar elaborar propuesta de formato común",
				"IE-O1-R1.4 1.4 Contar con un espacio privado para el intercambio de los especimenes",
				"IE-O1-R1.4-A1.4.1 1.4.1 Realizar un intercambio de especimenes de documentos migratorios.",
				"IE-O1-R1.4-A1.4.2 1.4.2 Intercambio de los procedimientos de obtención de documentos.",
				"IE-O1-R1.3-JTF 1.3 Trabajo coordinado con el Grupo Fuerza de tarea conjunta.",
				"IE-O1-R1.3-JTF-A1.3.1 1.3.1 Establecer y/o estrechar las coordinaciones existentes",
				"FI  FORTALECIMIENTO INSTITUCIONAL PARA LA PROTECCIÓN DE VICTIMAS Y OTRAS PERSONAS VULNERABLES",
				"FI-O1 1 Capacitar a los funcionarios de las Direcciones Generales de Migración",
				"FI-O1-R1.1 1.1 Funcionarios capacitados",
				"FI-O1-R1.1-A1.1.1 1.1.1 Elaboración de una propuesta conjunta de capacitación (EUA – OIM)",
				"FI-O2 2 Realizar campañas de prevención y concientización dirigidas a víctimas. potenciales",
				"FI-O2-R1.1 1.1 Mayor concientización sobre los riesgos del tráfico y trata de personas.",
				"FI-O2-R1.1-A1.1.1 1.1.1 Actualizar el proyecto de campaña regional elaborado por la OIM",
				"FI-O2-R1.1-A1.1.2 1.1.2 Difundir a nivel regional campañas sobre  los riesgos y consecuencias");
		List<PlanItem> outline = items().stream()
				.filter(i -> i instanceof WorkArea || i instanceof Commitment || i instanceof Activity).toList();
		assertEquals(expected.size(), outline.size(), "every work area, objective, result and activity: " + keys(outline));
		for (int i = 0; i < expected.size(); i++) {
			PlanItem item = outline.get(i);
			String line = item.getKey() + " " + (item.getCode() == null ? "" : item.getCode()) + " " + item.getTextEs();
			assertTrue(line.startsWith(expected.get(i)), "expected " + expected.get(i) + "\nbut was " + line);
		}
		assertEquals(List.of("IE", "FI"), stored.getWorkAreas().stream().map(WorkArea::getKey).toList());
		assertEquals(3, stored.getWorkAreas().stream().mapToLong(a -> a.getObjectives().size()).sum());
	}

	@Test
	void theFourIndicatorsWithTheirTimelinesResponsiblesAndResources() {
		List<String> indicators = Plans.indicators(stored)
				.map(i -> ((PlanItem) i.eContainer()).getKey() + " " + i.getIndicatorCode() + " " + i.getTextEs())
				.toList();
		assertEquals(List.of(
				"IE-O1 " + IndicatorCodes.INFORMATION_AVAILABLE
						+ " Información disponible en el sitio privado de la Secretaría  Virtual.",
				"IE-O1-R1.3-JTF " + IndicatorCodes.COMMISSIONS_COORDINATED
						+ " Comisiones nacionales trabajando coordinadamente.",
				"FI-O1 " + IndicatorCodes.OFFICIALS_TRAINED + " Número de funcionarios capacitados",
				"FI-O2 " + IndicatorCodes.FEWER_VICTIMS + " Menor número de víctimas"), indicators);
		assertEquals(IndicatorCodes.SEED, Plans.indicators(stored).map(i -> i.getIndicatorCode()).toList());
		assertEquals(11, Plans.indicators(stored).findFirst().orElseThrow().getTarget().intValue());
		Map<String, String> columns = new LinkedHashMap<>();
		Plans.commitments(stored).filter(c -> !c.getTimelines().isEmpty()).forEach(c -> columns.put(c.getKey(),
				c.getTimelines().size() + "/" + c.getResponsibles().size() + "/" + c.getResources().size()));
		assertEquals(Map.of("IE-O1", "1/4/1", "IE-O1-R1.3-JTF", "1/1/0", "FI-O1", "1/3/0", "FI-O2", "1/1/1"),
				columns, "timelines/responsibles/resources");
		assertEquals(List.of("PPT", Owners.SECRETARIAT, "SV", "ALL"), commitment("IE-O1").getResponsibles().stream()
				.map(r -> r.getParty()).toList());
		assertEquals(4, commitment("IE-O1").getTimelines().getFirst().getMonthsAfter());
	}

	@Test
	void everySpanishTextIsTheNetworksOwnAndEveryLineHasAnEnglishReading() {
		String original = normalized(originalDocument());
		List<String> notInOriginal = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		for (PlanItem item : items()) {
			keys.add(item.getKey());
			if (!original.contains(normalized(item.getTextEs()))) {
				notInOriginal.add(item.getKey() + ": " + item.getTextEs());
			}
			assertFalse(item.getTextEn() == null || item.getTextEn().isBlank(), item.getKey());
		}
		assertEquals(List.of(), notInOriginal);
		assertEquals(keys.size(), keys.stream().distinct().count(), "keys are unique: " + keys);
		assertEquals(40, keys.size(), "2 areas, 3 objectives, 7 results, 9 activities, 4 indicators, 4 timelines, "
				+ "9 responsibles and 2 resource lines: " + keys);
	}

	@Test
	void resultsAndActivitiesPointToTheRecordsThatEvidenceThem() {
		assertEquals("enlace.ContactPoint", commitment("IE-O1-R1.2").getEvidence().getFirst().getRecordType());
		assertEquals("specimens.DocumentSpecimen", Plans.activity(stored, "IE-O1-R1.4-A1.4.1").orElseThrow()
				.getEvidence().getFirst().getRecordType());
	}

	private static Commitment commitment(String key) {
		return Plans.commitments(stored).filter(c -> c.getKey().equals(key)).findFirst().orElseThrow();
	}

	private static List<PlanItem> items() {
		List<PlanItem> items = new ArrayList<>();
		stored.eAllContents().forEachRemaining(o -> {
			if (o instanceof PlanItem item) {
				items.add(item);
			}
		});
		return items;
	}

	private static List<String> keys(List<PlanItem> items) {
		return items.stream().map(PlanItem::getKey).toList();
	}

	/* Whitespace collapsed, and a word the table cell split with a hyphen joined again. */
	private static String normalized(String text) {
		return text.replaceAll("-\\s*\\n\\s*", "").replaceAll("\\s+", " ");
	}

	private static String originalDocument() {
		try (InputStream in = SeedPlanTest.class.getResourceAsStream("plan-de-trabajo.es.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
