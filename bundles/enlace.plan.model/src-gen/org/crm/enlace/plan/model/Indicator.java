/**
 */
package org.crm.enlace.plan.model;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.plan.model.Indicator#getIndicatorCode <em>Indicator Code</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.Indicator#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.Indicator#getTarget <em>Target</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.Indicator#isComputed <em>Computed</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.plan.model.PlanPackage#getIndicator()
 * @model
 * @generated
 */
public interface Indicator extends PlanItem {
	/**
	 * Returns the value of the '<em><b>Indicator Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shared with the areas' indicator sources (org.crm.enlace.core.indicator.IndicatorCodes).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Indicator Code</em>' attribute.
	 * @see #setIndicatorCode(String)
	 * @see org.crm.enlace.plan.model.PlanPackage#getIndicator_IndicatorCode()
	 * @model required="true"
	 * @generated
	 */
	String getIndicatorCode();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.Indicator#getIndicatorCode <em>Indicator Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Indicator Code</em>' attribute.
	 * @see #getIndicatorCode()
	 * @generated
	 */
	void setIndicatorCode(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.crm.enlace.plan.model.PlanPackage#getIndicator_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.Indicator#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(BigDecimal)
	 * @see org.crm.enlace.plan.model.PlanPackage#getIndicator_Target()
	 * @model
	 * @generated
	 */
	BigDecimal getTarget();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.Indicator#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Computed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether an area computes it; if no area does (yet), its value is entered by hand.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Computed</em>' attribute.
	 * @see #setComputed(boolean)
	 * @see org.crm.enlace.plan.model.PlanPackage#getIndicator_Computed()
	 * @model
	 * @generated
	 */
	boolean isComputed();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.Indicator#isComputed <em>Computed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Computed</em>' attribute.
	 * @see #isComputed()
	 * @generated
	 */
	void setComputed(boolean value);

} // Indicator
