/**
 */
package org.crm.enlace.procedures.model;

import org.crm.enlace.model.EnlacePackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How each country's identity and travel documents are obtained (work plan item 1.4.2). Each procedure is a Record owned by the issuing country.
 * <!-- end-model-doc -->
 * @see org.crm.enlace.procedures.model.ProceduresFactory
 * @model kind="package"
 * @generated
 */
public interface ProceduresPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://crm-enlace.org/model/procedures/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "procedures";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ProceduresPackage eINSTANCE = org.crm.enlace.procedures.model.impl.ProceduresPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.crm.enlace.procedures.model.impl.DocumentProcedureImpl <em>Document Procedure</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.procedures.model.impl.DocumentProcedureImpl
	 * @see org.crm.enlace.procedures.model.impl.ProceduresPackageImpl#getDocumentProcedure()
	 * @generated
	 */
	int DOCUMENT_PROCEDURE = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROCEDURE__ID = EnlacePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROCEDURE__OWNER_COUNTRY = EnlacePackage.RECORD__OWNER_COUNTRY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROCEDURE__CREATED_AT = EnlacePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROCEDURE__CREATED_BY = EnlacePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROCEDURE__MODIFIED_AT = EnlacePackage.RECORD__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROCEDURE__MODIFIED_BY = EnlacePackage.RECORD__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROCEDURE__VERSION = EnlacePackage.RECORD__VERSION;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROCEDURE__AUTHOR = EnlacePackage.RECORD__AUTHOR;

	/**
	 * The feature id for the '<em><b>Handling Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROCEDURE__HANDLING_CODE = EnlacePackage.RECORD__HANDLING_CODE;

	/**
	 * The feature id for the '<em><b>Tlp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROCEDURE__TLP = EnlacePackage.RECORD__TLP;

	/**
	 * The feature id for the '<em><b>Releasability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROCEDURE__RELEASABILITY = EnlacePackage.RECORD__RELEASABILITY;

	/**
	 * The feature id for the '<em><b>Releasable To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROCEDURE__RELEASABLE_TO = EnlacePackage.RECORD__RELEASABLE_TO;

	/**
	 * The feature id for the '<em><b>Source Reliability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROCEDURE__SOURCE_RELIABILITY = EnlacePackage.RECORD__SOURCE_RELIABILITY;

	/**
	 * The feature id for the '<em><b>Information Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROCEDURE__INFORMATION_ACCURACY = EnlacePackage.RECORD__INFORMATION_ACCURACY;

	/**
	 * The feature id for the '<em><b>Provenance Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROCEDURE__PROVENANCE_KIND = EnlacePackage.RECORD__PROVENANCE_KIND;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROCEDURE__PROVENANCE = EnlacePackage.RECORD__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Retention Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROCEDURE__RETENTION_UNTIL = EnlacePackage.RECORD__RETENTION_UNTIL;

	/**
	 * The feature id for the '<em><b>Issuing Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROCEDURE__ISSUING_COUNTRY = EnlacePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Document Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROCEDURE__DOCUMENT_KIND = EnlacePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Document Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROCEDURE__DOCUMENT_NAME = EnlacePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Issuing Authority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROCEDURE__ISSUING_AUTHORITY = EnlacePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Requirements</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROCEDURE__REQUIREMENTS = EnlacePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Breeder Documents</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROCEDURE__BREEDER_DOCUMENTS = EnlacePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Fees</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROCEDURE__FEES = EnlacePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Processing Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROCEDURE__PROCESSING_TIME = EnlacePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Validities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROCEDURE__VALIDITIES = EnlacePackage.RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Fraud Seen</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROCEDURE__FRAUD_SEEN = EnlacePackage.RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Specimen Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROCEDURE__SPECIMEN_IDS = EnlacePackage.RECORD_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Document Procedure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROCEDURE_FEATURE_COUNT = EnlacePackage.RECORD_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Document Procedure</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_PROCEDURE_OPERATION_COUNT = EnlacePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.procedures.model.impl.FeeImpl <em>Fee</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.procedures.model.impl.FeeImpl
	 * @see org.crm.enlace.procedures.model.impl.ProceduresPackageImpl#getFee()
	 * @generated
	 */
	int FEE = 1;

	/**
	 * The feature id for the '<em><b>Amount</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEE__AMOUNT = 0;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEE__CURRENCY = 1;

	/**
	 * The feature id for the '<em><b>Applies To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEE__APPLIES_TO = 2;

	/**
	 * The number of structural features of the '<em>Fee</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Fee</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.procedures.model.impl.AgeValidityImpl <em>Age Validity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.procedures.model.impl.AgeValidityImpl
	 * @see org.crm.enlace.procedures.model.impl.ProceduresPackageImpl#getAgeValidity()
	 * @generated
	 */
	int AGE_VALIDITY = 2;

	/**
	 * The feature id for the '<em><b>From Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGE_VALIDITY__FROM_AGE = 0;

	/**
	 * The feature id for the '<em><b>To Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGE_VALIDITY__TO_AGE = 1;

	/**
	 * The feature id for the '<em><b>Validity Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGE_VALIDITY__VALIDITY_MONTHS = 2;

	/**
	 * The number of structural features of the '<em>Age Validity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGE_VALIDITY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Age Validity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGE_VALIDITY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.procedures.model.DocumentKind <em>Document Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.procedures.model.DocumentKind
	 * @see org.crm.enlace.procedures.model.impl.ProceduresPackageImpl#getDocumentKind()
	 * @generated
	 */
	int DOCUMENT_KIND = 3;


	/**
	 * Returns the meta object for class '{@link org.crm.enlace.procedures.model.DocumentProcedure <em>Document Procedure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document Procedure</em>'.
	 * @see org.crm.enlace.procedures.model.DocumentProcedure
	 * @generated
	 */
	EClass getDocumentProcedure();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.procedures.model.DocumentProcedure#getIssuingCountry <em>Issuing Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issuing Country</em>'.
	 * @see org.crm.enlace.procedures.model.DocumentProcedure#getIssuingCountry()
	 * @see #getDocumentProcedure()
	 * @generated
	 */
	EAttribute getDocumentProcedure_IssuingCountry();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.procedures.model.DocumentProcedure#getDocumentKind <em>Document Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document Kind</em>'.
	 * @see org.crm.enlace.procedures.model.DocumentProcedure#getDocumentKind()
	 * @see #getDocumentProcedure()
	 * @generated
	 */
	EAttribute getDocumentProcedure_DocumentKind();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.procedures.model.DocumentProcedure#getDocumentName <em>Document Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document Name</em>'.
	 * @see org.crm.enlace.procedures.model.DocumentProcedure#getDocumentName()
	 * @see #getDocumentProcedure()
	 * @generated
	 */
	EAttribute getDocumentProcedure_DocumentName();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.procedures.model.DocumentProcedure#getIssuingAuthority <em>Issuing Authority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issuing Authority</em>'.
	 * @see org.crm.enlace.procedures.model.DocumentProcedure#getIssuingAuthority()
	 * @see #getDocumentProcedure()
	 * @generated
	 */
	EAttribute getDocumentProcedure_IssuingAuthority();

	/**
	 * Returns the meta object for the attribute list '{@link org.crm.enlace.procedures.model.DocumentProcedure#getRequirements <em>Requirements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Requirements</em>'.
	 * @see org.crm.enlace.procedures.model.DocumentProcedure#getRequirements()
	 * @see #getDocumentProcedure()
	 * @generated
	 */
	EAttribute getDocumentProcedure_Requirements();

	/**
	 * Returns the meta object for the attribute list '{@link org.crm.enlace.procedures.model.DocumentProcedure#getBreederDocuments <em>Breeder Documents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Breeder Documents</em>'.
	 * @see org.crm.enlace.procedures.model.DocumentProcedure#getBreederDocuments()
	 * @see #getDocumentProcedure()
	 * @generated
	 */
	EAttribute getDocumentProcedure_BreederDocuments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.procedures.model.DocumentProcedure#getFees <em>Fees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Fees</em>'.
	 * @see org.crm.enlace.procedures.model.DocumentProcedure#getFees()
	 * @see #getDocumentProcedure()
	 * @generated
	 */
	EReference getDocumentProcedure_Fees();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.procedures.model.DocumentProcedure#getProcessingTime <em>Processing Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Processing Time</em>'.
	 * @see org.crm.enlace.procedures.model.DocumentProcedure#getProcessingTime()
	 * @see #getDocumentProcedure()
	 * @generated
	 */
	EAttribute getDocumentProcedure_ProcessingTime();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.procedures.model.DocumentProcedure#getValidities <em>Validities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Validities</em>'.
	 * @see org.crm.enlace.procedures.model.DocumentProcedure#getValidities()
	 * @see #getDocumentProcedure()
	 * @generated
	 */
	EReference getDocumentProcedure_Validities();

	/**
	 * Returns the meta object for the attribute list '{@link org.crm.enlace.procedures.model.DocumentProcedure#getFraudSeen <em>Fraud Seen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Fraud Seen</em>'.
	 * @see org.crm.enlace.procedures.model.DocumentProcedure#getFraudSeen()
	 * @see #getDocumentProcedure()
	 * @generated
	 */
	EAttribute getDocumentProcedure_FraudSeen();

	/**
	 * Returns the meta object for the attribute list '{@link org.crm.enlace.procedures.model.DocumentProcedure#getSpecimenIds <em>Specimen Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Specimen Ids</em>'.
	 * @see org.crm.enlace.procedures.model.DocumentProcedure#getSpecimenIds()
	 * @see #getDocumentProcedure()
	 * @generated
	 */
	EAttribute getDocumentProcedure_SpecimenIds();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.procedures.model.Fee <em>Fee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Fee</em>'.
	 * @see org.crm.enlace.procedures.model.Fee
	 * @generated
	 */
	EClass getFee();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.procedures.model.Fee#getAmount <em>Amount</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amount</em>'.
	 * @see org.crm.enlace.procedures.model.Fee#getAmount()
	 * @see #getFee()
	 * @generated
	 */
	EAttribute getFee_Amount();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.procedures.model.Fee#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.crm.enlace.procedures.model.Fee#getCurrency()
	 * @see #getFee()
	 * @generated
	 */
	EAttribute getFee_Currency();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.procedures.model.Fee#getAppliesTo <em>Applies To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Applies To</em>'.
	 * @see org.crm.enlace.procedures.model.Fee#getAppliesTo()
	 * @see #getFee()
	 * @generated
	 */
	EAttribute getFee_AppliesTo();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.procedures.model.AgeValidity <em>Age Validity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Age Validity</em>'.
	 * @see org.crm.enlace.procedures.model.AgeValidity
	 * @generated
	 */
	EClass getAgeValidity();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.procedures.model.AgeValidity#getFromAge <em>From Age</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From Age</em>'.
	 * @see org.crm.enlace.procedures.model.AgeValidity#getFromAge()
	 * @see #getAgeValidity()
	 * @generated
	 */
	EAttribute getAgeValidity_FromAge();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.procedures.model.AgeValidity#getToAge <em>To Age</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To Age</em>'.
	 * @see org.crm.enlace.procedures.model.AgeValidity#getToAge()
	 * @see #getAgeValidity()
	 * @generated
	 */
	EAttribute getAgeValidity_ToAge();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.procedures.model.AgeValidity#getValidityMonths <em>Validity Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Validity Months</em>'.
	 * @see org.crm.enlace.procedures.model.AgeValidity#getValidityMonths()
	 * @see #getAgeValidity()
	 * @generated
	 */
	EAttribute getAgeValidity_ValidityMonths();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.procedures.model.DocumentKind <em>Document Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Document Kind</em>'.
	 * @see org.crm.enlace.procedures.model.DocumentKind
	 * @generated
	 */
	EEnum getDocumentKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ProceduresFactory getProceduresFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.crm.enlace.procedures.model.impl.DocumentProcedureImpl <em>Document Procedure</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.procedures.model.impl.DocumentProcedureImpl
		 * @see org.crm.enlace.procedures.model.impl.ProceduresPackageImpl#getDocumentProcedure()
		 * @generated
		 */
		EClass DOCUMENT_PROCEDURE = eINSTANCE.getDocumentProcedure();

		/**
		 * The meta object literal for the '<em><b>Issuing Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_PROCEDURE__ISSUING_COUNTRY = eINSTANCE.getDocumentProcedure_IssuingCountry();

		/**
		 * The meta object literal for the '<em><b>Document Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_PROCEDURE__DOCUMENT_KIND = eINSTANCE.getDocumentProcedure_DocumentKind();

		/**
		 * The meta object literal for the '<em><b>Document Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_PROCEDURE__DOCUMENT_NAME = eINSTANCE.getDocumentProcedure_DocumentName();

		/**
		 * The meta object literal for the '<em><b>Issuing Authority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_PROCEDURE__ISSUING_AUTHORITY = eINSTANCE.getDocumentProcedure_IssuingAuthority();

		/**
		 * The meta object literal for the '<em><b>Requirements</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_PROCEDURE__REQUIREMENTS = eINSTANCE.getDocumentProcedure_Requirements();

		/**
		 * The meta object literal for the '<em><b>Breeder Documents</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_PROCEDURE__BREEDER_DOCUMENTS = eINSTANCE.getDocumentProcedure_BreederDocuments();

		/**
		 * The meta object literal for the '<em><b>Fees</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT_PROCEDURE__FEES = eINSTANCE.getDocumentProcedure_Fees();

		/**
		 * The meta object literal for the '<em><b>Processing Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_PROCEDURE__PROCESSING_TIME = eINSTANCE.getDocumentProcedure_ProcessingTime();

		/**
		 * The meta object literal for the '<em><b>Validities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT_PROCEDURE__VALIDITIES = eINSTANCE.getDocumentProcedure_Validities();

		/**
		 * The meta object literal for the '<em><b>Fraud Seen</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_PROCEDURE__FRAUD_SEEN = eINSTANCE.getDocumentProcedure_FraudSeen();

		/**
		 * The meta object literal for the '<em><b>Specimen Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_PROCEDURE__SPECIMEN_IDS = eINSTANCE.getDocumentProcedure_SpecimenIds();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.procedures.model.impl.FeeImpl <em>Fee</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.procedures.model.impl.FeeImpl
		 * @see org.crm.enlace.procedures.model.impl.ProceduresPackageImpl#getFee()
		 * @generated
		 */
		EClass FEE = eINSTANCE.getFee();

		/**
		 * The meta object literal for the '<em><b>Amount</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEE__AMOUNT = eINSTANCE.getFee_Amount();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEE__CURRENCY = eINSTANCE.getFee_Currency();

		/**
		 * The meta object literal for the '<em><b>Applies To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEE__APPLIES_TO = eINSTANCE.getFee_AppliesTo();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.procedures.model.impl.AgeValidityImpl <em>Age Validity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.procedures.model.impl.AgeValidityImpl
		 * @see org.crm.enlace.procedures.model.impl.ProceduresPackageImpl#getAgeValidity()
		 * @generated
		 */
		EClass AGE_VALIDITY = eINSTANCE.getAgeValidity();

		/**
		 * The meta object literal for the '<em><b>From Age</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGE_VALIDITY__FROM_AGE = eINSTANCE.getAgeValidity_FromAge();

		/**
		 * The meta object literal for the '<em><b>To Age</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGE_VALIDITY__TO_AGE = eINSTANCE.getAgeValidity_ToAge();

		/**
		 * The meta object literal for the '<em><b>Validity Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGE_VALIDITY__VALIDITY_MONTHS = eINSTANCE.getAgeValidity_ValidityMonths();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.procedures.model.DocumentKind <em>Document Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.procedures.model.DocumentKind
		 * @see org.crm.enlace.procedures.model.impl.ProceduresPackageImpl#getDocumentKind()
		 * @generated
		 */
		EEnum DOCUMENT_KIND = eINSTANCE.getDocumentKind();

	}

} //ProceduresPackage
