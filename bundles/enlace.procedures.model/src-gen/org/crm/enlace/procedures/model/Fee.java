/**
 */
package org.crm.enlace.procedures.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fee</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.procedures.model.Fee#getAmount <em>Amount</em>}</li>
 *   <li>{@link org.crm.enlace.procedures.model.Fee#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.crm.enlace.procedures.model.Fee#getAppliesTo <em>Applies To</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.procedures.model.ProceduresPackage#getFee()
 * @model
 * @generated
 */
public interface Fee extends EObject {
	/**
	 * Returns the value of the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amount</em>' attribute.
	 * @see #setAmount(BigDecimal)
	 * @see org.crm.enlace.procedures.model.ProceduresPackage#getFee_Amount()
	 * @model required="true"
	 * @generated
	 */
	BigDecimal getAmount();

	/**
	 * Sets the value of the '{@link org.crm.enlace.procedures.model.Fee#getAmount <em>Amount</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amount</em>' attribute.
	 * @see #getAmount()
	 * @generated
	 */
	void setAmount(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 4217 code, e.g. GTQ, MXN, USD.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see org.crm.enlace.procedures.model.ProceduresPackage#getFee_Currency()
	 * @model required="true"
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link org.crm.enlace.procedures.model.Fee#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Applies To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who pays this fee (adults, minors, urgent issue...); empty for everyone.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Applies To</em>' attribute.
	 * @see #setAppliesTo(String)
	 * @see org.crm.enlace.procedures.model.ProceduresPackage#getFee_AppliesTo()
	 * @model
	 * @generated
	 */
	String getAppliesTo();

	/**
	 * Sets the value of the '{@link org.crm.enlace.procedures.model.Fee#getAppliesTo <em>Applies To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Applies To</em>' attribute.
	 * @see #getAppliesTo()
	 * @generated
	 */
	void setAppliesTo(String value);

} // Fee
