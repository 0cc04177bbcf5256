package org.crm.enlace.cotravel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.crm.enlace.core.store.Progress;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.cotravel.CoTravelAlerts;
import org.crm.enlace.cotravel.links.CandidateLink;
import org.crm.enlace.cotravel.links.LinkDecisions;
import org.crm.enlace.cotravel.links.LinkExplanations;
import org.crm.enlace.cotravel.links.LinkPattern;
import org.crm.enlace.cotravel.links.LinkPattern.Kind;
import org.crm.enlace.cotravel.links.Links;
import org.crm.enlace.cotravel.links.PersonLinks;
import org.crm.enlace.cotravel.links.PersonRef;
import org.crm.enlace.cotravel.model.AdultRole;
import org.crm.enlace.cotravel.model.CoTravelAlert;
import org.crm.enlace.cotravel.model.LinkDecision;
import org.crm.enlace.cotravel.model.LinkVerdict;
import org.crm.enlace.linkage.Agreement;
import org.crm.enlace.linkage.Field;
import org.crm.enlace.model.Person;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Sex;
import org.crm.enlace.model.Tlp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Linkage of the persons of stored co-travel alerts (issue 6 section 4) in a real store, as members of different
 * countries: the Hispanic name cases across alerts of Guatemala and Mexico, the two patterns, decisions kept
 * as records and respected by later runs, and nothing from an alert a member may not see. Every name is fictitious.
 */
class PersonLinksTest {

	static final CurrentUser GTM_ANALYST = new CurrentUser("gtm.analista", "GTM", Role.ANALYST);
	static final CurrentUser MEX_ANALYST = new CurrentUser("mex.analista", "MEX", Role.ANALYST);
	static final CurrentUser HND_ANALYST = new CurrentUser("hnd.analista", "HND", Role.ANALYST);
	static final CurrentUser CRI_ANALYST = new CurrentUser("cri.analista", "CRI", Role.ANALYST);

	@TempDir
	Path data;

	private Locale locale;
	private String guatemala;
	private String mexico;
	private String mexicoAgain;
	private String costaRica;

	@BeforeEach
	void storeAlertsOfFourCountries() {
		locale = Locale.getDefault();
		Locale.setDefault(Locale.ENGLISH);
		// Guatemala: the adult with her first child; released to Guatemala and Mexico only (not Honduras)
		try (RecordStore store = CoTravelStores.open(data, GTM_ANALYST)) {
			CoTravelAlert alert = alert("GTM", "2026-03-14",
					named("María José", "Cruz", "Nuñez", List.of("de", "la"), "1988-05-12", Sex.F, "GTM", "G1234567"),
					named("Ana Lucía", "Pérez", "Gómez", List.of(), "2016-02-03", Sex.F, "MEX", "G7654321"));
			guatemala = store.save(alert).getId();
		}
		// Mexico, months later: the same adult as the MRZ writes her, with another child (Honduran)
		try (RecordStore store = CoTravelStores.open(data, MEX_ANALYST)) {
			CoTravelAlert alert = alert("MEX", "2026-10-02",
					named("MARIA JOSE", "CRUZ", "NUNEZ", List.of("DE", "LA"), "1988-05-12", Sex.F, "GTM", "G1234567"),
					named("José Luis", "Ramírez", "Torres", List.of(), "2015-07-07", Sex.M, "HND", "H0011223"));
			mexico = store.save(alert).getId();
			// and that child again, his surnames swapped, with another adult
			CoTravelAlert again = alert("MEX", "2026-11-20",
					named("Pedro Antonio", "Gómez", "Salazar", List.of(), "1979-01-30", Sex.M, "MEX", "M5556667"),
					named("Jose Luis", "Torres", "Ramirez", List.of(), "2015-07-07", Sex.M, "HND", "H0011223"));
			again.getReleasableTo().add("GTM");
			mexicoAgain = store.save(again).getId();
		}
		// Costa Rica: "Maria J. Cruz" with the same passport, released to Costa Rica alone
		try (RecordStore store = CoTravelStores.open(data, CRI_ANALYST)) {
			CoTravelAlert alert = alert("CRI", "2026-11-01",
					named("Maria J.", "Cruz", null, List.of(), "1988-05-12", Sex.F, null, "G1234567"),
					named("Niño Prueba", "Ficticio", "Tres", List.of(), "2018-09-09", Sex.M, "CRI", "C0000001"));
			alert.getReleasableTo().clear();
			alert.getReleasableTo().add("CRI");
			costaRica = store.save(alert).getId();
		}
	}

	@AfterEach
	void restoreLocale() {
		Locale.setDefault(locale);
	}

