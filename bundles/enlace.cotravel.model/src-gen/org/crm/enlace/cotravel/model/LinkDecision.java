/**
 */
package org.crm.enlace.cotravel.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Link Decision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An analyst's decision on whether two persons of co-travel alerts are the same person (issue 6 section 4), owned by the analyst's country and respected by every later linkage run: a rejected pair never comes back, a confirmed one is shown as confirmed whatever its score. Who decided and when are the record's createdBy/createdAt (modifiedBy/modifiedAt when changed).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.cotravel.model.LinkDecision#getPersonA <em>Person A</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.LinkDecision#getPersonB <em>Person B</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.LinkDecision#getDecision <em>Decision</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.LinkDecision#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getLinkDecision()
 * @model
 * @generated
 */
public interface LinkDecision extends org.crm.enlace.model.Record {
	/**
	 * Returns the value of the '<em><b>Person A</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reference of the first person: the alert's record id, the role (adult or child) and the 1-based position, e.g. 6f1c...:child:2; the smaller of the two references.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Person A</em>' attribute.
	 * @see #setPersonA(String)
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getLinkDecision_PersonA()
	 * @model annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getPersonA();

	/**
	 * Sets the value of the '{@link org.crm.enlace.cotravel.model.LinkDecision#getPersonA <em>Person A</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person A</em>' attribute.
	 * @see #getPersonA()
	 * @generated
	 */
	void setPersonA(String value);

	/**
	 * Returns the value of the '<em><b>Person B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reference of the second person, written as personA; the larger of the two references.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Person B</em>' attribute.
	 * @see #setPersonB(String)
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getLinkDecision_PersonB()
	 * @model annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getPersonB();

	/**
	 * Sets the value of the '{@link org.crm.enlace.cotravel.model.LinkDecision#getPersonB <em>Person B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person B</em>' attribute.
	 * @see #getPersonB()
	 * @generated
	 */
	void setPersonB(String value);

	/**
	 * Returns the value of the '<em><b>Decision</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.cotravel.model.LinkVerdict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decision</em>' attribute.
	 * @see org.crm.enlace.cotravel.model.LinkVerdict
	 * @see #setDecision(LinkVerdict)
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getLinkDecision_Decision()
	 * @model
	 * @generated
	 */
	LinkVerdict getDecision();

	/**
	 * Sets the value of the '{@link org.crm.enlace.cotravel.model.LinkDecision#getDecision <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision</em>' attribute.
	 * @see org.crm.enlace.cotravel.model.LinkVerdict
	 * @see #getDecision()
	 * @generated
	 */
	void setDecision(LinkVerdict value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the analyst decided so, in their words.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getLinkDecision_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.crm.enlace.cotravel.model.LinkDecision#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // LinkDecision
