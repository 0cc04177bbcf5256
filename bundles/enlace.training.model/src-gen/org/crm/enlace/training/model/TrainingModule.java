/**
 */
package org.crm.enlace.training.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Module</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.training.model.TrainingModule#getCode <em>Code</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.TrainingModule#getTitle <em>Title</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.TrainingModule#getHours <em>Hours</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.TrainingModule#isVictimIdentification <em>Victim Identification</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.training.model.TrainingPackage#getTrainingModule()
 * @model
 * @generated
 */
public interface TrainingModule extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique within the programme; sessions name the modules they covered by it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.crm.enlace.training.model.TrainingPackage#getTrainingModule_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.crm.enlace.training.model.TrainingModule#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.crm.enlace.training.model.TrainingPackage#getTrainingModule_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.crm.enlace.training.model.TrainingModule#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hours</em>' attribute.
	 * @see #setHours(Integer)
	 * @see org.crm.enlace.training.model.TrainingPackage#getTrainingModule_Hours()
	 * @model
	 * @generated
	 */
	Integer getHours();

	/**
	 * Sets the value of the '{@link org.crm.enlace.training.model.TrainingModule#getHours <em>Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hours</em>' attribute.
	 * @see #getHours()
	 * @generated
	 */
	void setHours(Integer value);

	/**
	 * Returns the value of the '<em><b>Victim Identification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The module on identifying victims and the procedures that guarantee them due care (activity 1.1.1): a programme has exactly one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Victim Identification</em>' attribute.
	 * @see #setVictimIdentification(boolean)
	 * @see org.crm.enlace.training.model.TrainingPackage#getTrainingModule_VictimIdentification()
	 * @model
	 * @generated
	 */
	boolean isVictimIdentification();

	/**
	 * Sets the value of the '{@link org.crm.enlace.training.model.TrainingModule#isVictimIdentification <em>Victim Identification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Victim Identification</em>' attribute.
	 * @see #isVictimIdentification()
	 * @generated
	 */
	void setVictimIdentification(boolean value);

} // TrainingModule
