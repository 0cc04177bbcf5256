/**
 */
package org.crm.enlace.plan.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.plan.model.Result#getActivities <em>Activities</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.plan.model.PlanPackage#getResult()
 * @model
 * @generated
 */
public interface Result extends Commitment {
	/**
	 * Returns the value of the '<em><b>Activities</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.plan.model.Activity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Activities</em>' containment reference list.
	 * @see org.crm.enlace.plan.model.PlanPackage#getResult_Activities()
	 * @model containment="true"
	 * @generated
	 */
	EList<Activity> getActivities();

} // Result
