package org.crm.enlace.store.derby.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

import org.crm.enlace.core.store.StoreException;
import org.crm.enlace.core.store.StoreException.Reason;
import org.crm.enlace.model.Record;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.xml.sax.InputSource;

/**
 * Writes a record, with everything it contains, as XMI and reads it back. Generic: the root element names the
 * record's class by its package's nsURI, which the global EPackage registry resolves when reading.
 */
final class RecordCodec {

	private static final URI RESOURCE_URI = URI.createURI("enlace:/record.xmi");
	private static final Map<String, Object> SAVE_OPTIONS = Map.of(XMLResource.OPTION_ENCODING, "UTF-8");
	private static final Map<String, Object> LOAD_OPTIONS = Map.of();

	private RecordCodec() {
	}

	/** @param record a record in no container and no resource: the store's own working copy */
	static String write(Record record) {
		XMIResource resource = new XMIResourceImpl(RESOURCE_URI);
		resource.getContents().add(record);
		try {
			StringWriter content = new StringWriter();
			resource.save(content, SAVE_OPTIONS);
			return content.toString();
		} catch (IOException | RuntimeException e) {
			// EMF's messages may quote values: keep only the kind of failure.
			throw new StoreException(Reason.INVALID, record.eClass().getName() + ": " + e.getClass().getSimpleName());
		} finally {
			resource.getContents().clear();
		}
	}

	/** @return a new record in no resource */
	static Record read(String content) {
		XMIResource resource = new XMIResourceImpl(RESOURCE_URI);
		try {
			resource.load(new InputSource(new StringReader(content)), LOAD_OPTIONS);
			EObject root = resource.getContents().get(0);
			resource.getContents().clear();
			return (Record) root;
		} catch (IOException | RuntimeException e) {
			// Typically a record of a package that is not registered (its bundle is missing) or of a changed model.
			throw new StoreException(Reason.FAILED, "read: " + e.getClass().getSimpleName());
		}
	}
}
