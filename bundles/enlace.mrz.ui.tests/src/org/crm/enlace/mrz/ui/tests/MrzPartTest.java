package org.crm.enlace.mrz.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.crm.enlace.core.time.Clock;
import org.crm.enlace.mrz.IcaoSpecimens;
import org.crm.enlace.mrz.ui.MrzPart;
import org.crm.enlace.mrz.specimens.SpecimenLookup;
import org.crm.enlace.mrz.specimens.SpecimenMatch;
import org.crm.enlace.ui.AttributeForm;
import org.crm.enlace.ui.Screenshots;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

/**
 * The MRZ checker part created by E4's injector in a real SWT shell (under Xvfb in the build), without the
 * workbench, on 2026-11-29: the zones are ICAO Doc 9303's specimens (a fictitious state and holder) and variants of
 * them; screenshots in {@code target/screenshots/mrz-*.png}.
 */
class MrzPartTest {

	private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));
	private static final String TD3 = String.join("\n", IcaoSpecimens.TD3);

	@Test
	void theIcaoPassportSpecimenShowsEveryFieldAndEveryCheckPassing() {
		withPart(null, (context, parent) -> {
			type(parent, TD3);
			assertEquals("TD3 (pasaporte, 2 líneas de 44): todas las comprobaciones pasan (5 de 5).",
					find(parent, "mrz.status", Label.class).getText());
			List<String> rows = rows(find(parent, "mrz.fields", Table.class));
			assertEquals("Código de documento | P | ", rows.get(0));
			assertEquals("Estado emisor | UTO | ", rows.get(1));
			assertEquals("Identificador primario (apellidos) | ERIKSSON | ERIKSSON; quizá con acentos: E → È/É/Ê/Ë, "
					+ "I → Í/Î/Ï, O → Ó/Ô/Õ/Ö, N → Ñ", rows.get(2));
			assertTrue(rows.get(3).startsWith("Identificador secundario (nombres) | ANNA MARIA | ANNA MARIA; quizá"),
					rows.get(3));
			assertEquals(List.of("Número de documento | L898902C3 | ", "Nacionalidad | UTO | ",
					"Fecha de nacimiento | 740812 | 1974-08-12", "Sexo | F | femenino",
					"Fecha de vencimiento | 120415 | 2012-04-15", "Datos opcionales | ZE184226B | "),
					rows.subList(4, 10));
			assertEquals(List.of("Número de documento | ✓ pasa | ", "Fecha de nacimiento | ✓ pasa | ",
					"Fecha de vencimiento | ✓ pasa | ", "Datos opcionales | ✓ pasa | ",
					"Control compuesto | ✓ pasa | "), rows(find(parent, "mrz.checks", Table.class)));
			assertEquals(List.of("Ninguna advertencia."), rows(find(parent, "mrz.warnings", Table.class)));
			Screenshots.saveForReview(parent.getShell(), "mrz-td3-specimen");
		});
	}

	@Test
	void namesAreShownBesideTheLettersWithAccentsTheyMayStandFor() {
		withPart(null, (context, parent) -> {
			// Line 1 holds no check digit: the surname changed, every check still passes.
			type(parent, TD3.replace("ERIKSSON<<ANNA<MARIA<<", "NUNEZ<<JOSE<<<<<<<<<<<"));
			List<String> rows = rows(find(parent, "mrz.fields", Table.class));
			assertEquals("Identificador primario (apellidos) | NUNEZ | NUNEZ; quizá con acentos: N → Ñ, U → Ù/Ú/Û/Ü, "
					+ "E → È/É/Ê/Ë", rows.get(2));
			assertTrue(rows.get(3).startsWith("Identificador secundario (nombres) | JOSE | JOSE; quizá con acentos:"),
					rows.get(3));

			type(parent, TD3.replace("ERIKSSON<<ANNA<MARIA<<", "NUNXXEZ<<JOSE<<<<<<<<<"));
			assertTrue(rows(find(parent, "mrz.fields", Table.class)).get(2)
					.startsWith("Identificador primario (apellidos) | NUNXXEZ | NUÑEZ; quizá con acentos: "));
		});
	}

	@Test
	void aBrokenCheckDigitIsNamedAndExplained() {
		withPart(null, (context, parent) -> {
			// The birth date's check digit 2 typed as 3: that check fails, and the composite, which covers it.
			type(parent, TD3.replace("7408122F", "7408123F"));
			assertEquals("TD3 (pasaporte, 2 líneas de 44): fallan 2 de 5 comprobaciones; ver abajo por qué.",
					find(parent, "mrz.status", Label.class).getText());
			List<String> checks = rows(find(parent, "mrz.checks", Table.class));
			assertEquals("Número de documento | ✓ pasa | ", checks.get(0));
			assertEquals("Fecha de nacimiento | ✗ falla | Fecha de nacimiento: el dígito de control (línea 2, "
					+ "posición 20) no cuadra: se esperaba 2 y se encontró 3.", checks.get(1));
			assertEquals("Fecha de vencimiento | ✓ pasa | ", checks.get(2));
			assertTrue(checks.get(4).startsWith("Control compuesto | ✗ falla | Control compuesto: el dígito"),
					checks.get(4));
			Screenshots.saveForReview(parent.getShell(), "mrz-broken-check");
		});
	}

	@Test
	void lowerCaseWithWindowsLineBreaksAndTrailingSpacesIsReadWithAWarning() {
		withPart(null, (context, parent) -> {
			type(parent, IcaoSpecimens.TD3.get(0).toLowerCase() + "  \r\n" + IcaoSpecimens.TD3.get(1) + " \r\n");
			assertTrue(find(parent, "mrz.status", Label.class).getText().contains("todas las comprobaciones pasan"));
			assertEquals(List.of("La línea 1 traía minúsculas: se leyeron como mayúsculas (la ZLM solo tiene "
					+ "mayúsculas)."), rows(find(parent, "mrz.warnings", Table.class)));
			Screenshots.saveForReview(parent.getShell(), "mrz-lower-case");
		});
	}

	@Test
	void somethingElseIsSaidNotToBeAnMrz() {
		withPart(null, (context, parent) -> {
			type(parent, "Anna Maria Eriksson, passport L898902C3");
			String status = find(parent, "mrz.status", Label.class).getText();
			assertTrue(status.startsWith("No es una ZLM: la línea 1, posición 5, tiene el carácter U+0020"), status);
			assertTrue(!status.contains("Eriksson") && !status.contains("L898902C3"), "no content in the message");
			assertEquals(List.of(), rows(find(parent, "mrz.fields", Table.class)));
			assertEquals(List.of(), rows(find(parent, "mrz.checks", Table.class)));
			Screenshots.saveForReview(parent.getShell(), "mrz-not-an-mrz");

			find(parent, "mrz.clear", Button.class).notifyListeners(SWT.Selection, null);
			assertEquals("", find(parent, "mrz.zone", Text.class).getText());
			assertTrue(find(parent, "mrz.status", Label.class).getText().startsWith("Pegue una zona"));
		});
	}

	@Test
	void withoutASpecimenRegisterThePartSaysSoAndShowsMatchesWhenOneComesAndGoes() {
		List<String> asked = new ArrayList<>();
		SpecimenLookup register = (repository, state, code) -> {
			asked.add(state + " " + code);
			return state.equals("UTO") && code.equals("P")
					? List.of(new SpecimenMatch("Pasaporte ordinario de Utopía (serie 2012)", "spec-uto-p-2012"))
					: List.of();
		};
		withPart(null, (context, parent) -> {
			type(parent, TD3);
			Table specimens = find(parent, "mrz.specimens", Table.class);
			assertEquals(List.of("El registro de especímenes no está instalado. | "), rows(specimens));

			context.set(SpecimenLookup.class, register);
			assertEquals(List.of("Pasaporte ordinario de Utopía (serie 2012) | spec-uto-p-2012"), rows(specimens));
			assertEquals("Especímenes del Estado emisor UTO con código de documento P:",
					find(parent, "mrz.specimensTitle", Label.class).getText());
			Screenshots.saveForReview(parent.getShell(), "mrz-specimens");

			type(parent, String.join("\n", IcaoSpecimens.TD1));
			assertEquals(List.of("El registro no tiene especímenes de UTO con código I. | "), rows(specimens));
			assertEquals(List.of("UTO P", "UTO I"), asked);

			context.remove(SpecimenLookup.class);
			assertEquals(List.of("El registro de especímenes no está instalado. | "), rows(specimens));
		});
	}

	@Test
	void aRegisterPresentWhenThePartIsMadeIsUsedAtOnce() {
		SpecimenLookup register = (repository, state, code) -> List.of(new SpecimenMatch(state + " " + code, "id-1"));
		withPart(register, (context, parent) -> {
			type(parent, String.join("\n", IcaoSpecimens.MRVB));
			assertEquals(List.of("UTO V | id-1"), rows(find(parent, "mrz.specimens", Table.class)));
		});
	}

	@Test
	void theKeyboardSelectsAllWithCtrlAAndTabLeavesTheZoneForTheClearButton() {
		withPart(null, (context, parent) -> {
			Text zone = find(parent, "mrz.zone", Text.class);
			type(parent, TD3);
			zone.setSelection(0);
			Event ctrlA = new Event();
			ctrlA.keyCode = 'a';
			ctrlA.stateMask = SWT.MOD1;
			zone.notifyListeners(SWT.KeyDown, ctrlA);
			assertEquals(TD3, zone.getSelectionText());

			Button clear = find(parent, "mrz.clear", Button.class);
			assertEquals("&Limpiar", clear.getText(), "a mnemonic");
			assertTrue(zone.setFocus(), "the zone takes the focus");
			assertTrue(zone.traverse(SWT.TRAVERSE_TAB_NEXT), "Tab is no character in the zone");
			assertEquals(clear, parent.getDisplay().getFocusControl());
			assertEquals(TD3, zone.getText());
		});
	}

	/* The part as the workbench makes it: E4's injector calls its @PostConstruct and injects the lookup if any. */
	private static void withPart(SpecimenLookup lookup, PartCheck check) {
		Display display = Display.getDefault();
		Shell shell = new Shell(display);
		try {
			shell.setLayout(new FillLayout());
			shell.setSize(1100, 1000);
			Composite parent = new Composite(shell, SWT.NONE);
			IEclipseContext context = EclipseContextFactory.create("mrz-part-test");
			context.set(Composite.class, parent);
			context.set(Clock.class, TODAY);
			if (lookup != null) {
				context.set(SpecimenLookup.class, lookup);
			}
			ContextInjectionFactory.make(MrzPart.class, context);
			shell.open();
			Screenshots.settle(display);
			check.run(context, parent);
		} finally {
			shell.dispose();
		}
	}

	private interface PartCheck {
		void run(IEclipseContext context, Composite parent);
	}

	/* As a paste does: the text replaced at once, no button pressed. */
	private static void type(Composite parent, String zone) {
		find(parent, "mrz.zone", Text.class).setText(zone);
	}

	private static List<String> rows(Table table) {
		return Arrays.stream(table.getItems()).map(item -> {
			List<String> cells = new ArrayList<>();
			for (int c = 0; c < table.getColumnCount(); c++) {
				cells.add(item.getText(c));
			}
			return String.join(" | ", cells);
		}).toList();
	}

	private static <T extends Control> T find(Composite parent, String id, Class<T> type) {
		return type.cast(AttributeForm.widget(parent, id).orElseThrow(() -> new AssertionError("no widget " + id)));
	}
}
