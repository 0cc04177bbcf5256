package org.crm.enlace.cotravel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.crm.enlace.cotravel.MrzPerson;
import org.crm.enlace.model.Person;
import org.crm.enlace.model.PersonDocument;
import org.crm.enlace.model.Sex;
import org.crm.enlace.mrz.CheckDigit;
import org.crm.enlace.mrz.IcaoSpecimens;
import org.crm.enlace.mrz.NotAnMrzException;
import org.junit.jupiter.api.Test;

/** A person from a zone: ICAO's specimens, a constructed Guatemalan zone with Ñ, unknown parts, failed checks. */
class MrzPersonTest {

	private static final LocalDate ON = LocalDate.parse("2026-11-20");

	@Test
	void theIcaoPassportSpecimenGivesAnnaMariaEriksson() {
		MrzPerson read = MrzPerson.read(String.join("\n", IcaoSpecimens.TD3), ON);
		Person person = read.person();
		assertTrue(read.valid());
		assertEquals("ANNA MARIA", person.getGivenNames());
		assertEquals("ERIKSSON", person.getFirstSurname());
		assertNull(person.getSecondSurname());
		assertEquals("ERIKSSON<<ANNA<MARIA", person.getMrzName());
		assertEquals("1974-08-12", person.getDateOfBirth());
		assertEquals(Sex.F, person.getSex());
		assertEquals("UTO", person.getNationality());
		PersonDocument passport = person.getDocuments().getFirst();
		assertEquals(List.of("P", "L898902C3", "UTO", LocalDate.parse("2012-04-15")),
				List.of(passport.getType(), passport.getNumber(), passport.getIssuingState(), passport.getExpiry()));
	}

	@Test
	void theCardSpecimensGiveTheSamePerson() {
		for (List<String> zone : List.of(IcaoSpecimens.TD1, IcaoSpecimens.TD2)) {
			Person person = MrzPerson.read(String.join("\n", zone), ON).person();
			assertEquals(List.of("ANNA MARIA", "ERIKSSON", "1974-08-12", "UTO", "D23145890"),
					List.of(person.getGivenNames(), person.getFirstSurname(), person.getDateOfBirth(),
							person.getNationality(), person.getDocuments().getFirst().getNumber().substring(0, 9)));
			assertEquals("I", person.getDocuments().getFirst().getType());
		}
	}

	@Test
	void aGuatemalanZoneWithNxxAndParticlesIsReadBackWithEnye() {
		String zone = td3("DE<LA<CRUZ<NUNXXEZ<<MARIA<JOSE", "GTM", "150615", "F", "FX1234567");
		MrzPerson read = MrzPerson.read(zone, ON);
		Person person = read.person();
		assertTrue(read.valid(), read.findings(Locale.ENGLISH).toString());
		assertEquals("MARIA JOSE", person.getGivenNames());
		assertEquals(List.of("de la"), person.getSurnameParticles());
		assertEquals("CRUZ", person.getFirstSurname());
		assertEquals("NUÑEZ", person.getSecondSurname(), "NXX is always Ñ");
		assertEquals("DE<LA<CRUZ<NUNXXEZ<<MARIA<JOSE", person.getMrzName());
		assertEquals("2015-06-15", person.getDateOfBirth(), "the latest day not after the event: a child of 11");
		assertEquals("GTM", person.getNationality());
	}

	@Test
	void aZoneWithoutTheDayOrMonthGivesAPartialBirthDate() {
		assertEquals("2015-06", MrzPerson.read(td3("PRUEBA<<DEMO", "GTM", "1506<<", "M", "FX0000001"), ON).person()
				.getDateOfBirth());
		assertEquals("1974", MrzPerson.read(td3("PRUEBA<<DEMO", "GTM", "74<<<<", "M", "FX0000001"), ON).person()
				.getDateOfBirth());
		assertEquals("1927-01-01", MrzPerson.read(td3("PRUEBA<<DEMO", "GTM", "270101", "X", "FX0000001"), ON)
				.person().getDateOfBirth(), "never in the future: the century before");
		assertEquals(Sex.X, MrzPerson.read(td3("PRUEBA<<DEMO", "GTM", "270101", "<", "FX0000001"), ON).person()
				.getSex(), "the filler is unspecified");
	}

	@Test
	void aZoneThatFailsItsChecksStillFillsThePersonAndSaysSo() {
		String zone = td3("PRUEBA<<DEMO", "HND", "160203", "M", "FX7654321");
		String broken = zone.substring(0, zone.length() - 1) + (zone.endsWith("0") ? "1" : "0");
		MrzPerson read = MrzPerson.read(broken, ON);
		assertFalse(read.valid());
		assertEquals("PRUEBA", read.person().getFirstSurname());
		assertEquals("2016-02-03", read.person().getDateOfBirth());
		assertEquals(1, read.problems().size());
		String finding = read.findings(Locale.ENGLISH).getFirst();
		assertFalse(finding.contains("PRUEBA") || finding.contains("FX7654321"), finding);
	}

	@Test
	void textThatIsNoZoneIsRefused() {
		assertThrows(NotAnMrzException.class, () -> MrzPerson.read("not a machine readable zone", ON));
	}

	/** A TD3 passport zone of a fictitious person, its check digits computed. */
	static String td3(String name, String state, String birth, String sex, String number) {
		String line1 = pad("P<" + state + name, 44);
		String expiry = "310531";
		String optional = pad("", 14);
		String numberField = pad(number, 9);
		String line2 = numberField + CheckDigit.of(numberField) + state + birth + CheckDigit.of(birth) + sex + expiry
				+ CheckDigit.of(expiry) + optional + CheckDigit.of(optional);
		line2 += CheckDigit.of(line2.substring(0, 10), line2.substring(13, 20), line2.substring(21, 43));
		return line1 + "\n" + line2;
	}

	private static String pad(String text, int length) {
		return (text + "<".repeat(length)).substring(0, length);
	}
}
