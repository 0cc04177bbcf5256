package org.crm.enlace.ui;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.core.store.StaleRecordException;
import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.validation.Problem;
import org.crm.enlace.model.Record;
import org.crm.enlace.ui.internal.Messages;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The top of every record editor, and its save: a status line and the problems that keep the record from being
 * saved, first in the editor so that after a refused save they are in sight whatever the scroll position. A save
 * stores the edited record and stamps it with the stored version, or says why not: a stale save shows the stored
 * version and the user's side by side instead of overwriting someone else's change.
 */
public final class EditorFeedback {

	private final Label status;
	private final org.eclipse.swt.widgets.List problems;

	/** @param widgetPrefix for the widget ids {@code <prefix>.status} and {@code <prefix>.problems} */
	public EditorFeedback(Composite parent, String widgetPrefix) {
		status = new Label(parent, SWT.WRAP);
		status.setData(AttributeForm.WIDGET_ID, widgetPrefix + ".status");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		new Label(parent, SWT.NONE).setText(Messages.get("editor.problems"));
		problems = new org.eclipse.swt.widgets.List(parent, SWT.BORDER | SWT.V_SCROLL);
		problems.setData(AttributeForm.WIDGET_ID, widgetPrefix + ".problems");
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 70).applyTo(problems);
	}

	public boolean isDisposed() {
		return problems.isDisposed();
	}

	public org.eclipse.swt.widgets.Shell getShell() {
		return problems.getShell();
	}

	/** Gives the focus to the editor's content, whose first control this is. */
	public void focusEditor() {
		problems.getParent().setFocus();
	}

	public void status(String text) {
		status.setText(text);
	}

	/** "Version 3; modified … by …", or "new record" for one never saved. */
	public void showVersion(Record record) {
		status.setText(record.getVersion() == 0 ? Messages.get("editor.new")
				: Messages.format("editor.version", record.getVersion(), record.getModifiedAt(),
						record.getModifiedBy()));
	}

	public void showProblems(List<Problem> found) {
		problems.removeAll();
		found.forEach(p -> problems.add(p.message()));
		if (found.isEmpty()) {
			problems.add(Messages.get("editor.noProblems"));
		}
	}

	/**
	 * Saves the edited record unless {@code found} lists problems. On success the edited object (which the editor's
	 * command stack keeps working on: the store hands back a copy) takes the stored id, version and stamps.
	 *
	 * @param asText the record as a few lines for a person comparing two versions; shown, never logged
	 * @return the stored copy; empty when nothing was stored (the reason is on screen)
	 */
	public <T extends Record> Optional<T> save(RecordRepository repository, T edited, List<Problem> found,
			Function<T, String> asText) {
		return store(edited, found, asText, () -> {
			T saved = repository.save(edited);
			stamp(edited, saved);
			showVersion(edited);
			status.setText(Messages.format("editor.saved", edited.getVersion()));
			return saved;
		});
	}

	/**
	 * Saves the edited record and the records changed with it (a session's participants) in one transaction, all or
	 * none, in the words of {@link #save}: unless {@code found} lists problems; a stale version of any of them is shown
	 * in the same dialog. Each edited object takes its stored stamps.
	 *
	 * @param changed what to store: {@code primary} when it changed itself, and the others
	 * @return the stored copies in the order of {@code changed}; empty when nothing was stored
	 */
	public <T extends Record> Optional<List<Record>> saveAll(RecordRepository repository, T primary,
			List<? extends Record> changed, List<Problem> found, Function<T, String> asText) {
		return store(primary, found, asText, () -> {
			List<Record> saved = repository.saveAll(changed);
			for (int i = 0; i < changed.size(); i++) {
				stamp(changed.get(i), saved.get(i));
			}
			showVersion(primary);
			long others = changed.stream().filter(r -> r != primary).count();
			status.setText(Messages.format("editor.savedWithOthers", primary.getVersion(), others));
			return saved;
		});
	}

	/* Lists the problems; without any, stores and says so, or says why nothing was stored. */
	private <T extends Record, S> Optional<S> store(T edited, List<Problem> found, Function<T, String> asText,
			Supplier<S> storing) {
		showProblems(found);
		if (!found.isEmpty()) {
			status.setText(Messages.get("editor.notSaved"));
			return Optional.empty();
		}
		try {
			return Optional.of(storing.get());
		} catch (StaleRecordException e) {
			showStale(e, edited, asText);
		} catch (StoreException e) {
			status.setText(e.getMessage());
		}
		return Optional.empty();
	}

	/* Both versions side by side; another record saved with the edited one is named by its stamps only. */
	@SuppressWarnings("unchecked")
	private <T extends Record> void showStale(StaleRecordException e, T edited, Function<T, String> asText) {
		Record stored = e.stored();
		Instant when = stored.getModifiedAt();
		boolean same = stored.eClass() == edited.eClass() && stored.getId() != null
				&& stored.getId().equals(edited.getId());
		MessageDialog.openWarning(problems.getShell(), Messages.get("editor.stale.title"), same
				? Messages.format("editor.stale.message", e.getMessage(), when, stored.getModifiedBy(),
						asText.apply((T) stored), asText.apply(edited))
				: Messages.format("editor.stale.other", e.getMessage(), when, stored.getModifiedBy()));
	}

	private static void stamp(Record edited, Record saved) {
		edited.setId(saved.getId());
		edited.setVersion(saved.getVersion());
		edited.setCreatedAt(saved.getCreatedAt());
		edited.setCreatedBy(saved.getCreatedBy());
		edited.setModifiedAt(saved.getModifiedAt());
		edited.setModifiedBy(saved.getModifiedBy());
	}
}
