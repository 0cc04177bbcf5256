package org.crm.enlace.training.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.crm.enlace.model.Sex;
import org.crm.enlace.training.CertificateRefusedException;
import org.crm.enlace.training.CertificateRefusedException.Reason;
import org.crm.enlace.training.Certificates;
import org.crm.enlace.training.model.Participant;
import org.crm.enlace.training.model.TrainingProgramme;
import org.crm.enlace.training.model.TrainingSession;
import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** The certificate read back from its PDF, and the refusals for whoever did not complete. */
class CertificatesTest {

	private static final Locale SPANISH = Locale.of("es");
	private static final TrainingProgramme PROGRAMME = TrainingData.programme("P1", LocalDate.parse("2026-03-01"));
	private static final TrainingSession SESSION = TrainingData.session(PROGRAMME, "GTM",
			LocalDate.parse("2026-05-12"));

	@Test
	void theCertificateCarriesTheCompletionDateInIso8601() throws IOException {
		Participant participant = participant(true, LocalDate.parse("2026-05-14"));
		String text = pdfText(participant, SPANISH);
		assertTrue(text.contains("Fecha de finalización: 2026-05-14"), text);
		assertTrue(text.contains("Ana Ficticia Pérez"), text);
		assertTrue(text.contains("Identificación de víctimas y debida atención"), "the modules covered: " + text);
		assertTrue(text.contains("Guatemala"), "the country's name: " + text);
	}

	@Test
	void inEnglishToo() throws IOException {
		String text = pdfText(participant(true, LocalDate.parse("2026-05-14")), Locale.ENGLISH);
		assertTrue(text.contains("Completion date: 2026-05-14"), text);
		assertTrue(text.contains("Training certificate"), text);
	}

	@Test
	void refusedForSomeoneWhoAttendedWithoutCompleting() {
		assertRefused(participant(true, null), Reason.NOT_COMPLETED, "no completó");
	}

	@Test
	void refusedForSomeoneWhoDidNotAttend() {
		assertRefused(participant(false, LocalDate.parse("2026-05-14")), Reason.NOT_ATTENDED, "no asistió");
	}

	@Test
	void refusedForSomeoneNotEnrolledInTheSession() {
		Participant participant = participant(true, LocalDate.parse("2026-05-14"));
		participant.getEnrolments().getFirst().setSessionId("another-session");
		assertRefused(participant, Reason.NOT_ENROLLED, "no está inscrita");
	}

	private static void assertRefused(Participant participant, Reason reason, String words) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CertificateRefusedException refused = assertThrows(CertificateRefusedException.class,
				() -> Certificates.write(participant, SESSION, PROGRAMME, SPANISH, out));
		assertEquals(reason, refused.reason());
		assertTrue(refused.getMessage().contains(words), refused.getMessage());
		assertTrue(refused.getMessage().contains(SESSION.getTitle()), "names the session: " + refused.getMessage());
		assertFalse(refused.getMessage().contains("Ficticia"), "never the person: " + refused.getMessage());
		assertEquals(0, out.size(), "nothing written");
	}

	private static Participant participant(boolean attended, LocalDate completedOn) {
		Participant participant = TrainingData.participant("Ana Ficticia Pérez", "GTM", Sex.F,
				"Instituto de Migración (ficticio)", SESSION, attended, completedOn);
		participant.setPosition("Oficial de migración");
		return participant;
	}

	private static String pdfText(Participant participant, Locale locale) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Certificates.write(participant, SESSION, PROGRAMME, locale, out);
		// Kept for a person to look at: target/certificate-es.pdf, target/certificate-en.pdf.
		Files.write(Path.of("target", "certificate-" + locale.getLanguage() + ".pdf"), out.toByteArray());
		try (PdfReader reader = new PdfReader(out.toByteArray())) {
			return new PdfTextExtractor(reader).getTextFromPage(1);
		}
	}
}
