/**
 */
package org.crm.enlace.plan.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Responsible</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.plan.model.Responsible#getParty <em>Party</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.plan.model.PlanPackage#getResponsible()
 * @model
 * @generated
 */
public interface Responsible extends PlanItem {
	/**
	 * Returns the value of the '<em><b>Party</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A country or body code when the line names one (USA, XST, XOM), PPT for the Pro Tempore Presidency, ALL for every member; empty otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Party</em>' attribute.
	 * @see #setParty(String)
	 * @see org.crm.enlace.plan.model.PlanPackage#getResponsible_Party()
	 * @model
	 * @generated
	 */
	String getParty();

	/**
	 * Sets the value of the '{@link org.crm.enlace.plan.model.Responsible#getParty <em>Party</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Party</em>' attribute.
	 * @see #getParty()
	 * @generated
	 */
	void setParty(String value);

} // Responsible
