package org.crm.enlace.records.tests;

import static org.crm.enlace.records.tests.Records.EN;
import static org.crm.enlace.records.tests.Records.ES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreException.Reason;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.Record;
import org.crm.enlace.model.Tlp;
import org.crm.enlace.records.SearchOutcome;
import org.crm.enlace.records.SearchRow;
import org.junit.jupiter.api.Test;

class SearchOutcomeTest {

	private final List<String> queries = new ArrayList<>();

	@Test
	void foundRecordsBecomeRowsWithTypeSummaryOwnerTlpAndModifiedTime() {
		ContactPoint contact = Records.contact();
		contact.setTlp(Tlp.AMBER_STRICT);
		SearchOutcome outcome = SearchOutcome.run(repository((q, limit) -> List.of(contact)), "  ficticia  ", ES);
		assertEquals(List.of("ficticia"), queries);
		assertEquals(List.of(new SearchRow(contact, "Punto de contacto",
				"GTM — Persona Ficticia — Directora (ficticia)", "GTM", "TLP:AMBER+STRICT", "2026-11-20T09:15:30Z")),
				outcome.rows());
		assertFalse(outcome.hasProblem());
		assertEquals("1 registro encontrado", outcome.count(ES));
		assertEquals("1 record found", outcome.count(EN));
	}

	@Test
	void theCountSaysWhenNothingIsFoundAndWhenOnlyTheFirstRecordsAreShown() {
		assertEquals("Ningún registro encontrado",
				SearchOutcome.run(repository((q, limit) -> List.of()), "nada", ES).count(ES));
		SearchOutcome many = SearchOutcome.run(
				repository((q, limit) -> Collections.nCopies(limit, Records.contact())), "ficticia", ES);
		assertEquals(SearchOutcome.LIMIT, many.rows().size());
		assertTrue(many.limited());
		assertEquals("Se muestran los primeros 200 registros; precise la búsqueda para ver otros.", many.count(ES));
	}

	@Test
	void aBlankQueryDoesNotSearch() {
		SearchOutcome outcome = SearchOutcome.run(repository((q, limit) -> List.of(Records.contact())), "   ", ES);
		assertEquals(List.of(), queries);
		assertFalse(outcome.searched());
		assertEquals("", outcome.count(ES));
		assertFalse(outcome.hasProblem());
	}

	@Test
	void aSyntaxErrorIsAProblemInWordsThatDoesNotQuoteTheQuery() {
		SearchOutcome outcome = SearchOutcome.run(repository((q, limit) -> {
			throw new StoreException(Reason.SEARCH_SYNTAX, "La búsqueda no es válida cerca del carácter 9.");
		}), "secreto AND (", ES);
		assertEquals("La búsqueda no es válida cerca del carácter 9.", outcome.problem());
		assertFalse(outcome.problem().contains("secreto"));
		assertFalse(outcome.rebuildNeeded());
		assertEquals(List.of(), outcome.rows());
		assertEquals("", outcome.count(ES), "no count beside a problem");
	}

	@Test
	void anIndexThatMustBeRebuiltAsksForTheRebuild() {
		SearchOutcome outcome = SearchOutcome.run(repository((q, limit) -> {
			throw new StoreException(Reason.SEARCH_NOT_READY, "/tmp/datos-ficticios");
		}), "ficticia", ES);
		assertTrue(outcome.rebuildNeeded());
		assertEquals("El índice de búsqueda debe reconstruirse antes de buscar.", outcome.problem());
		assertEquals("The search index must be rebuilt before searching.", SearchOutcome.indexNotReady(EN).problem());
	}

	@Test
	void anyOtherStoreFailureIsShownByItsMessage() {
		StoreException failure = new StoreException(Reason.FAILED, "search");
		SearchOutcome outcome = SearchOutcome.run(repository((q, limit) -> {
			throw failure;
		}), "ficticia", ES);
		assertEquals(failure.getMessage(), outcome.problem());
		assertFalse(outcome.rebuildNeeded());
	}

	/** A repository that answers {@code search} only; the outcome must call nothing else. */
	private RecordRepository repository(BiFunction<String, Integer, List<? extends Record>> search) {
		return (RecordRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { RecordRepository.class }, (proxy, method, arguments) -> {
					if (!method.getName().equals("search")) {
						throw new AssertionError("unexpected call: " + method.getName());
					}
					queries.add((String) arguments[0]);
					return List.copyOf(search.apply((String) arguments[0], (Integer) arguments[1]));
				});
	}
}
