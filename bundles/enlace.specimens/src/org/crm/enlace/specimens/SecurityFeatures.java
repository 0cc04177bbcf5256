package org.crm.enlace.specimens;

import java.util.Arrays;
import java.util.List;

import org.crm.enlace.intel.Vocabularies;
import org.crm.enlace.intel.model.VocabularyTerm;

/**
 * The vocabulary of security feature types that callouts name. It is intel's {@link VocabularyTerm} data, not a
 * class of its own: terms have the same shape (code, Spanish and English names), the same rules
 * ({@link Vocabularies#validate}) and the same owners (the Secretariat seeds them, a country adds its own), so a
 * second kind of record would only duplicate them. These are the first terms; the vocabulary grows as data.
 */
public final class SecurityFeatures {

	/** The vocabulary's name among intel's vocabularies. */
	public static final String VOCABULARY = "security-feature";

	/** Code, Spanish name, English name. */
	private static final String[][] SEED = {
			{ "guilloche", "Guilloches", "Guilloche" },
			{ "microprint", "Microimpresión", "Microprint" },
			{ "intaglio", "Impresión calcográfica (intaglio)", "Intaglio printing" },
			{ "rainbow-printing", "Impresión iris", "Rainbow printing" },
			{ "ovd-hologram", "Dispositivo ópticamente variable (holograma)", "OVD / hologram" },
			{ "uv-fluorescent-ink", "Tinta fluorescente UV", "UV fluorescent ink" },
			{ "uv-fibres", "Fibras fluorescentes UV", "UV fibres" },
			{ "ir-visible-ink", "Tinta visible en infrarrojo", "IR-visible ink" },
			{ "watermark", "Marca de agua", "Watermark" },
			{ "security-thread", "Hilo de seguridad", "Security thread" },
			{ "laser-perforation", "Perforación láser", "Laser perforation" },
			{ "ghost-image", "Imagen fantasma", "Ghost image" },
			{ "tactile-feature", "Elemento táctil", "Tactile feature" },
			{ "mrz", "Zona de lectura mecánica (MRZ)", "Machine readable zone (MRZ)" },
			{ "chip", "Chip", "Chip" } };

	private SecurityFeatures() {
	}

	/** The Secretariat's first terms, with ids every node agrees on. */
	public static List<VocabularyTerm> seed() {
		return Arrays.stream(SEED).map(row -> Vocabularies.seedTerm(VOCABULARY, row[0], row[1], row[2])).toList();
	}
}
