/**
 */
package org.crm.enlace.plan.model;

import java.math.BigDecimal;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A value of an indicator entered by hand, for an indicator no area computes: the value, the day it describes and where it comes from.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.plan.model.IndicatorEntry#getPlan <em>Plan</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.IndicatorEntry#getIndicator <em>Indicator</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.IndicatorEntry#getValue <em>Value</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.IndicatorEntry#getDate <em>Date</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.IndicatorEntry#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.plan.model.PlanPackage#getIndicatorEntry()
 * @model
 * @generated
 */
public interface IndicatorEntry extends org.crm.enlace.model.Record {
	/**
	 * Returns the value of the '<em><b>Plan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plan</em>' attribute.
	 * @see #setPlan(String)
	 * @see org.crm.enlace.plan.model.PlanPackage#getIndicatorEntry_Plan()
	 * @model required="true"
	 *        annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getPlan();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.IndicatorEntry#getPlan <em>Plan</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan</em>' attribute.
	 * @see #getPlan()
	 * @generated
	 */
	void setPlan(String value);

	/**
	 * Returns the value of the '<em><b>Indicator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The indicator's code (indicatorCode).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Indicator</em>' attribute.
	 * @see #setIndicator(String)
	 * @see org.crm.enlace.plan.model.PlanPackage#getIndicatorEntry_Indicator()
	 * @model required="true"
	 * @generated
	 */
	String getIndicator();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.IndicatorEntry#getIndicator <em>Indicator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Indicator</em>' attribute.
	 * @see #getIndicator()
	 * @generated
	 */
	void setIndicator(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(BigDecimal)
	 * @see org.crm.enlace.plan.model.PlanPackage#getIndicatorEntry_Value()
	 * @model required="true"
	 * @generated
	 */
	BigDecimal getValue();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.IndicatorEntry#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.crm.enlace.plan.model.PlanPackage#getIndicatorEntry_Date()
	 * @model dataType="org.crm.enlace.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.IndicatorEntry#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.crm.enlace.plan.model.PlanPackage#getIndicatorEntry_Source()
	 * @model required="true"
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.IndicatorEntry#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

} // IndicatorEntry
