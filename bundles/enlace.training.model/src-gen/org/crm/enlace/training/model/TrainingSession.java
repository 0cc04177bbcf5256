/**
 */
package org.crm.enlace.training.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Session</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One delivery of the programme (or of some of its modules), owned by the organization that organised it; no personal data but the trainers' names.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.training.model.TrainingSession#getProgrammeId <em>Programme Id</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.TrainingSession#getModuleCodes <em>Module Codes</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.TrainingSession#getTitle <em>Title</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.TrainingSession#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.TrainingSession#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.TrainingSession#getPlace <em>Place</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.TrainingSession#getCountry <em>Country</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.TrainingSession#getDelivery <em>Delivery</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.TrainingSession#getTrainers <em>Trainers</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.TrainingSession#getOrganisers <em>Organisers</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.training.model.TrainingPackage#getTrainingSession()
 * @model
 * @generated
 */
public interface TrainingSession extends org.crm.enlace.model.Record {
	/**
	 * Returns the value of the '<em><b>Programme Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Record id of the TrainingProgramme delivered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Programme Id</em>' attribute.
	 * @see #setProgrammeId(String)
	 * @see org.crm.enlace.training.model.TrainingPackage#getTrainingSession_ProgrammeId()
	 * @model annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getProgrammeId();

	/**
	 * Sets the value of the '{@link org.crm.enlace.training.model.TrainingSession#getProgrammeId <em>Programme Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Programme Id</em>' attribute.
	 * @see #getProgrammeId()
	 * @generated
	 */
	void setProgrammeId(String value);

	/**
	 * Returns the value of the '<em><b>Module Codes</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Module Codes</em>' attribute list.
	 * @see org.crm.enlace.training.model.TrainingPackage#getTrainingSession_ModuleCodes()
	 * @model
	 * @generated
	 */
	EList<String> getModuleCodes();

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.crm.enlace.training.model.TrainingPackage#getTrainingSession_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.crm.enlace.training.model.TrainingSession#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.crm.enlace.training.model.TrainingPackage#getTrainingSession_StartDate()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.crm.enlace.training.model.TrainingSession#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see org.crm.enlace.training.model.TrainingPackage#getTrainingSession_EndDate()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link org.crm.enlace.training.model.TrainingSession#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The city and venue, or the platform of a virtual session.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Place</em>' attribute.
	 * @see #setPlace(String)
	 * @see org.crm.enlace.training.model.TrainingPackage#getTrainingSession_Place()
	 * @model
	 * @generated
	 */
	String getPlace();

	/**
	 * Sets the value of the '{@link org.crm.enlace.training.model.TrainingSession#getPlace <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Place</em>' attribute.
	 * @see #getPlace()
	 * @generated
	 */
	void setPlace(String value);

	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-3 code of the country where it took place (of the organiser for a virtual session).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see org.crm.enlace.training.model.TrainingPackage#getTrainingSession_Country()
	 * @model annotation="http://crm-enlace.org/exchange format='alpha-3'"
	 *        annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link org.crm.enlace.training.model.TrainingSession#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Delivery</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.training.model.Delivery}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Delivery</em>' attribute.
	 * @see org.crm.enlace.training.model.Delivery
	 * @see #setDelivery(Delivery)
	 * @see org.crm.enlace.training.model.TrainingPackage#getTrainingSession_Delivery()
	 * @model
	 * @generated
	 */
	Delivery getDelivery();

	/**
	 * Sets the value of the '{@link org.crm.enlace.training.model.TrainingSession#getDelivery <em>Delivery</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delivery</em>' attribute.
	 * @see org.crm.enlace.training.model.Delivery
	 * @see #getDelivery()
	 * @generated
	 */
	void setDelivery(Delivery value);

	/**
	 * Returns the value of the '<em><b>Trainers</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trainers</em>' attribute list.
	 * @see org.crm.enlace.training.model.TrainingPackage#getTrainingSession_Trainers()
	 * @model
	 * @generated
	 */
	EList<String> getTrainers();

	/**
	 * Returns the value of the '<em><b>Organisers</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The organising institutions, by name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Organisers</em>' attribute list.
	 * @see org.crm.enlace.training.model.TrainingPackage#getTrainingSession_Organisers()
	 * @model
	 * @generated
	 */
	EList<String> getOrganisers();

} // TrainingSession
