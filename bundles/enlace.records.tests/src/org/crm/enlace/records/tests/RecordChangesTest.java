package org.crm.enlace.records.tests;

import static org.crm.enlace.records.tests.Records.EN;
import static org.crm.enlace.records.tests.Records.ES;
import static org.crm.enlace.records.tests.Records.T2;
import static org.crm.enlace.records.tests.Records.feature;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.ContactRole;
import org.crm.enlace.model.SourceReliability;
import org.crm.enlace.model.Tlp;
import org.crm.enlace.records.AttributeChange;
import org.crm.enlace.records.RecordChanges;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

class RecordChangesTest {

	@Test
	void changedAttributesAreListedInDeclarationOrderWithOldAndNewValues() {
		ContactPoint before = Records.contact();
		ContactPoint after = Records.nextVersion(before, T2, "gtm.analyst");
		after.setTlp(Tlp.AMBER_STRICT);
		after.setSourceReliability(SourceReliability.B);
		after.setRole(ContactRole.ALTERNATE);
		after.setFullName("Persona Ficticia Dos");
		after.getPhones().add("+50255500001");
		after.setValidFrom(LocalDate.parse("2026-12-01"));
		assertEquals(List.of(
				List.of("TLP", "TLP:GREEN — la comunidad", "TLP:AMBER+STRICT — solo la organización"),
				List.of("Fiabilidad de la fuente", "", "B — generalmente fiable"),
				List.of("Función", "Permanente", "Alterno"),
				List.of("Nombre completo", "Persona Ficticia", "Persona Ficticia Dos"),
				List.of("Teléfonos", "+50255500000", "+50255500000, +50255500001"),
				List.of("Vigente desde", "", "2026-12-01")), texts(RecordChanges.between(before, after, ES)));
		assertEquals("Role", RecordChanges.between(before, after, EN).get(2).label());
	}

	@Test
	void theStoresStampsAreNotChangesAndEqualVersionsHaveNone() {
		ContactPoint before = Records.contact();
		ContactPoint after = Records.nextVersion(before, T2, "gtm.analyst");
		after.setCreatedAt(T2);
		after.setCreatedBy("otro");
		assertEquals(List.of(), RecordChanges.between(before, after, ES));
	}

	@Test
	void aManyValuedAttributeChangesWhenOnlyItsOrderOrOneValueIsRemoved() {
		ContactPoint before = Records.contact();
		before.getWorkingLanguages().addAll(List.of("es", "en"));
		ContactPoint reordered = Records.nextVersion(before, T2, "gtm.analyst");
		reordered.getWorkingLanguages().move(0, 1);
		assertEquals(List.of(List.of("Idiomas de trabajo", "es, en", "en, es")),
				texts(RecordChanges.between(before, reordered, ES)));
		ContactPoint emptied = Records.nextVersion(before, T2, "gtm.analyst");
		emptied.getWorkingLanguages().clear();
		emptied.getPhones().clear();
		assertEquals(List.of(List.of("Teléfonos", "+50255500000", ""), List.of("Idiomas de trabajo", "es, en", "")),
				texts(RecordChanges.between(before, emptied, ES)));
	}

	@Test
	void withoutAnEarlierVersionEveryValueHeldIsListed() {
		List<AttributeChange> initial = RecordChanges.between(null, Records.contact(), ES);
		List<String> labels = initial.stream().map(AttributeChange::label).toList();
		assertTrue(labels.containsAll(List.of("País propietario", "TLP", "Difusión", "Nombre completo", "Teléfonos")),
				labels.toString());
		assertTrue(initial.stream().allMatch(c -> c.oldValue().isEmpty()));
		assertTrue(!labels.contains("Versión") && !labels.contains("Modificado el")
				&& !labels.contains("Identificador"), "stamps are not listed: " + labels);
		assertTrue(!labels.contains("Autor") && !labels.contains("Vigente hasta"), "unset values are not listed");
	}

	@Test
	void recordsOfAnUnknownPackageAreComparedGenerically() {
		EObject before = EcoreUtil.create(Records.trafficRoute());
		before.eSet(feature(before, "nameEs"), "Ruta ficticia");
		@SuppressWarnings("unchecked")
		List<String> waypoints = (List<String>) before.eGet(feature(before, "waypoints"));
		waypoints.addAll(List.of("Punto A", "Punto B"));
		EObject after = EcoreUtil.copy(before);
		@SuppressWarnings("unchecked")
		List<String> changed = (List<String>) after.eGet(feature(after, "waypoints"));
		changed.add("Punto C");
		after.eSet(feature(after, "version"), 2);
		assertEquals(List.of(List.of("Waypoints", "Punto A, Punto B", "Punto A, Punto B, Punto C")),
				texts(RecordChanges.between(before, after, ES)));
	}

	private static List<List<String>> texts(List<AttributeChange> changes) {
		return changes.stream().map(c -> List.of(c.label(), c.oldValue(), c.newValue())).toList();
	}
}
