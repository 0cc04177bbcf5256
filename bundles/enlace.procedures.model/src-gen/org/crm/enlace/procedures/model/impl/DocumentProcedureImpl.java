/**
 */
package org.crm.enlace.procedures.model.impl;

import java.util.Collection;

import org.crm.enlace.model.impl.RecordImpl;

import org.crm.enlace.procedures.model.AgeValidity;
import org.crm.enlace.procedures.model.DocumentKind;
import org.crm.enlace.procedures.model.DocumentProcedure;
import org.crm.enlace.procedures.model.Fee;
import org.crm.enlace.procedures.model.ProceduresPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Document Procedure</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.procedures.model.impl.DocumentProcedureImpl#getIssuingCountry <em>Issuing Country</em>}</li>
 *   <li>{@link org.crm.enlace.procedures.model.impl.DocumentProcedureImpl#getDocumentKind <em>Document Kind</em>}</li>
 *   <li>{@link org.crm.enlace.procedures.model.impl.DocumentProcedureImpl#getDocumentName <em>Document Name</em>}</li>
 *   <li>{@link org.crm.enlace.procedures.model.impl.DocumentProcedureImpl#getIssuingAuthority <em>Issuing Authority</em>}</li>
 *   <li>{@link org.crm.enlace.procedures.model.impl.DocumentProcedureImpl#getRequirements <em>Requirements</em>}</li>
 *   <li>{@link org.crm.enlace.procedures.model.impl.DocumentProcedureImpl#getBreederDocuments <em>Breeder Documents</em>}</li>
 *   <li>{@link org.crm.enlace.procedures.model.impl.DocumentProcedureImpl#getFees <em>Fees</em>}</li>
 *   <li>{@link org.crm.enlace.procedures.model.impl.DocumentProcedureImpl#getProcessingTime <em>Processing Time</em>}</li>
 *   <li>{@link org.crm.enlace.procedures.model.impl.DocumentProcedureImpl#getValidities <em>Validities</em>}</li>
 *   <li>{@link org.crm.enlace.procedures.model.impl.DocumentProcedureImpl#getFraudSeen <em>Fraud Seen</em>}</li>
 *   <li>{@link org.crm.enlace.procedures.model.impl.DocumentProcedureImpl#getSpecimenIds <em>Specimen Ids</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DocumentProcedureImpl extends RecordImpl implements DocumentProcedure {
	/**
	 * The default value of the '{@link #getIssuingCountry() <em>Issuing Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuingCountry()
	 * @generated
	 * @ordered
	 */
	protected static final String ISSUING_COUNTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIssuingCountry() <em>Issuing Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuingCountry()
	 * @generated
	 * @ordered
	 */
	protected String issuingCountry = ISSUING_COUNTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDocumentKind() <em>Document Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentKind()
	 * @generated
	 * @ordered
	 */
	protected static final DocumentKind DOCUMENT_KIND_EDEFAULT = DocumentKind.PASSPORT;

	/**
	 * The cached value of the '{@link #getDocumentKind() <em>Document Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentKind()
	 * @generated
	 * @ordered
	 */
	protected DocumentKind documentKind = DOCUMENT_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getDocumentName() <em>Document Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentName()
	 * @generated
	 * @ordered
	 */
	protected static final String DOCUMENT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDocumentName() <em>Document Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentName()
	 * @generated
	 * @ordered
	 */
	protected String documentName = DOCUMENT_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getIssuingAuthority() <em>Issuing Authority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuingAuthority()
	 * @generated
	 * @ordered
	 */
	protected static final String ISSUING_AUTHORITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIssuingAuthority() <em>Issuing Authority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuingAuthority()
	 * @generated
	 * @ordered
	 */
	protected String issuingAuthority = ISSUING_AUTHORITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRequirements() <em>Requirements</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequirements()
	 * @generated
	 * @ordered
	 */
	protected EList<String> requirements;

	/**
	 * The cached value of the '{@link #getBreederDocuments() <em>Breeder Documents</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBreederDocuments()
	 * @generated
	 * @ordered
	 */
	protected EList<String> breederDocuments;

	/**
	 * The cached value of the '{@link #getFees() <em>Fees</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFees()
	 * @generated
	 * @ordered
	 */
	protected EList<Fee> fees;

	/**
	 * The default value of the '{@link #getProcessingTime() <em>Processing Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcessingTime()
	 * @generated
	 * @ordered
	 */
	protected static final String PROCESSING_TIME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProcessingTime() <em>Processing Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcessingTime()
	 * @generated
	 * @ordered
	 */
	protected String processingTime = PROCESSING_TIME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getValidities() <em>Validities</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidities()
	 * @generated
	 * @ordered
	 */
	protected EList<AgeValidity> validities;

	/**
	 * The cached value of the '{@link #getFraudSeen() <em>Fraud Seen</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFraudSeen()
	 * @generated
	 * @ordered
	 */
	protected EList<String> fraudSeen;

	/**
	 * The cached value of the '{@link #getSpecimenIds() <em>Specimen Ids</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpecimenIds()
	 * @generated
	 * @ordered
	 */
	protected EList<String> specimenIds;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DocumentProcedureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProceduresPackage.Literals.DOCUMENT_PROCEDURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIssuingCountry() {
		return issuingCountry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssuingCountry(String newIssuingCountry) {
		String oldIssuingCountry = issuingCountry;
		issuingCountry = newIssuingCountry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProceduresPackage.DOCUMENT_PROCEDURE__ISSUING_COUNTRY, oldIssuingCountry, issuingCountry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DocumentKind getDocumentKind() {
		return documentKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocumentKind(DocumentKind newDocumentKind) {
		DocumentKind oldDocumentKind = documentKind;
		documentKind = newDocumentKind == null ? DOCUMENT_KIND_EDEFAULT : newDocumentKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProceduresPackage.DOCUMENT_PROCEDURE__DOCUMENT_KIND, oldDocumentKind, documentKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDocumentName() {
		return documentName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocumentName(String newDocumentName) {
		String oldDocumentName = documentName;
		documentName = newDocumentName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProceduresPackage.DOCUMENT_PROCEDURE__DOCUMENT_NAME, oldDocumentName, documentName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIssuingAuthority() {
		return issuingAuthority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssuingAuthority(String newIssuingAuthority) {
		String oldIssuingAuthority = issuingAuthority;
		issuingAuthority = newIssuingAuthority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProceduresPackage.DOCUMENT_PROCEDURE__ISSUING_AUTHORITY, oldIssuingAuthority, issuingAuthority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRequirements() {
		if (requirements == null) {
			requirements = new EDataTypeUniqueEList<String>(String.class, this, ProceduresPackage.DOCUMENT_PROCEDURE__REQUIREMENTS);
		}
		return requirements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getBreederDocuments() {
		if (breederDocuments == null) {
			breederDocuments = new EDataTypeUniqueEList<String>(String.class, this, ProceduresPackage.DOCUMENT_PROCEDURE__BREEDER_DOCUMENTS);
		}
		return breederDocuments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Fee> getFees() {
		if (fees == null) {
			fees = new EObjectContainmentEList<Fee>(Fee.class, this, ProceduresPackage.DOCUMENT_PROCEDURE__FEES);
		}
		return fees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProcessingTime() {
		return processingTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProcessingTime(String newProcessingTime) {
		String oldProcessingTime = processingTime;
		processingTime = newProcessingTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProceduresPackage.DOCUMENT_PROCEDURE__PROCESSING_TIME, oldProcessingTime, processingTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AgeValidity> getValidities() {
		if (validities == null) {
			validities = new EObjectContainmentEList<AgeValidity>(AgeValidity.class, this, ProceduresPackage.DOCUMENT_PROCEDURE__VALIDITIES);
		}
		return validities;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFraudSeen() {
		if (fraudSeen == null) {
			fraudSeen = new EDataTypeUniqueEList<String>(String.class, this, ProceduresPackage.DOCUMENT_PROCEDURE__FRAUD_SEEN);
		}
		return fraudSeen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSpecimenIds() {
		if (specimenIds == null) {
			specimenIds = new EDataTypeUniqueEList<String>(String.class, this, ProceduresPackage.DOCUMENT_PROCEDURE__SPECIMEN_IDS);
		}
		return specimenIds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProceduresPackage.DOCUMENT_PROCEDURE__FEES:
				return ((InternalEList<?>)getFees()).basicRemove(otherEnd, msgs);
			case ProceduresPackage.DOCUMENT_PROCEDURE__VALIDITIES:
				return ((InternalEList<?>)getValidities()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProceduresPackage.DOCUMENT_PROCEDURE__ISSUING_COUNTRY:
				return getIssuingCountry();
			case ProceduresPackage.DOCUMENT_PROCEDURE__DOCUMENT_KIND:
				return getDocumentKind();
			case ProceduresPackage.DOCUMENT_PROCEDURE__DOCUMENT_NAME:
				return getDocumentName();
			case ProceduresPackage.DOCUMENT_PROCEDURE__ISSUING_AUTHORITY:
				return getIssuingAuthority();
			case ProceduresPackage.DOCUMENT_PROCEDURE__REQUIREMENTS:
				return getRequirements();
			case ProceduresPackage.DOCUMENT_PROCEDURE__BREEDER_DOCUMENTS:
				return getBreederDocuments();
			case ProceduresPackage.DOCUMENT_PROCEDURE__FEES:
				return getFees();
			case ProceduresPackage.DOCUMENT_PROCEDURE__PROCESSING_TIME:
				return getProcessingTime();
			case ProceduresPackage.DOCUMENT_PROCEDURE__VALIDITIES:
				return getValidities();
			case ProceduresPackage.DOCUMENT_PROCEDURE__FRAUD_SEEN:
				return getFraudSeen();
			case ProceduresPackage.DOCUMENT_PROCEDURE__SPECIMEN_IDS:
				return getSpecimenIds();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ProceduresPackage.DOCUMENT_PROCEDURE__ISSUING_COUNTRY:
				setIssuingCountry((String)newValue);
				return;
			case ProceduresPackage.DOCUMENT_PROCEDURE__DOCUMENT_KIND:
				setDocumentKind((DocumentKind)newValue);
				return;
			case ProceduresPackage.DOCUMENT_PROCEDURE__DOCUMENT_NAME:
				setDocumentName((String)newValue);
				return;
			case ProceduresPackage.DOCUMENT_PROCEDURE__ISSUING_AUTHORITY:
				setIssuingAuthority((String)newValue);
				return;
			case ProceduresPackage.DOCUMENT_PROCEDURE__REQUIREMENTS:
				getRequirements().clear();
				getRequirements().addAll((Collection<? extends String>)newValue);
				return;
			case ProceduresPackage.DOCUMENT_PROCEDURE__BREEDER_DOCUMENTS:
				getBreederDocuments().clear();
				getBreederDocuments().addAll((Collection<? extends String>)newValue);
				return;
			case ProceduresPackage.DOCUMENT_PROCEDURE__FEES:
				getFees().clear();
				getFees().addAll((Collection<? extends Fee>)newValue);
				return;
			case ProceduresPackage.DOCUMENT_PROCEDURE__PROCESSING_TIME:
				setProcessingTime((String)newValue);
				return;
			case ProceduresPackage.DOCUMENT_PROCEDURE__VALIDITIES:
				getValidities().clear();
				getValidities().addAll((Collection<? extends AgeValidity>)newValue);
				return;
			case ProceduresPackage.DOCUMENT_PROCEDURE__FRAUD_SEEN:
				getFraudSeen().clear();
				getFraudSeen().addAll((Collection<? extends String>)newValue);
				return;
			case ProceduresPackage.DOCUMENT_PROCEDURE__SPECIMEN_IDS:
				getSpecimenIds().clear();
				getSpecimenIds().addAll((Collection<? extends String>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ProceduresPackage.DOCUMENT_PROCEDURE__ISSUING_COUNTRY:
				setIssuingCountry(ISSUING_COUNTRY_EDEFAULT);
				return;
			case ProceduresPackage.DOCUMENT_PROCEDURE__DOCUMENT_KIND:
				setDocumentKind(DOCUMENT_KIND_EDEFAULT);
				return;
			case ProceduresPackage.DOCUMENT_PROCEDURE__DOCUMENT_NAME:
				setDocumentName(DOCUMENT_NAME_EDEFAULT);
				return;
			case ProceduresPackage.DOCUMENT_PROCEDURE__ISSUING_AUTHORITY:
				setIssuingAuthority(ISSUING_AUTHORITY_EDEFAULT);
				return;
			case ProceduresPackage.DOCUMENT_PROCEDURE__REQUIREMENTS:
				getRequirements().clear();
				return;
			case ProceduresPackage.DOCUMENT_PROCEDURE__BREEDER_DOCUMENTS:
				getBreederDocuments().clear();
				return;
			case ProceduresPackage.DOCUMENT_PROCEDURE__FEES:
				getFees().clear();
				return;
			case ProceduresPackage.DOCUMENT_PROCEDURE__PROCESSING_TIME:
				setProcessingTime(PROCESSING_TIME_EDEFAULT);
				return;
			case ProceduresPackage.DOCUMENT_PROCEDURE__VALIDITIES:
				getValidities().clear();
				return;
			case ProceduresPackage.DOCUMENT_PROCEDURE__FRAUD_SEEN:
				getFraudSeen().clear();
				return;
			case ProceduresPackage.DOCUMENT_PROCEDURE__SPECIMEN_IDS:
				getSpecimenIds().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ProceduresPackage.DOCUMENT_PROCEDURE__ISSUING_COUNTRY:
				return ISSUING_COUNTRY_EDEFAULT == null ? issuingCountry != null : !ISSUING_COUNTRY_EDEFAULT.equals(issuingCountry);
			case ProceduresPackage.DOCUMENT_PROCEDURE__DOCUMENT_KIND:
				return documentKind != DOCUMENT_KIND_EDEFAULT;
			case ProceduresPackage.DOCUMENT_PROCEDURE__DOCUMENT_NAME:
				return DOCUMENT_NAME_EDEFAULT == null ? documentName != null : !DOCUMENT_NAME_EDEFAULT.equals(documentName);
			case ProceduresPackage.DOCUMENT_PROCEDURE__ISSUING_AUTHORITY:
				return ISSUING_AUTHORITY_EDEFAULT == null ? issuingAuthority != null : !ISSUING_AUTHORITY_EDEFAULT.equals(issuingAuthority);
			case ProceduresPackage.DOCUMENT_PROCEDURE__REQUIREMENTS:
				return requirements != null && !requirements.isEmpty();
			case ProceduresPackage.DOCUMENT_PROCEDURE__BREEDER_DOCUMENTS:
				return breederDocuments != null && !breederDocuments.isEmpty();
			case ProceduresPackage.DOCUMENT_PROCEDURE__FEES:
				return fees != null && !fees.isEmpty();
			case ProceduresPackage.DOCUMENT_PROCEDURE__PROCESSING_TIME:
				return PROCESSING_TIME_EDEFAULT == null ? processingTime != null : !PROCESSING_TIME_EDEFAULT.equals(processingTime);
			case ProceduresPackage.DOCUMENT_PROCEDURE__VALIDITIES:
				return validities != null && !validities.isEmpty();
			case ProceduresPackage.DOCUMENT_PROCEDURE__FRAUD_SEEN:
				return fraudSeen != null && !fraudSeen.isEmpty();
			case ProceduresPackage.DOCUMENT_PROCEDURE__SPECIMEN_IDS:
				return specimenIds != null && !specimenIds.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (issuingCountry: ");
		result.append(issuingCountry);
		result.append(", documentKind: ");
		result.append(documentKind);
		result.append(", documentName: ");
		result.append(documentName);
		result.append(", issuingAuthority: ");
		result.append(issuingAuthority);
		result.append(", requirements: ");
		result.append(requirements);
		result.append(", breederDocuments: ");
		result.append(breederDocuments);
		result.append(", processingTime: ");
		result.append(processingTime);
		result.append(", fraudSeen: ");
		result.append(fraudSeen);
		result.append(", specimenIds: ");
		result.append(specimenIds);
		result.append(')');
		return result.toString();
	}

} //DocumentProcedureImpl
