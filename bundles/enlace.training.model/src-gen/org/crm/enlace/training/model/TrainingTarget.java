/**
 */
package org.crm.enlace.training.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How many officials of a country the programme aims to train within its window; owned by the Secretariat, which records the targets the network agreed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.training.model.TrainingTarget#getProgrammeId <em>Programme Id</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.TrainingTarget#getCountry <em>Country</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.TrainingTarget#getOfficials <em>Officials</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.training.model.TrainingPackage#getTrainingTarget()
 * @model
 * @generated
 */
public interface TrainingTarget extends org.crm.enlace.model.Record {
	/**
	 * Returns the value of the '<em><b>Programme Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Programme Id</em>' attribute.
	 * @see #setProgrammeId(String)
	 * @see org.crm.enlace.training.model.TrainingPackage#getTrainingTarget_ProgrammeId()
	 * @model annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getProgrammeId();

	/**
	 * Sets the value of the '{@link org.crm.enlace.training.model.TrainingTarget#getProgrammeId <em>Programme Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Programme Id</em>' attribute.
	 * @see #getProgrammeId()
	 * @generated
	 */
	void setProgrammeId(String value);

	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see org.crm.enlace.training.model.TrainingPackage#getTrainingTarget_Country()
	 * @model annotation="http://crm-enlace.org/exchange format='alpha-3'"
	 *        annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link org.crm.enlace.training.model.TrainingTarget#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Officials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Officials</em>' attribute.
	 * @see #setOfficials(int)
	 * @see org.crm.enlace.training.model.TrainingPackage#getTrainingTarget_Officials()
	 * @model
	 * @generated
	 */
	int getOfficials();

	/**
	 * Sets the value of the '{@link org.crm.enlace.training.model.TrainingTarget#getOfficials <em>Officials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Officials</em>' attribute.
	 * @see #getOfficials()
	 * @generated
	 */
	void setOfficials(int value);

} // TrainingTarget