	@Test
	void theSameAdultAndTheSameChildAreFoundAcrossAlertsOfTwoCountries() {
		try (RecordStore store = CoTravelStores.open(data, GTM_ANALYST)) {
			Links links = PersonLinks.run(store, Progress.NONE).orElseThrow();
			CandidateLink adult = pair(links, adult(guatemala), adult(mexico)).orElseThrow(
					() -> new AssertionError("accents, case and particles as the MRZ writes them: the same adult"));
			assertTrue(adult.score() > 0.9, "score " + adult.score());
			assertFalse(adult.confirmed());
			CandidateLink child = pair(links, child(mexico), child(mexicoAgain))
					.orElseThrow(() -> new AssertionError("surnames swapped, accents dropped: the same child"));
			assertEquals(Agreement.EXACT, child.explanation().level(Field.SURNAMES), "either order counts");
			assertEquals(Optional.empty(), pair(links, child(guatemala), child(mexico)), "two different children");
			assertEquals(List.of(), links.pairsOf(costaRica), "Costa Rica's alert is not released to Guatemala");

			List<LinkPattern> patterns = links.patterns();
			assertEquals(2, patterns.size(), patterns.toString());
			LinkPattern adultPattern = patterns.get(0);
			assertEquals(Kind.ADULT_WITH_DIFFERENT_CHILDREN, adultPattern.kind());
			assertEquals(List.of(guatemala, mexico), adultPattern.alertIds(), "the earliest first");
			assertEquals(2, adultPattern.companions(), "Ana Lucía and José Luis");
			LinkPattern childPattern = patterns.get(1);
			assertEquals(Kind.CHILD_WITH_DIFFERENT_ADULTS, childPattern.kind());
			assertEquals(List.of(mexico, mexicoAgain), childPattern.alertIds());
			assertEquals(List.of(child(mexico), child(mexicoAgain)).stream().sorted().toList(),
					childPattern.person());
		}
	}

	@Test
	void aMemberNeverGetsACandidateFromAnAlertItMayNotSee() {
		try (RecordStore store = CoTravelStores.open(data, HND_ANALYST)) {
			Links links = PersonLinks.run(store, Progress.NONE).orElseThrow();
			assertTrue(pair(links, child(mexico), child(mexicoAgain)).isPresent(), "both concern Honduras");
			assertEquals(List.of(), links.pairsOf(guatemala), "Guatemala's alert is not released to Honduras");
			assertEquals(List.of(Kind.CHILD_WITH_DIFFERENT_ADULTS),
					links.patterns().stream().map(LinkPattern::kind).toList());
		}
		try (RecordStore store = CoTravelStores.open(data, CRI_ANALYST)) {
			assertEquals(List.of(), PersonLinks.run(store, Progress.NONE).orElseThrow().pairs(),
					"Costa Rica sees its own alert alone");
			// the control: released to Guatemala, the same alert gives Guatemala a candidate
			CoTravelAlert alert = (CoTravelAlert) store.findById(costaRica).orElseThrow();
			alert.getReleasableTo().add("GTM");
			store.save(alert);
		}
		try (RecordStore store = CoTravelStores.open(data, GTM_ANALYST)) {
			Links links = PersonLinks.run(store, Progress.NONE).orElseThrow();
			assertTrue(pair(links, adult(guatemala), adult(costaRica)).isPresent(),
					"Maria J. Cruz with the same birth date and passport");
		}
	}

	@Test
	void decisionsAreRecordsOfTheAnalystsCountryAndLaterRunsRespectThem() {
		try (RecordStore store = CoTravelStores.open(data, GTM_ANALYST)) {
			LinkDecision rejected = LinkDecisions.decide(store, "GTM", child(mexicoAgain), child(mexico),
					LinkVerdict.REJECTED, "Documentos verificados: no es el mismo niño");
			assertEquals("GTM", rejected.getOwnerCountry());
			assertEquals(Tlp.AMBER, rejected.getTlp());
			assertEquals(Releasability.LISTED, rejected.getReleasability());
			assertEquals(List.of("GTM"), rejected.getReleasableTo(), "own country only unless widened");
			assertEquals("gtm.analista", rejected.getCreatedBy(), "who decided");
			assertEquals(CoTravelStores.CLOCK.now(), rejected.getCreatedAt(), "and when");
			assertEquals(List.of(child(mexico), child(mexicoAgain)).stream().sorted().map(PersonRef::toString).toList(),
					List.of(rejected.getPersonA(), rejected.getPersonB()), "the smaller reference first");
			// a pair the model does not propose: shown as confirmed whatever its score
			LinkDecisions.decide(store, "GTM", child(guatemala), child(mexicoAgain), LinkVerdict.CONFIRMED, null);
		}
		try (RecordStore store = CoTravelStores.open(data, GTM_ANALYST)) {
			Links links = PersonLinks.run(store, Progress.NONE).orElseThrow();
			assertEquals(Optional.empty(), pair(links, child(mexico), child(mexicoAgain)), "a rejected pair");
			CandidateLink confirmed = pair(links, child(guatemala), child(mexicoAgain)).orElseThrow();
			assertTrue(confirmed.confirmed());
			assertTrue(confirmed.score() < 0.5, "its own score, low, shown beside the confirmation");
			assertEquals(confirmed, links.pairs().get(0), "confirmed pairs come first");
			assertEquals(2, LinkDecisions.all(store).size());
			// deciding again changes the same record
			LinkDecisions.decide(store, "GTM", child(mexico), child(mexicoAgain), LinkVerdict.CONFIRMED, "Revisado");
			assertEquals(2, LinkDecisions.all(store).size());
			assertTrue(pair(PersonLinks.run(store, Progress.NONE).orElseThrow(), child(mexico), child(mexicoAgain))
					.orElseThrow().confirmed());
		}
		try (RecordStore store = CoTravelStores.open(data, MEX_ANALYST)) {
			assertEquals(List.of(), LinkDecisions.all(store), "Guatemala's decisions stay in Guatemala");
			assertFalse(pair(PersonLinks.run(store, Progress.NONE).orElseThrow(), child(mexico), child(mexicoAgain))
					.orElseThrow().confirmed(), "Mexico's analysts decide for themselves");
		}
	}

