package org.crm.enlace.records;

import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One attribute that differs between two versions of a record.
 *
 * @param label    the attribute's name in the user's language
 * @param oldValue the value before, as text; empty when it was not set
 * @param newValue the value after, as text; empty when it is no longer set
 */
public record AttributeChange(EStructuralFeature feature, String label, String oldValue, String newValue) {
}
