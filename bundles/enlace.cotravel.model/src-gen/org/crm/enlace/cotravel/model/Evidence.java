/**
 */
package org.crm.enlace.cotravel.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evidence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A document of the bond or of the parents' consent, and what its verification gave.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.cotravel.model.Evidence#getKind <em>Kind</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.Evidence#getResult <em>Result</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.Evidence#getChild <em>Child</em>}</li>
 *   <li>{@link org.crm.enlace.cotravel.model.Evidence#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getEvidence()
 * @model
 * @generated
 */
public interface Evidence extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.cotravel.model.EvidenceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.crm.enlace.cotravel.model.EvidenceKind
	 * @see #setKind(EvidenceKind)
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getEvidence_Kind()
	 * @model
	 * @generated
	 */
	EvidenceKind getKind();

	/**
	 * Sets the value of the '{@link org.crm.enlace.cotravel.model.Evidence#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.crm.enlace.cotravel.model.EvidenceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(EvidenceKind value);

	/**
	 * Returns the value of the '<em><b>Result</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.cotravel.model.VerificationResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unset until the officer gives it; the validator asks for it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Result</em>' attribute.
	 * @see org.crm.enlace.cotravel.model.VerificationResult
	 * @see #isSetResult()
	 * @see #unsetResult()
	 * @see #setResult(VerificationResult)
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getEvidence_Result()
	 * @model unsettable="true"
	 * @generated
	 */
	VerificationResult getResult();

	/**
	 * Sets the value of the '{@link org.crm.enlace.cotravel.model.Evidence#getResult <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Result</em>' attribute.
	 * @see org.crm.enlace.cotravel.model.VerificationResult
	 * @see #isSetResult()
	 * @see #unsetResult()
	 * @see #getResult()
	 * @generated
	 */
	void setResult(VerificationResult value);

	/**
	 * Unsets the value of the '{@link org.crm.enlace.cotravel.model.Evidence#getResult <em>Result</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetResult()
	 * @see #getResult()
	 * @see #setResult(VerificationResult)
	 * @generated
	 */
	void unsetResult();

	/**
	 * Returns whether the value of the '{@link org.crm.enlace.cotravel.model.Evidence#getResult <em>Result</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Result</em>' attribute is set.
	 * @see #unsetResult()
	 * @see #getResult()
	 * @see #setResult(VerificationResult)
	 * @generated
	 */
	boolean isSetResult();

	/**
	 * Returns the value of the '<em><b>Child</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The child it concerns; none when it concerns all of them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Child</em>' reference.
	 * @see #setChild(TravellingChild)
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getEvidence_Child()
	 * @model
	 * @generated
	 */
	TravellingChild getChild();

	/**
	 * Sets the value of the '{@link org.crm.enlace.cotravel.model.Evidence#getChild <em>Child</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Child</em>' reference.
	 * @see #getChild()
	 * @generated
	 */
	void setChild(TravellingChild value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.crm.enlace.cotravel.model.CoTravelPackage#getEvidence_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.crm.enlace.cotravel.model.Evidence#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // Evidence
