/**
 */
package org.crm.enlace.specimens.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Specimen Page</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One page (or side of a card) with its images under each light and the security features drawn on them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.specimens.model.SpecimenPage#getNumber <em>Number</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.SpecimenPage#getLabel <em>Label</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.SpecimenPage#getImages <em>Images</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.SpecimenPage#getCallouts <em>Callouts</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.specimens.model.SpecimensPackage#getSpecimenPage()
 * @model
 * @generated
 */
public interface SpecimenPage extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getSpecimenPage_Number()
	 * @model
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.SpecimenPage#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the page is, e.g. data page, front, back, inside cover.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getSpecimenPage_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.SpecimenPage#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Images</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.specimens.model.PageImage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Images</em>' containment reference list.
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getSpecimenPage_Images()
	 * @model containment="true"
	 * @generated
	 */
	EList<PageImage> getImages();

	/**
	 * Returns the value of the '<em><b>Callouts</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.specimens.model.Callout}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Callouts</em>' containment reference list.
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getSpecimenPage_Callouts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Callout> getCallouts();

} // SpecimenPage
