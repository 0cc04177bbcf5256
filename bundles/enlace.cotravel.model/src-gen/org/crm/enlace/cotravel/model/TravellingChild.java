/**
 */
package org.crm.enlace.cotravel.model;

import org.crm.enlace.model.Person;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Travelling Child</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.cotravel.model.TravellingChild#getPerson <em>Person</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.TravellingChild#getAgeAtTime <em>Age At Time</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getTravellingChild()
 * @model
 * @generated
 */
public interface TravellingChild extends EObject {
	/**
	 * Returns the value of the '<em><b>Person</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Person</em>' containment reference.
	 * @see #setPerson(Person)
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getTravellingChild_Person()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link org.crm.enlace.cotravel.model.TravellingChild#getPerson <em>Person</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' containment reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

	/**
	 * Returns the value of the '<em><b>Age At Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Completed years on the alert's date: computed from the birth date when it is known to the day, else as entered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Age At Time</em>' attribute.
	 * @see #setAgeAtTime(Integer)
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getTravellingChild_AgeAtTime()
	 * @model
	 * @generated
	 */
	Integer getAgeAtTime();

	/**
	 * Sets the value of the '{@link org.crm.enlace.cotravel.model.TravellingChild#getAgeAtTime <em>Age At Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Age At Time</em>' attribute.
	 * @see #getAgeAtTime()
	 * @generated
	 */
	void setAgeAtTime(Integer value);

} // TravellingChild
