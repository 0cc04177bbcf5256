/**
 */
package org.crm.enlace.cotravel.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Claimed Relationship</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the adult said they are to the child: one per child and adult pair.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.cotravel.model.ClaimedRelationship#getChild <em>Child</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.ClaimedRelationship#getAdult <em>Adult</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.ClaimedRelationship#getRelationship <em>Relationship</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getClaimedRelationship()
 * @model
 * @generated
 */
public interface ClaimedRelationship extends EObject {
	/**
	 * Returns the value of the '<em><b>Child</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Child</em>' reference.
	 * @see #setChild(TravellingChild)
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getClaimedRelationship_Child()
	 * @model required="true"
	 * @generated
	 */
	TravellingChild getChild();

	/**
	 * Sets the value of the '{@link org.crm.enlace.cotravel.model.ClaimedRelationship#getChild <em>Child</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Child</em>' reference.
	 * @see #getChild()
	 * @generated
	 */
	void setChild(TravellingChild value);

	/**
	 * Returns the value of the '<em><b>Adult</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adult</em>' reference.
	 * @see #setAdult(TravellingAdult)
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getClaimedRelationship_Adult()
	 * @model required="true"
	 * @generated
	 */
	TravellingAdult getAdult();

	/**
	 * Sets the value of the '{@link org.crm.enlace.cotravel.model.ClaimedRelationship#getAdult <em>Adult</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adult</em>' reference.
	 * @see #getAdult()
	 * @generated
	 */
	void setAdult(TravellingAdult value);

	/**
	 * Returns the value of the '<em><b>Relationship</b></em>' attribute.
	 * The default value is <code>"UNKNOWN"</code>.
	 * The literals are from the enumeration {@link org.crm.enlace.cotravel.model.Relationship}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relationship</em>' attribute.
	 * @see org.crm.enlace.cotravel.model.Relationship
	 * @see #setRelationship(Relationship)
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getClaimedRelationship_Relationship()
	 * @model default="UNKNOWN"
	 * @generated
	 */
	Relationship getRelationship();

	/**
	 * Sets the value of the '{@link org.crm.enlace.cotravel.model.ClaimedRelationship#getRelationship <em>Relationship</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relationship</em>' attribute.
	 * @see org.crm.enlace.cotravel.model.Relationship
	 * @see #getRelationship()
	 * @generated
	 */
	void setRelationship(Relationship value);

} // ClaimedRelationship
