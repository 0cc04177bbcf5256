/**
 */
package org.crm.enlace.plan.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Resource Line</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.crm.enlace.plan.model.PlanPackage#getResourceLine()
 * @model
 * @generated
 */
public interface ResourceLine extends PlanItem {
} // ResourceLine
