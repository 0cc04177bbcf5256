/**
 */
package org.crm.enlace.cotravel.model;

import org.crm.enlace.model.Person;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Travelling Adult</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.cotravel.model.TravellingAdult#getPerson <em>Person</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.TravellingAdult#getRole <em>Role</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getTravellingAdult()
 * @model
 * @generated
 */
public interface TravellingAdult extends EObject {
	/**
	 * Returns the value of the '<em><b>Person</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Person</em>' containment reference.
	 * @see #setPerson(Person)
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getTravellingAdult_Person()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link org.crm.enlace.cotravel.model.TravellingAdult#getPerson <em>Person</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' containment reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.cotravel.model.AdultRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.crm.enlace.cotravel.model.AdultRole
	 * @see #setRole(AdultRole)
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getTravellingAdult_Role()
	 * @model
	 * @generated
	 */
	AdultRole getRole();

	/**
	 * Sets the value of the '{@link org.crm.enlace.cotravel.model.TravellingAdult#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.crm.enlace.cotravel.model.AdultRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(AdultRole value);

} // TravellingAdult
