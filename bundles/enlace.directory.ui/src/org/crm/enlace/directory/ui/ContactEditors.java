package org.crm.enlace.directory.ui;

import java.util.Comparator;
import java.util.Optional;

import org.crm.enlace.core.store.RecordRepository;
import org.crm.enlace.directory.Directory;
import org.crm.enlace.directory.DirectoryRow;
import org.crm.enlace.model.ContactPoint;
import org.crm.enlace.model.ContactRole;
import org.crm.enlace.ui.EditorPlacement;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import jakarta.inject.Inject;

/**
 * Opens the contact editor for a country and role beside the directory: on the active contact, else on the latest
 * one entered, else on a new contact.
 */
@Creatable
public final class ContactEditors {

	public static final String DESCRIPTOR = "enlace.directory.ui.partdescriptor.contactEditor";
	static final String CONTACT_ID = "enlace.contact.id";
	static final String COUNTRY = "enlace.contact.country";
	static final String ROLE = "enlace.contact.role";

	private final EPartService partService;
	private final RecordRepository repository;

	@Inject
	public ContactEditors(EPartService partService, RecordRepository repository) {
		this.partService = partService;
		this.repository = repository;
	}

	public MPart open(MPart beside, DirectoryRow row, ContactRole role) {
		String country = row.country().getCode();
		Optional<ContactPoint> contact = (role == ContactRole.PERMANENT ? row.permanent() : row.alternate())
				.or(() -> Directory.contactsOf(repository, country).stream()
						.filter(c -> c.getRole() == role)
						.max(Comparator.comparing(ContactPoint::getModifiedAt,
								Comparator.nullsFirst(Comparator.naturalOrder()))));
		MPart editor = partService.createPart(DESCRIPTOR);
		editor.getTransientData().put(COUNTRY, country);
		editor.getTransientData().put(ROLE, role);
		contact.ifPresent(c -> editor.getTransientData().put(CONTACT_ID, c.getId()));
		return partService.showPart(EditorPlacement.addBeside(beside, editor), PartState.ACTIVATE);
	}
}
