/**
 */
package org.crm.enlace.plan.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A line of the plan: its code as printed (1.3.1, codes repeat in the original), a key unique in the plan, and its text in Spanish and English.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.plan.model.PlanItem#getKey <em>Key</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.PlanItem#getCode <em>Code</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.PlanItem#getTextEs <em>Text Es</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.PlanItem#getTextEn <em>Text En</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.plan.model.PlanPackage#getPlanItem()
 * @model abstract="true"
 * @generated
 */
public interface PlanItem extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.crm.enlace.plan.model.PlanPackage#getPlanItem_Key()
	 * @model required="true"
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.PlanItem#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.crm.enlace.plan.model.PlanPackage#getPlanItem_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.PlanItem#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Text Es</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text Es</em>' attribute.
	 * @see #setTextEs(String)
	 * @see org.crm.enlace.plan.model.PlanPackage#getPlanItem_TextEs()
	 * @model required="true"
	 * @generated
	 */
	String getTextEs();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.PlanItem#getTextEs <em>Text Es</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text Es</em>' attribute.
	 * @see #getTextEs()
	 * @generated
	 */
	void setTextEs(String value);

	/**
	 * Returns the value of the '<em><b>Text En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text En</em>' attribute.
	 * @see #setTextEn(String)
	 * @see org.crm.enlace.plan.model.PlanPackage#getPlanItem_TextEn()
	 * @model
	 * @generated
	 */
	String getTextEn();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.PlanItem#getTextEn <em>Text En</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text En</em>' attribute.
	 * @see #getTextEn()
	 * @generated
	 */
	void setTextEn(String value);

} // PlanItem
