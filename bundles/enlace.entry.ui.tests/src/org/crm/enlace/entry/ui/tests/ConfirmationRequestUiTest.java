package org.crm.enlace.entry.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.crm.enlace.core.account.NodeKeys;
import org.crm.enlace.core.country.Owners;
import org.crm.enlace.core.osgi.Services;
import org.crm.enlace.core.store.Progress;
import org.crm.enlace.core.store.RecordEvents;
import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.RecordStore;
import org.crm.enlace.core.store.RecordStoreFactory;
import org.crm.enlace.core.time.Clock;
import org.crm.enlace.core.user.CurrentUser;
import org.crm.enlace.core.user.Role;
import org.crm.enlace.entry.EntryRuleImport;
import org.crm.enlace.entry.EntryRules;
import org.crm.enlace.entry.PassportIndex;
import org.crm.enlace.entry.model.ConfirmingParty;
import org.crm.enlace.entry.model.EntryRule;
import org.crm.enlace.entry.model.Requirement;
import org.crm.enlace.entry.ui.MatrixPart;
import org.crm.enlace.entry.ui.RequestsPart;
import org.crm.enlace.entry.ui.RuleEditorPart;
import org.crm.enlace.entry.ui.RuleEditors;
import org.crm.enlace.ui.Screenshots;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The request as people make and answer it, in real SWT shells (under Xvfb in the build): the Secretariat asks in
 * the rule editor's dialog (a missing reference listed, then stored), Guatemala's liaison officer applies it in its
 * editor, and the Secretariat's list shows it applied. Screenshots in {@code target/screenshots/}.
 */
class ConfirmationRequestUiTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"));
	private static final NodeKeys KEYS = NodeKeys.generate();
	private static final CurrentUser SECRETARIAT = new CurrentUser("st.ficticia", Owners.SECRETARIAT,
			Role.SECRETARIAT);
	private static final CurrentUser GUATEMALA = new CurrentUser("gtm.ficticio", "GTM", Role.LIAISON_OFFICER);
	private static final String RULE = EntryRules.stableId("GTM", "COL");
	/** {@code RuleEditors.RULE_ID}: the transient datum that names an editor's rule. */
	private static final String RULE_ID = "enlace.entry.rule.id";

	@TempDir
	Path data;
	private final List<String> posted = new ArrayList<>();

	@Test
	void theSecretariatAsksInTheEditorAndGuatemalaAppliesTheRequestInItsOwn() throws Exception {
		RecordStoreFactory factory = Services.await(RecordStoreFactory.class, 10_000).orElseThrow();
		factory.openAfterSeeding(data, SECRETARIAT, KEYS, CLOCK, system -> {
			try {
				EntryRuleImport.run(system, new StringReader("Passport,Destination,Requirement\nCOL,GTM,visa required\n"),
						PassportIndex.SOURCE, EntryRuleImport.Mode.ALL_OR_NOTHING, Progress.NONE);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}).close();
		in(factory, SECRETARIAT, this::secretariatAsks);
		in(factory, GUATEMALA, this::guatemalaApplies);
		in(factory, SECRETARIAT, this::secretariatSeesItApplied);
	}

	private void secretariatAsks(RecordStore store, Shell shell) throws Exception {
		Display display = shell.getDisplay();
		Composite editor = editor(shell, store, SECRETARIAT);
		assertFalse(find(editor, "rule.confirm", Button.class).isEnabled(), "the Secretariat writes no rule");
		Button ask = find(editor, "rule.requestConfirmation", Button.class);
		assertTrue(ask.isEnabled());
		assertEquals(List.of("Ninguna solicitud sobre esta regla."), items(editor));

		AtomicReference<Throwable> failure = new AtomicReference<>();
		answerDialog(display, failure, dialog -> {
			press(dialog, IDialogConstants.OK_ID);
			org.eclipse.swt.widgets.List problems = find(dialog, "request.problems",
					org.eclipse.swt.widgets.List.class);
			assertEquals(1, problems.getItemCount(), () -> Arrays.toString(problems.getItems()));
			assertTrue(problems.getItem(0).startsWith("Referencia:"), problems.getItem(0));
			find(dialog, "request.reference", Text.class).setText("DGM-NOTA-555-2026 (ficticia)");
			find(dialog, "request.referenceDate", Text.class).setText("2026-11-20");
			Combo requirement = find(dialog, "request.correctedRequirement", Combo.class);
			requirement.select(Requirement.VISA_FREE.getValue() + 1);
			find(dialog, "request.correctedMaxStayDays", Text.class).setText("90");
			Screenshots.saveForReview(dialog, "confirmation-request-dialog");
			press(dialog, IDialogConstants.OK_ID);
		});
		ask.notifyListeners(SWT.Selection, new Event());
		assertNull(failure.get(), () -> String.valueOf(failure.get()));
		Composite shown = (Composite) shell.getChildren()[0];
		List<String> lines = items(shown);
		assertEquals(1, lines.size(), lines::toString);
		assertTrue(lines.getFirst().startsWith("DGM-NOTA-555-2026 (ficticia) del 2026-11-20, pedida el 2026-11-29"
				+ " por st.ficticia") && lines.getFirst().contains(": Abierta"), lines.getFirst());
		assertTrue(posted.contains("ConfirmationRequest"), posted::toString);
		Screenshots.saveForReview(shell, "confirmation-request-secretariat");
	}

	private void guatemalaApplies(RecordStore store, Shell shell) throws Exception {
		Composite editor = editor(shell, store, GUATEMALA);
		Button apply = find(editor, "rule.request.apply", Button.class);
		assertTrue(apply.isEnabled(), "the open request is selected");
		assertTrue(find(editor, "rule.request.reject", Button.class).isEnabled());
		apply.notifyListeners(SWT.Selection, new Event());
		Composite shown = (Composite) shell.getChildren()[0];
		assertEquals("Confirmada el 2026-11-29 por st.ficticia (la Secretaría en su nombre)",
				find(shown, "rule.confirmation", Label.class).getText());
		assertTrue(items(shown).getFirst().contains(": Aplicada"), items(shown)::toString);
		assertFalse(find(shown, "rule.request.apply", Button.class).isEnabled(), "applied once");
		assertTrue(posted.contains("EntryRule"), posted::toString);
		EntryRule rule = (EntryRule) store.findById(RULE).orElseThrow();
		assertEquals(Requirement.VISA_FREE, rule.getRequirement(), "confirmed as corrected");
		assertEquals(90, rule.getMaxStayDays());
		assertEquals(ConfirmingParty.SECRETARIAT, rule.getConfirmingParty());
		Screenshots.saveForReview(shell, "confirmation-request-applied");
	}

	private void secretariatSeesItApplied(RecordStore store, Shell shell) throws Exception {
		IEclipseContext context = context(shell, store, SECRETARIAT);
		context.set(RuleEditors.class, new RuleEditors(null));
		context.set(MPart.class, MBasicFactory.INSTANCE.createPart());
		ContextInjectionFactory.make(RequestsPart.class, context);
		shell.layout(true, true);
		Table table = find(shell, "requests.table", Table.class);
		assertEquals(1, table.getItemCount());
		assertEquals("Aplicada", table.getItem(0).getText(0));
		assertEquals("GTM", table.getItem(0).getText(1));
		assertEquals("COL", table.getItem(0).getText(2));
		assertTrue(table.getItem(0).getText(7).contains("gtm.ficticio"), table.getItem(0).getText(7));
		assertEquals("1 solicitud", find(shell, "requests.count", Label.class).getText());
		Screenshots.saveForReview(shell, "confirmation-requests-part");
	}

	@FunctionalInterface
	private interface Phase {
		void run(RecordStore store, Shell shell) throws Exception;
	}

	/** Runs a phase in a shell of its own, with the store opened for the user. */
	private void in(RecordStoreFactory factory, CurrentUser user, Phase phase) throws Exception {
		try (RecordStore store = factory.open(data, user, KEYS, CLOCK)) {
			Shell shell = shell(Display.getDefault());
			try {
				phase.run(store, shell);
			} finally {
				shell.dispose();
			}
		}
	}

	private Composite editor(Shell shell, RecordRepository repository, CurrentUser user) {
		IEclipseContext context = context(shell, repository, user);
		MPart part = MBasicFactory.INSTANCE.createPart();
		part.getTransientData().put(RULE_ID, RULE);
		context.set(MPart.class, part);
		ContextInjectionFactory.make(RuleEditorPart.class, context);
		shell.layout(true, true);
		Screenshots.settle(shell.getDisplay());
		return (Composite) shell.getChildren()[0];
	}

	private IEclipseContext context(Shell shell, RecordRepository repository, CurrentUser user) {
		IEclipseContext context = EclipseContextFactory.create("confirmation-request-test");
		Composite parent = new Composite(shell, SWT.NONE);
		context.set(Composite.class, parent);
		context.set(RecordRepository.class, repository);
		context.set(Clock.class, CLOCK);
		context.set(CurrentUser.class, user);
		context.set(IEventBroker.class, broker());
		shell.open();
		return context;
	}

	/** An event broker that only remembers what was posted on {@link RecordEvents#CHANGED}. */
	private IEventBroker broker() {
		return (IEventBroker) Proxy.newProxyInstance(IEventBroker.class.getClassLoader(),
				new Class<?>[] { IEventBroker.class },
				(proxy, method, arguments) -> {
					if (method.getName().equals("post") && RecordEvents.CHANGED.equals(arguments[0])) {
						posted.add(String.valueOf(arguments[1]));
					}
					return method.getReturnType() == boolean.class ? Boolean.TRUE : null;
				});
	}

	private static Shell shell(Display display) {
		Shell shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(1100, 900);
		return shell;
	}

	/** The lines of the editor's list of requests. */
	private static List<String> items(Composite editor) {
		return List.of(find(editor, "rule.requests", org.eclipse.swt.widgets.List.class).getItems());
	}

	@FunctionalInterface
	private interface DialogWork {
		void run(Shell dialog) throws Exception;
	}

	/** Drives the modal dialog that opens next, from its own event loop; a failure is kept and the dialog closed. */
	private static void answerDialog(Display display, AtomicReference<Throwable> failure, DialogWork work) {
		display.timerExec(200, new Runnable() {
			private int polls;

			@Override
			public void run() {
				Optional<Shell> dialog = Arrays.stream(display.getShells())
						.filter(s -> !s.isDisposed() && s.isVisible() && find(s, "request.reference", Text.class,
								false) != null)
						.findFirst();
				if (dialog.isEmpty()) {
					if (++polls < 150) {
						display.timerExec(200, this);
					}
					return;
				}
				try {
					work.run(dialog.get());
				} catch (Throwable t) {
					failure.compareAndSet(null, t);
					if (!dialog.get().isDisposed()) {
						dialog.get().close();
					}
				}
			}
		});
	}

	private static void press(Shell dialog, int buttonId) {
		Button button = all(dialog).stream().filter(Button.class::isInstance).map(Button.class::cast)
				.filter(b -> Integer.valueOf(buttonId).equals(b.getData())).findFirst().orElseThrow();
		button.notifyListeners(SWT.Selection, new Event());
	}

	private static <T extends Control> T find(Composite root, String id, Class<T> type) {
		return find(root, id, type, true);
	}

	private static <T extends Control> T find(Composite root, String id, Class<T> type, boolean required) {
		Optional<T> found = all(root).stream().filter(c -> id.equals(c.getData(MatrixPart.WIDGET_ID)))
				.filter(type::isInstance).map(type::cast).findFirst();
		if (required && found.isEmpty()) {
			throw new AssertionError("no widget " + id);
		}
		return found.orElse(null);
	}

	private static List<Control> all(Composite root) {
		List<Control> controls = new ArrayList<>();
		for (Control child : root.getChildren()) {
			controls.add(child);
			if (child instanceof Composite composite) {
				controls.addAll(all(composite));
			}
		}
		return controls;
	}
}
