package org.crm.enlace.training;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

import org.crm.enlace.core.country.CountryCatalog;
import org.crm.enlace.training.CertificateRefusedException.Reason;
import org.crm.enlace.training.internal.Messages;
import org.crm.enlace.training.model.Enrolment;
import org.crm.enlace.training.model.Participant;
import org.crm.enlace.training.model.TrainingProgramme;
import org.crm.enlace.training.model.TrainingSession;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A participant's certificate as a one-page PDF (OpenPDF): who, which programme and session, the modules covered,
 * and the completion day in ISO 8601. Only for an enrolment that was attended and completed; anything else is
 * refused before a byte is written.
 */
public final class Certificates {

	private Certificates() {
	}

	/**
	 * @throws CertificateRefusedException when the participant is not enrolled in the session, did not attend it
	 *                                     or has no completion day
	 */
	public static void write(Participant participant, TrainingSession session, TrainingProgramme programme,
			Locale locale, OutputStream out) {
		LocalDate completedOn = completion(participant, session, locale);
		Document document = new Document(PageSize.A4.rotate(), 56, 56, 56, 56);
		try {
			PdfWriter.getInstance(document, out);
			document.open();
			document.add(centred(text("certificate.title", locale), font(FontFactory.HELVETICA_BOLD, 26), 24));
			document.add(centred(text("certificate.certifies", locale), font(FontFactory.HELVETICA, 13), 12));
			document.add(centred(participant.getFullName(), font(FontFactory.HELVETICA_BOLD, 20), 8));
			document.add(centred(join(participant.getPosition(), participant.getInstitution(),
					country(participant.getCountry(), locale)), font(FontFactory.HELVETICA, 12), 16));
			document.add(centred(format("certificate.programme", locale, programme.getTitle(),
					programme.getVersionLabel()), font(FontFactory.HELVETICA, 13), 6));
			document.add(centred(format("certificate.session", locale, session.getTitle(), session.getPlace(),
					country(session.getCountry(), locale), iso(session.getStartDate()), iso(session.getEndDate())),
					font(FontFactory.HELVETICA, 11), 6));
			document.add(centred(format("certificate.modules", locale, modules(session, programme)),
					font(FontFactory.HELVETICA, 10), 18));
			document.add(centred(format("certificate.completedOn", locale, completedOn.toString()),
					font(FontFactory.HELVETICA_BOLD, 14), 24));
			document.add(centred(join(session.getOrganisers().toArray(String[]::new)),
					font(FontFactory.HELVETICA_OBLIQUE, 10), 0));
		} catch (DocumentException e) {
			throw new IllegalStateException(e);
		} finally {
			document.close();
		}
	}

	/** The completion day, or the refusal with its reason. */
	public static LocalDate completion(Participant participant, TrainingSession session, Locale locale) {
		Enrolment enrolment = Participants.enrolment(participant, session.getId())
				.orElseThrow(() -> refused(Reason.NOT_ENROLLED, session, locale));
		if (!enrolment.isAttended()) {
			throw refused(Reason.NOT_ATTENDED, session, locale);
		}
		return Participants.completedOn(enrolment).orElseThrow(() -> refused(Reason.NOT_COMPLETED, session, locale));
	}

	private static CertificateRefusedException refused(Reason reason, TrainingSession session, Locale locale) {
		String title = session.getTitle() == null ? session.getId() : session.getTitle();
		return new CertificateRefusedException(reason,
				format("certificate.refused." + reason.name(), locale, title));
	}

	private static String modules(TrainingSession session, TrainingProgramme programme) {
		return programme.getModules().stream().filter(m -> session.getModuleCodes().contains(m.getCode()))
				.map(m -> m.getTitle()).collect(Collectors.joining("; "));
	}

	private static String country(String code, Locale locale) {
		return CountryCatalog.find(code).map(e -> switch (locale.getLanguage()) {
		case "en" -> e.nameEn();
		case "fr" -> e.nameFr();
		default -> e.nameEs();
		}).orElse(code);
	}

	private static String join(String... parts) {
		return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank())
				.collect(Collectors.joining(", "));
	}

	private static String iso(LocalDate day) {
		return day == null ? "" : day.toString();
	}

	private static Paragraph centred(String text, Font font, float spacingAfter) {
		Paragraph paragraph = new Paragraph(text, font);
		paragraph.setAlignment(Element.ALIGN_CENTER);
		paragraph.setSpacingAfter(spacingAfter);
		return paragraph;
	}

	private static Font font(String name, float size) {
		return FontFactory.getFont(name, size);
	}

	private static String text(String key, Locale locale) {
		return Messages.get(key, locale);
	}

	private static String format(String key, Locale locale, Object... arguments) {
		return new java.text.MessageFormat(Messages.get(key, locale), locale).format(arguments);
	}
}
