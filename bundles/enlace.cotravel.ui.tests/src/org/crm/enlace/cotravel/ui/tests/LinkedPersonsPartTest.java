package org.crm.enlace.cotravel.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.cotravel.CoTravelAlerts;
import org.crm.enlace.cotravel.links.LinkDecisions;
import org.crm.enlace.cotravel.links.LinkPattern.Kind;
import org.crm.enlace.cotravel.links.Links;
import org.crm.enlace.cotravel.model.AdultRole;
import org.crm.enlace.cotravel.model.CoTravelAlert;
import org.crm.enlace.cotravel.model.LinkDecision;
import org.crm.enlace.cotravel.model.LinkVerdict;
import org.crm.enlace.cotravel.ui.CoTravelEditorPart;
import org.crm.enlace.cotravel.ui.CoTravelEditors;
import org.crm.enlace.cotravel.ui.LinkedPersonsPart;
import org.crm.enlace.model.Person;
import org.crm.enlace.model.Sex;
import org.crm.enlace.ui.Screenshots;
import org.crm.enlace.ui.testing.PartHost;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyst's "Personas vinculadas" and the editor's links section on a real store: the same adult, written as
 * typed in Guatemala and as the MRZ gives it in Mexico, seen with two different children. Every name is fictitious.
 */
class LinkedPersonsPartTest {

	static final CurrentUser GTM_ANALYST = new CurrentUser("gtm.analista", "GTM", Role.ANALYST);
	static final CurrentUser MEX_OFFICER = new CurrentUser("mex.ficticia", "MEX", Role.LIAISON_OFFICER);

	@TempDir
	Path data;

	@Test
	void listsThePatternAndThePairExplainsItAndKeepsTheAnalystsDecisions() {
		String[] ids = storeTwoAlerts();
		try (RecordStore store = Booth.open(data, GTM_ANALYST);
				PartHost booth = Booth.host(LinkedPersonsPart.class, store, GTM_ANALYST, Map.of())) {
			LinkedPersonsPart part = booth.part(LinkedPersonsPart.class);
			booth.widgets().press("links.run");
			Links links = part.links().orElseThrow();
			assertEquals("1 patrón, 1 par candidato, ningún vínculo confirmado.",
					booth.widgets().find("links.status", Label.class).getText());
			assertEquals(List.of(Kind.ADULT_WITH_DIFFERENT_CHILDREN),
					links.patterns().stream().map(p -> p.kind()).toList());
			assertEquals(1, links.pairs().size(), "the two adults; the children differ");
			Table patterns = booth.widgets().find("links.patterns", Table.class);
			assertEquals("Mismo adulto, niños distintos", patterns.getItem(0).getText(0));
			assertEquals("2", patterns.getItem(0).getText(3), "two different children");
			Table pairs = booth.widgets().find("links.pairs", Table.class);
			assertEquals("Candidato", pairs.getItem(0).getText(0));
			List<String> sides = List.of(pairs.getItem(0).getText(2), pairs.getItem(0).getText(3));
			assertTrue(sides.contains("Adulto 1 · 2026-03-14 GTM · María José de la Cruz Nuñez"), sides.toString());
			assertTrue(sides.contains("Adulto 1 · 2026-10-02 MEX · MARIA JOSE DE LA CRUZ NUNEZ"), sides.toString());
			part.select(links.pairs().get(0));
			String why = booth.widgets().find("links.explanation", Label.class).getText();
			assertTrue(why.startsWith("Por qué: nombres: coinciden exactamente (+"), why);
			assertTrue(why.contains("apellidos: coinciden exactamente"), why);
			Screenshots.saveForReview(booth.shell(), "linked-persons-candidates");

			booth.widgets().press("links.openPair");
			assertEquals(2, booth.opened().size(), "both alerts");
			assertEquals(CoTravelEditors.DESCRIPTOR, booth.opened().get(0).getElementId());

			booth.widgets().typeAndTab("links.note", "Mismo pasaporte, verificado");
			booth.widgets().press("links.confirm");
			LinkDecision decision = LinkDecisions.all(store).get(0);
			assertEquals(LinkVerdict.CONFIRMED, decision.getDecision());
			assertEquals("Mismo pasaporte, verificado", decision.getNote());
			assertEquals(List.of("GTM"), decision.getReleasableTo());
			assertEquals("Confirmado", booth.widgets().find("links.pairs", Table.class).getItem(0).getText(0),
					"run again: the pair is now confirmed");
			Screenshots.saveForReview(booth.shell(), "linked-persons-confirmed");

			part.select(part.links().orElseThrow().pairs().get(0));
			booth.widgets().press("links.reject");
			assertEquals(1, LinkDecisions.all(store).size(), "the same record, changed");
			assertEquals(LinkVerdict.REJECTED, LinkDecisions.all(store).get(0).getDecision());
			assertEquals(0, booth.widgets().find("links.pairs", Table.class).getItemCount(), "a rejected pair never comes back");
			assertEquals(0, booth.widgets().find("links.patterns", Table.class).getItemCount());
		}
		assertEquals(2, ids.length);
	}

