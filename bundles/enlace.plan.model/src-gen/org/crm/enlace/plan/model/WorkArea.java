/**
 */
package org.crm.enlace.plan.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Work Area</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.plan.model.WorkArea#getObjectives <em>Objectives</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.plan.model.PlanPackage#getWorkArea()
 * @model
 * @generated
 */
public interface WorkArea extends PlanItem {
	/**
	 * Returns the value of the '<em><b>Objectives</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.plan.model.Objective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Objectives</em>' containment reference list.
	 * @see org.crm.enlace.plan.model.PlanPackage#getWorkArea_Objectives()
	 * @model containment="true"
	 * @generated
	 */
	EList<Objective> getObjectives();

} // WorkArea
