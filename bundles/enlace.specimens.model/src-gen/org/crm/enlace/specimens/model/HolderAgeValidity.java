/**
 */
package org.crm.enlace.specimens.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Holder Age Validity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How long the document is valid for holders of an age range, in completed years (the shape of the procedures' AgeValidity).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.specimens.model.HolderAgeValidity#getFromAge <em>From Age</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.HolderAgeValidity#getToAge <em>To Age</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.HolderAgeValidity#getValidityMonths <em>Validity Months</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.specimens.model.SpecimensPackage#getHolderAgeValidity()
 * @model
 * @generated
 */
public interface HolderAgeValidity extends EObject {
	/**
	 * Returns the value of the '<em><b>From Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From Age</em>' attribute.
	 * @see #setFromAge(int)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getHolderAgeValidity_FromAge()
	 * @model
	 * @generated
	 */
	int getFromAge();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.HolderAgeValidity#getFromAge <em>From Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Age</em>' attribute.
	 * @see #getFromAge()
	 * @generated
	 */
	void setFromAge(int value);

	/**
	 * Returns the value of the '<em><b>To Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last age of the range, included; null for no upper limit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>To Age</em>' attribute.
	 * @see #setToAge(Integer)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getHolderAgeValidity_ToAge()
	 * @model
	 * @generated
	 */
	Integer getToAge();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.HolderAgeValidity#getToAge <em>To Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Age</em>' attribute.
	 * @see #getToAge()
	 * @generated
	 */
	void setToAge(Integer value);

	/**
	 * Returns the value of the '<em><b>Validity Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Validity Months</em>' attribute.
	 * @see #setValidityMonths(int)
	 * @see org.crm.enlace.specimens.model.SpecimensPackage#getHolderAgeValidity_ValidityMonths()
	 * @model required="true"
	 * @generated
	 */
	int getValidityMonths();

	/**
	 * Sets the value of the '{@link org.crm.enlace.specimens.model.HolderAgeValidity#getValidityMonths <em>Validity Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Validity Months</em>' attribute.
	 * @see #getValidityMonths()
	 * @generated
	 */
	void setValidityMonths(int value);

} // HolderAgeValidity
