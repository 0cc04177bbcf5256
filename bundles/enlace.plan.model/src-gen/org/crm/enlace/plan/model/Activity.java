/**
 */
package org.crm.enlace.plan.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Activity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.plan.model.Activity#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.plan.model.PlanPackage#getActivity()
 * @model
 * @generated
 */
public interface Activity extends PlanItem {
	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.plan.model.EvidenceLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference list.
	 * @see org.crm.enlace.plan.model.PlanPackage#getActivity_Evidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<EvidenceLink> getEvidence();

} // Activity
