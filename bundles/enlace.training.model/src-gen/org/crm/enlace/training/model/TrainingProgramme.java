/**
 */
package org.crm.enlace.training.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Programme</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One version of a training proposal (the joint US-IOM proposal); a new version of the proposal is a new version of the record, so the history keeps every earlier one.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.training.model.TrainingProgramme#getCode <em>Code</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.TrainingProgramme#getTitle <em>Title</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.TrainingProgramme#getVersionLabel <em>Version Label</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.TrainingProgramme#getVersionDate <em>Version Date</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.TrainingProgramme#getStatus <em>Status</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.TrainingProgramme#getApprovedOn <em>Approved On</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.TrainingProgramme#getWindowMonths <em>Window Months</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.TrainingProgramme#getModules <em>Modules</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.training.model.TrainingPackage#getTrainingProgramme()
 * @model
 * @generated
 */
public interface TrainingProgramme extends org.crm.enlace.model.Record {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A short code that sessions and targets name, e.g. US-OIM-2026.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.crm.enlace.training.model.TrainingPackage#getTrainingProgramme_Code()
	 * @model annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.crm.enlace.training.model.TrainingProgramme#getCode <em>Code</em>}' attribute.
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
	 * @see org.crm.enlace.training.model.TrainingPackage#getTrainingProgramme_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.crm.enlace.training.model.TrainingProgramme#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Version Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The proposal's own version, as its authors write it (e.g. 1.2).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version Label</em>' attribute.
	 * @see #setVersionLabel(String)
	 * @see org.crm.enlace.training.model.TrainingPackage#getTrainingProgramme_VersionLabel()
	 * @model
	 * @generated
	 */
	String getVersionLabel();

	/**
	 * Sets the value of the '{@link org.crm.enlace.training.model.TrainingProgramme#getVersionLabel <em>Version Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version Label</em>' attribute.
	 * @see #getVersionLabel()
	 * @generated
	 */
	void setVersionLabel(String value);

	/**
	 * Returns the value of the '<em><b>Version Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version Date</em>' attribute.
	 * @see #setVersionDate(LocalDate)
	 * @see org.crm.enlace.training.model.TrainingPackage#getTrainingProgramme_VersionDate()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getVersionDate();

	/**
	 * Sets the value of the '{@link org.crm.enlace.training.model.TrainingProgramme#getVersionDate <em>Version Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version Date</em>' attribute.
	 * @see #getVersionDate()
	 * @generated
	 */
	void setVersionDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.training.model.ProgrammeStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.crm.enlace.training.model.ProgrammeStatus
	 * @see #setStatus(ProgrammeStatus)
	 * @see org.crm.enlace.training.model.TrainingPackage#getTrainingProgramme_Status()
	 * @model
	 * @generated
	 */
	ProgrammeStatus getStatus();

	/**
	 * Sets the value of the '{@link org.crm.enlace.training.model.TrainingProgramme#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.crm.enlace.training.model.ProgrammeStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ProgrammeStatus value);

	/**
	 * Returns the value of the '<em><b>Approved On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day the network approved the proposal: the indicator's window starts on it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Approved On</em>' attribute.
	 * @see #setApprovedOn(LocalDate)
	 * @see org.crm.enlace.training.model.TrainingPackage#getTrainingProgramme_ApprovedOn()
	 * @model dataType="org.crm.enlace.model.LocalDate"
	 * @generated
	 */
	LocalDate getApprovedOn();

	/**
	 * Sets the value of the '{@link org.crm.enlace.training.model.TrainingProgramme#getApprovedOn <em>Approved On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approved On</em>' attribute.
	 * @see #getApprovedOn()
	 * @generated
	 */
	void setApprovedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Window Months</b></em>' attribute.
	 * The default value is <code>"6"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The length of the indicator's window in calendar months from the approval (the work plan's six months).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Window Months</em>' attribute.
	 * @see #setWindowMonths(int)
	 * @see org.crm.enlace.training.model.TrainingPackage#getTrainingProgramme_WindowMonths()
	 * @model default="6"
	 * @generated
	 */
	int getWindowMonths();

	/**
	 * Sets the value of the '{@link org.crm.enlace.training.model.TrainingProgramme#getWindowMonths <em>Window Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Window Months</em>' attribute.
	 * @see #getWindowMonths()
	 * @generated
	 */
	void setWindowMonths(int value);

	/**
	 * Returns the value of the '<em><b>Modules</b></em>' containment reference list.
	 * The list contents are of type {@link org.crm.enlace.training.model.TrainingModule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modules</em>' containment reference list.
	 * @see org.crm.enlace.training.model.TrainingPackage#getTrainingProgramme_Modules()
	 * @model containment="true"
	 * @generated
	 */
	EList<TrainingModule> getModules();

} // TrainingProgramme
