package org.crm.enlace.entry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.crm.enlace.core.audit.AuditAction;
import org.crm.enlace.core.audit.AuditEntry;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordVersion;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.entry.EntryRuleImport.Mode;
import org.crm.enlace.entry.EntryRules;
import org.crm.enlace.entry.model.AnswerOutcome;
import org.crm.enlace.entry.model.ConfirmationAnswer;
import org.crm.enlace.entry.model.ConfirmationRequest;
import org.crm.enlace.entry.model.ConfirmationStatus;
import org.crm.enlace.entry.model.ConfirmingParty;
import org.crm.enlace.entry.model.EntryPackage;
import org.crm.enlace.entry.model.EntryRule;
import org.crm.enlace.entry.model.Requirement;
import org.crm.enlace.entry.request.ConfirmationRequests;
import org.crm.enlace.entry.request.RequestAnswers;
import org.crm.enlace.entry.request.RequestState;
import org.crm.enlace.entry.request.RequestStatus;
import org.crm.enlace.model.Releasability;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Secretariat's confirmation requests through a real store: who may make, see, apply and reject them, what
 * applying writes into the destination's rule, and requests whose rule changed since.
 */
class ConfirmationRequestTest {

	private static final String ARG_TO_GTM = EntryRules.stableId("GTM", "ARG");
	private static final String COL_TO_GTM = EntryRules.stableId("GTM", "COL");

	@TempDir
	Path data;
	private final EntryStores.TestClock clock = new EntryStores.TestClock();

	@BeforeEach
	void importRules() {
		EntryStores.importLines(data, clock, Mode.ALL_OR_NOTHING, "ARG,GTM,90", "COL,GTM,visa required",
				"SLV,MEX,180");
	}

	@Test
	void aRequestComesBackWithEveryValueToTheSecretariatAndTheDestination() {
		String id = request(ARG_TO_GTM, r -> {
			r.setReferenceDate(LocalDate.parse("2026-11-20"));
			r.setInstruction("Nota ficticia: confirma 90 días.");
			r.setCorrectedRequirement(Requirement.VISA_FREE);
			r.setCorrectedMaxStayDays(30);
			return r;
		});
		int imported = as(EntryStores.GUATEMALA, s -> rule(s, ARG_TO_GTM).getVersion());
		for (CurrentUser reader : List.of(EntryStores.SECRETARIAT, EntryStores.GUATEMALA)) {
			ConfirmationRequest back = as(reader, s -> (ConfirmationRequest) s.findById(id).orElseThrow());
			assertEquals("XST", back.getOwnerCountry());
			assertEquals(Releasability.LISTED, back.getReleasability());
			assertEquals(List.of("GTM"), back.getReleasableTo());
			assertEquals(ARG_TO_GTM, back.getRuleId());
			assertEquals(imported, back.getRuleVersion());
			assertEquals("GTM", back.getDestination());
			assertEquals("ARG", back.getNationality());
			assertEquals(LocalDate.parse("2026-11-29"), back.getRequestedOn());
			assertEquals("DGM-NOTA-555-2026", back.getReference());
			assertEquals(LocalDate.parse("2026-11-20"), back.getReferenceDate());
			assertEquals("Nota ficticia: confirma 90 días.", back.getInstruction());
			assertEquals(Requirement.VISA_FREE, back.getCorrectedRequirement());
			assertEquals(30, back.getCorrectedMaxStayDays());
			assertEquals(EntryStores.SECRETARIAT.userName(), back.getAuthor());
		}
	}

	@Test
	void onlyTheSecretariatMakesRequests() {
		for (CurrentUser user : List.of(EntryStores.GUATEMALA, EntryStores.MEXICO)) {
			List<Problem> problems = create(user, ARG_TO_GTM, r -> r);
			assertEquals(List.of("ownerCountry"), problems.stream().map(Problem::field).toList(), user.country());
			assertTrue(problems.getFirst().message().contains("Secretar"), problems.getFirst().message());
		}
		assertEquals(0, as(EntryStores.SECRETARIAT, s -> s.count(EntryPackage.Literals.CONFIRMATION_REQUEST)));
	}