	@Test
	void explanationsSayWhichFieldsAgreedAndHowMuchInWordsWithoutPersonsData() {
		try (RecordStore store = CoTravelStores.open(data, GTM_ANALYST)) {
			Links links = PersonLinks.run(store, Progress.NONE).orElseThrow();
			CandidateLink child = pair(links, child(mexico), child(mexicoAgain)).orElseThrow();
			List<String> adult = LinkExplanations
					.describe(pair(links, adult(guatemala), adult(mexico)).orElseThrow().explanation());
			assertTrue(adult.get(0).startsWith("given names: agree exactly (+"), "accents and case: " + adult);
			List<String> sentences = LinkExplanations.describe(child.explanation());
			assertEquals(6, sentences.size(), sentences.toString());
			assertTrue(sentences.get(0).startsWith("given names: agree exactly (+"), sentences.get(0));
			assertTrue(sentences.get(1).startsWith("surnames: agree exactly (+"), "swapped: " + sentences.get(1));
			assertTrue(sentences.get(2).startsWith("date of birth: agree exactly (+"), sentences.get(2));
			String summary = LinkExplanations.summary(child.explanation());
			for (String personsData : List.of("Jose", "Luis", "Torres", "Ramirez", "2015", "H0011223", "HND")) {
				assertFalse(summary.toLowerCase(Locale.ROOT).contains(personsData.toLowerCase(Locale.ROOT)),
						personsData);
			}
		}
	}

	@Test
	void aCancelledRunGivesNothing() {
		try (RecordStore store = CoTravelStores.open(data, GTM_ANALYST)) {
			Progress cancelled = new Progress() {
				@Override
				public void worked(long done, long total) {
					assertEquals(PersonLinks.STEPS, total);
				}

				@Override
				public boolean isCancelled() {
					return true;
				}
			};
			assertEquals(Optional.empty(), PersonLinks.run(store, cancelled));
		}
	}

	@Test
	void referencesReadBackAsWritten() {
		PersonRef ref = new PersonRef("0b6c2f0e-7d5a-4c39-9d0c-3f1f0b2a9e11", PersonRef.Role.CHILD, 2);
		assertEquals("0b6c2f0e-7d5a-4c39-9d0c-3f1f0b2a9e11:child:2", ref.toString());
		assertEquals(ref, PersonRef.parse(ref.toString()));
	}

	private static Optional<CandidateLink> pair(Links links, PersonRef a, PersonRef b) {
		return links.pairs().stream()
				.filter(l -> l.a().equals(a) && l.b().equals(b) || l.a().equals(b) && l.b().equals(a)).findFirst();
	}

	private static PersonRef adult(String alertId) {
		return new PersonRef(alertId, PersonRef.Role.ADULT, 1);
	}

	private static PersonRef child(String alertId) {
		return new PersonRef(alertId, PersonRef.Role.CHILD, 1);
	}

	/** An alert of one adult and one child, released to the countries concerned. */
	private static CoTravelAlert alert(String country, String date, Person adult, Person child) {
		CoTravelAlert alert = CoTravelAlerts.newAlert(country, LocalDate.parse(date));
		CoTravelAlerts.addAdult(alert, AdultRole.ACCOMPANYING_ADULT).setPerson(adult);
		CoTravelAlerts.addChild(alert).setPerson(child);
		CoTravelAlerts.computeAges(alert);
		CoTravelAlerts.releaseTo(alert, CoTravelAlerts.concernedCountries(alert, Optional.empty()));
		return alert;
	}

	private static Person named(String given, String first, String second, List<String> particles, String birth,
			Sex sex, String nationality, String passport) {
		Person person = CoTravelAlerts.person(given, first, second, birth, sex, nationality, passport);
		person.getSurnameParticles().addAll(particles);
		return person;
	}
}
