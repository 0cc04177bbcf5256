package org.crm.enlace.entry;

import java.util.List;

import org.crm.enlace.core.country.CountryCatalog;
import org.crm.enlace.core.seed.ReferenceData;
import org.crm.enlace.entry.model.ConfirmationStatus;
import org.crm.enlace.entry.model.EntryFactory;
import org.crm.enlace.entry.model.EntryRule;
import org.crm.enlace.model.CountryStatus;
import org.crm.enlace.model.ProvenanceKind;
import org.crm.enlace.model.Releasability;
import org.crm.enlace.model.Tlp;

/**
 * Who owns a rule and who sees it. A rule belongs to its destination, a member country, which confirms or corrects
 * it. Entry requirements are public information that every organization of the conference needs, IOM and the
 * observers included, whom ALL_MEMBERS leaves out: imported rules are released to the whole NETWORK, TLP CLEAR.
 */
public final class EntryRules {

	private EntryRules() {
	}

	/** The destinations the matrix covers: the conference's member countries, in the catalogue's order. */
	public static List<String> destinations() {
		return CountryCatalog.entries().stream()
				.filter(e -> e.status() == CountryStatus.MEMBER)
				.map(CountryCatalog.Entry::code)
				.toList();
	}

	/** The same on every node, so an import finds its own rules again. */
	public static String stableId(String destination, String nationality) {
		return ReferenceData.stableId("entry-rule", destination + ":" + nationality);
	}

	/** A new, unsaved, unconfirmed rule of a source row, with the source's provenance; CA-4 rows corrected. */
	static EntryRule imported(SourceRow row, ImportSource source) {
		EntryRule rule = EntryFactory.eINSTANCE.createEntryRule();
		rule.setId(stableId(row.destination(), row.nationality()));
		rule.setOwnerCountry(row.destination());
		rule.setReleasability(Releasability.NETWORK);
		rule.setTlp(Tlp.CLEAR);
		rule.setAuthor(source.author());
		rule.setProvenanceKind(ProvenanceKind.IMPORT);
		rule.setProvenance(source.provenance());
		rule.setSource(source.provenance());
		rule.setDestination(row.destination());
		rule.setNationality(row.nationality());
		rule.setRequirement(row.requirement());
		rule.setMaxStayDays(row.maxStayDays());
		rule.setSourceValue(row.value());
		rule.setConfirmationStatus(ConfirmationStatus.UNCONFIRMED);
		if (Ca4.applies(row.nationality(), row.destination())) {
			Ca4.correct(rule, row.value());
		}
		return rule;
	}
}