	@Test
	void theDestinationSeesTheRequestAndAnUnrelatedCountryDoesNot() {
		String id = request(ARG_TO_GTM, Function.identity());
		assertEquals(List.of(RequestStatus.OPEN), statuses(EntryStores.GUATEMALA, s -> ConfirmationRequests.open(s, "GTM")));
		assertEquals(List.of(RequestStatus.OPEN), statuses(EntryStores.SECRETARIAT, ConfirmationRequests::all));
		for (CurrentUser other : List.of(EntryStores.MEXICO, EntryStores.PANAMA, EntryStores.IOM, EntryStores.OBSERVER)) {
			assertTrue(as(other, s -> s.findById(id)).isEmpty(), other.country());
			assertTrue(as(other, ConfirmationRequests::all).isEmpty(), other.country());
		}
	}

	@Test
	void applyingConfirmsTheRuleAsTheDestinationsOwnWriteOnTheSecretariatsWord() {
		String id = request(ARG_TO_GTM, Function.identity());
		clock.advance(Duration.ofDays(3));

		assertEquals(List.of(), as(EntryStores.GUATEMALA, s -> RequestAnswers.apply(s, EntryStores.GUATEMALA, id,
				clock.today())));

		EntryRule rule = as(EntryStores.MEXICO, s -> rule(s, ARG_TO_GTM));
		assertEquals(ConfirmationStatus.CONFIRMED, rule.getConfirmationStatus());
		assertEquals(ConfirmingParty.SECRETARIAT, rule.getConfirmingParty());
		assertEquals(LocalDate.parse("2026-11-29"), rule.getConfirmedOn(), "the request's date, not the day applied");
		assertEquals(EntryStores.SECRETARIAT.userName(), rule.getConfirmedBy());
		assertEquals(EntryStores.GUATEMALA.userName(), rule.getModifiedBy());
		assertEquals(Requirement.VISA_FREE, rule.getRequirement(), "no correction asked: the requirement stays");
		assertEquals(90, rule.getMaxStayDays());
		assertEquals("GTM", rule.getOwnerCountry());

		RequestState state = as(EntryStores.SECRETARIAT, ConfirmationRequests::all).getFirst();
		assertEquals(RequestStatus.APPLIED, state.status());
		ConfirmationAnswer answer = state.answer().orElseThrow();
		assertEquals(AnswerOutcome.APPLIED, answer.getOutcome());
		assertEquals("GTM", answer.getOwnerCountry());
		assertEquals(LocalDate.parse("2026-12-02"), answer.getAnsweredOn());
		assertEquals(EntryStores.GUATEMALA.userName(), answer.getCreatedBy());
		assertTrue(as(EntryStores.GUATEMALA, s -> ConfirmationRequests.open(s, "GTM")).isEmpty());
		assertEquals(List.of("request"), fields(as(EntryStores.GUATEMALA,
				s -> RequestAnswers.apply(s, EntryStores.GUATEMALA, id, clock.today()))), "applied once only");

		List<RecordVersion> history = as(EntryStores.MEXICO, s -> s.history(ARG_TO_GTM));
		RecordVersion last = history.getLast();
		assertEquals(EntryStores.GUATEMALA.userName(), last.modifiedBy(), "who applied");
		assertEquals(EntryStores.SECRETARIAT.userName(), ((EntryRule) last.record()).getConfirmedBy(), "who asked");

		List<AuditEntry> audit = as(EntryStores.SECRETARIAT, s -> s.audit().entries(null));
		assertTrue(audit.stream().anyMatch(e -> e.action() == AuditAction.CREATE && id.equals(e.recordId())
				&& e.userName().equals(EntryStores.SECRETARIAT.userName())), "the request's creation, by the Secretariat");
		assertTrue(audit.stream().anyMatch(e -> e.action() == AuditAction.UPDATE && ARG_TO_GTM.equals(e.recordId())
				&& e.userName().equals(EntryStores.GUATEMALA.userName())), "the rule's confirmation, by Guatemala");
	}

