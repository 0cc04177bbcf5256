package org.crm.enlace.specimens.internal.demo;

import java.util.List;

import org.crm.enlace.core.seed.ReferenceData;
import org.crm.enlace.specimens.model.DocumentCategory;
import org.crm.enlace.specimens.model.DocumentFormat;

/**
 * A fictitious document of the demo register: what its specimen record says and what its pages show.
 *
 * @param key   what tells it from the country's other demo documents, e.g. {@code passport}
 * @param name  the document's name as record content (Spanish), marked fictitious
 * @param title what the document's band says, e.g. {@code PASAPORTE · PASSPORT}
 */
public record DemoDocument(String country, String key, DocumentCategory category, String documentCode,
		DocumentFormat format, String name, String title, String number, Holder holder, List<PageKind> pages) {

	/** The specimen's record id, the same at every load: alerts point to it before it is stored. */
	public String specimenId() {
		return ReferenceData.stableId("demo-document-specimen", country + "/" + key);
	}

	/** The zone the page with an MRZ prints, check digits computed. */
	public List<String> mrz() {
		return format == DocumentFormat.TD3 ? DemoMrz.td3(holder, documentCode, country, number)
				: DemoMrz.td1(holder, documentCode, country, number);
	}

	/** What a counterfeit of the document prints: the zone with the document number's check digit wrong. */
	public List<String> counterfeitMrz() {
		return DemoMrz.withWrongNumberDigit(mrz());
	}
}