	@Test
	void theEditorsLinksSectionShowsTheCandidatesOfTheAlertsPersons() {
		String[] ids = storeTwoAlerts();
		try (RecordStore store = Booth.open(data, GTM_ANALYST);
				PartHost booth = Booth.host(CoTravelEditorPart.class, store, GTM_ANALYST,
						Map.of(CoTravelEditors.ALERT_ID, ids[0]))) {
			CoTravelEditorPart editor = booth.part(CoTravelEditorPart.class);
			assertTrue(editor.linksText().startsWith("Busque a las personas"), editor.linksText());
			booth.widgets().press("cotravel.links.find");
			String text = editor.linksText();
			assertTrue(text.startsWith("Adulto 1 · 2026-03-14 GTM · María José de la Cruz Nuñez ↔ Adulto 1 · "
					+ "2026-10-02 MEX · MARIA JOSE DE LA CRUZ NUNEZ: Candidato, "), text);
			assertTrue(text.contains("fecha de nacimiento: coinciden exactamente"), text);
			assertEquals(1, text.lines().count(), "one person of this alert is seen elsewhere");
			Label section = booth.widgets().find("cotravel.links", Label.class);
			Control up = section;
			while (!(up instanceof ScrolledComposite)) {
				up = up.getParent();
			}
			((ScrolledComposite) up).showControl(section.getParent());
			Screenshots.settle(booth.shell().getDisplay());
			Screenshots.saveForReview(booth.shell(), "cotravel-editor-links");
		}
	}

	/* Guatemala's alert (released to Mexico by a child's nationality) and Mexico's (released to Guatemala). */
	private String[] storeTwoAlerts() {
		String guatemala;
		try (RecordStore store = Booth.open(data, GTM_ANALYST)) {
			guatemala = store.save(alert("GTM", "2026-03-14",
					person("María José", "Cruz", "Nuñez", List.of("de", "la"), "GTM"),
					CoTravelAlerts.person("Ana Lucía", "Pérez", "Gómez", "2016-02-03", Sex.F, "MEX", "G7654321")))
					.getId();
		}
		try (RecordStore store = Booth.open(data, MEX_OFFICER)) {
			String mexico = store.save(alert("MEX", "2026-10-02",
					person("MARIA JOSE", "CRUZ", "NUNEZ", List.of("DE", "LA"), "GTM"),
					CoTravelAlerts.person("José Luis", "Ramírez", "Torres", "2015-07-07", Sex.M, "HND", "H0011223")))
					.getId();
			return new String[] { guatemala, mexico };
		}
	}

	private static CoTravelAlert alert(String country, String date, Person adult, Person child) {
		CoTravelAlert alert = CoTravelAlerts.newAlert(country, LocalDate.parse(date));
		alert.setPlaceName("Puesto de prueba");
		CoTravelAlerts.addAdult(alert, AdultRole.ACCOMPANYING_ADULT).setPerson(adult);
		CoTravelAlerts.addChild(alert).setPerson(child);
		CoTravelAlerts.releaseTo(alert, CoTravelAlerts.concernedCountries(alert, Optional.empty()));
		return alert;
	}

	private static Person person(String given, String first, String second, List<String> particles,
			String nationality) {
		Person person = CoTravelAlerts.person(given, first, second, "1988-05-12", Sex.F, nationality, "G1234567");
		person.getSurnameParticles().addAll(particles);
		return person;
	}
}
