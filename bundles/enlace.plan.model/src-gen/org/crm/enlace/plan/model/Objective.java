/**
 */
package org.crm.enlace.plan.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Objective</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.plan.model.Objective#getResults <em>Results</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.plan.model.PlanPackage#getObjective()
 * @model
 * @generated
 */
public interface Objective extends Commitment {
	/**
	 * Returns the value of the '<em><b>Results</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.plan.model.Result}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Results</em>' containment reference list.
	 * @see org.crm.enlace.plan.model.PlanPackage#getObjective_Results()
	 * @model containment="true"
	 * @generated
	 */
	EList<Result> getResults();

} // Objective