	@Test
	void applyingACorrectedRequestWritesTheCorrectedTerms() {
		String id = request(COL_TO_GTM, r -> {
			r.setCorrectedRequirement(Requirement.VISA_FREE);
			r.setCorrectedMaxStayDays(90);
			return r;
		});
		assertEquals(List.of(), as(EntryStores.GUATEMALA, s -> RequestAnswers.apply(s, EntryStores.GUATEMALA, id,
				clock.today())));
		EntryRule rule = as(EntryStores.GUATEMALA, s -> rule(s, COL_TO_GTM));
		assertEquals(Requirement.VISA_FREE, rule.getRequirement());
		assertEquals(90, rule.getMaxStayDays());
		assertEquals(ConfirmingParty.SECRETARIAT, rule.getConfirmingParty());
	}

	@Test
	void aRequestWithProblemsIsNotStoredAndListsThemAll() {
		List<Problem> problems = create(EntryStores.SECRETARIAT, ARG_TO_GTM, r -> {
			r.setReference(" ");
			r.setCorrectedMaxStayDays(30);
			return r;
		});
		assertEquals(List.of("reference", "correctedMaxStayDays"), fields(problems));
		List<Problem> tooLong = create(EntryStores.SECRETARIAT, ARG_TO_GTM, r -> {
			r.setCorrectedRequirement(Requirement.VISA_FREE);
			r.setCorrectedMaxStayDays(400);
			return r;
		});
		assertEquals(List.of("maxStayDays"), fields(tooLong), "the rule as corrected is checked as any rule");
		assertEquals(0, as(EntryStores.SECRETARIAT, s -> s.count(EntryPackage.Literals.CONFIRMATION_REQUEST)));

		request(ARG_TO_GTM, Function.identity());
		List<Problem> twice = create(EntryStores.SECRETARIAT, ARG_TO_GTM, r -> r);
		assertEquals(List.of("ruleId"), fields(twice), "one open request per rule version");
	}

	@Test
	void otherCountriesAndTheSecretariatCannotApply() {
		int imported = as(EntryStores.GUATEMALA, s -> rule(s, ARG_TO_GTM).getVersion());
		String id = request(ARG_TO_GTM, Function.identity());
		for (CurrentUser user : List.of(EntryStores.MEXICO, EntryStores.PANAMA, EntryStores.SECRETARIAT)) {
			List<Problem> problems = as(user, s -> RequestAnswers.apply(s, user, id, clock.today()));
			assertEquals(List.of("request"), fields(problems), user.country());
			List<Problem> rejected = as(user, s -> RequestAnswers.reject(s, user, id, "no", clock.today()));
			assertEquals(List.of("request"), fields(rejected), user.country());
		}
		EntryRule rule = as(EntryStores.GUATEMALA, s -> rule(s, ARG_TO_GTM));
		assertEquals(ConfirmationStatus.UNCONFIRMED, rule.getConfirmationStatus());
		assertEquals(imported, rule.getVersion());
		assertEquals(List.of(RequestStatus.OPEN), statuses(EntryStores.GUATEMALA, ConfirmationRequests::all));
	}

	@Test
	void aRuleChangedSinceSupersedesTheRequest() {
		String id = request(ARG_TO_GTM, Function.identity());
		as(EntryStores.GUATEMALA, s -> {
			EntryRule rule = rule(s, ARG_TO_GTM);
			rule.setNote("Corregida por Guatemala (ficticio).");
			return s.save(rule);
		});
		assertEquals(List.of(RequestStatus.SUPERSEDED), statuses(EntryStores.SECRETARIAT, ConfirmationRequests::all));
		assertTrue(as(EntryStores.GUATEMALA, s -> ConfirmationRequests.open(s, "GTM")).isEmpty());
		List<Problem> problems = as(EntryStores.GUATEMALA,
				s -> RequestAnswers.apply(s, EntryStores.GUATEMALA, id, clock.today()));
		assertEquals(List.of("request"), fields(problems));
		assertTrue(problems.getFirst().message().contains("super"), problems.getFirst().message());
		assertEquals(ConfirmationStatus.UNCONFIRMED,
				as(EntryStores.GUATEMALA, s -> rule(s, ARG_TO_GTM)).getConfirmationStatus());

		List<Problem> stale = create(EntryStores.SECRETARIAT, ARG_TO_GTM, r -> {
			r.setRuleVersion(r.getRuleVersion() - 1);
			return r;
		});
		assertEquals(List.of("ruleVersion"), fields(stale), "a request for a version that is no longer current");
	}

	@Test
	void theDestinationRejectsWithAReason() {
		int imported = as(EntryStores.GUATEMALA, s -> rule(s, ARG_TO_GTM).getVersion());
		String id = request(ARG_TO_GTM, Function.identity());
		assertEquals(List.of("reason"), fields(as(EntryStores.GUATEMALA,
				s -> RequestAnswers.reject(s, EntryStores.GUATEMALA, id, "  ", clock.today()))));
		assertEquals(List.of(RequestStatus.OPEN), statuses(EntryStores.SECRETARIAT, ConfirmationRequests::all));

		assertEquals(List.of(), as(EntryStores.GUATEMALA, s -> RequestAnswers.reject(s, EntryStores.GUATEMALA, id,
				"La nota citada no existe (ficticio).", clock.today())));
		RequestState state = as(EntryStores.SECRETARIAT, ConfirmationRequests::all).getFirst();
		assertEquals(RequestStatus.REJECTED, state.status());
		assertEquals("La nota citada no existe (ficticio).", state.answer().orElseThrow().getReason());
		EntryRule rule = as(EntryStores.GUATEMALA, s -> rule(s, ARG_TO_GTM));
		assertEquals(imported, rule.getVersion(), "a rejection leaves the rule alone");
		assertNull(rule.getConfirmedBy());
		assertFalse(as(EntryStores.GUATEMALA, s -> RequestAnswers.apply(s, EntryStores.GUATEMALA, id, clock.today()))
				.isEmpty(), "a rejected request cannot be applied");
	}

	/** Stores a request of the Secretariat for the rule's current version, with a reference; returns its id. */
	private String request(String ruleId, Function<ConfirmationRequest, ConfirmationRequest> more) {
		assertEquals(List.of(), create(EntryStores.SECRETARIAT, ruleId, more));
		return as(EntryStores.SECRETARIAT, s -> ConfirmationRequests.forRule(s, ruleId).getFirst().request().getId());
	}

	/** Asks as the user for the rule's current version, with a reference and {@code more}; returns the problems. */
	private List<Problem> create(CurrentUser user, String ruleId,
			Function<ConfirmationRequest, ConfirmationRequest> more) {
		return as(user, s -> {
			ConfirmationRequest request = ConfirmationRequests.newRequest(user, rule(s, ruleId), clock.today());
			request.setReference("DGM-NOTA-555-2026");
			return ConfirmationRequests.create(s, user, more.apply(request));
		});
	}

	private <T> T as(CurrentUser user, Function<RecordStore, T> work) {
		try (RecordStore store = EntryStores.open(data, user, clock)) {
			return work.apply(store);
		}
	}

	private List<RequestStatus> statuses(CurrentUser user, Function<RecordStore, List<RequestState>> read) {
		return as(user, read).stream().map(RequestState::status).toList();
	}

	private static EntryRule rule(RecordStore store, String id) {
		return (EntryRule) store.findById(id).orElseThrow();
	}

	private static List<String> fields(List<Problem> problems) {
		return problems.stream().map(Problem::field).toList();
	}
}
