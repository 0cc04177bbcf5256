/**
 */
package org.crm.enlace.entry.model;

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
 * The entry-authorization matrix (work plan items 1.1 and 1.1.1): what a national of one country needs to enter a member country of the conference. Each rule is a Record owned by the destination.
 * <!-- end-model-doc -->
 * @see org.crm.enlace.entry.model.EntryFactory
 * @model kind="package"
 * @generated
 */
public interface EntryPackage extends EPackage {
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
	String eNS_URI = "http://crm-enlace.org/model/entry/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "entry";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	EntryPackage eINSTANCE = org.crm.enlace.entry.model.impl.EntryPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.crm.enlace.entry.model.impl.EntryRuleImpl <em>Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.entry.model.impl.EntryRuleImpl
	 * @see org.crm.enlace.entry.model.impl.EntryPackageImpl#getEntryRule()
	 * @generated
	 */
	int ENTRY_RULE = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE__ID = EnlacePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE__OWNER_COUNTRY = EnlacePackage.RECORD__OWNER_COUNTRY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE__CREATED_AT = EnlacePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE__CREATED_BY = EnlacePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE__MODIFIED_AT = EnlacePackage.RECORD__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE__MODIFIED_BY = EnlacePackage.RECORD__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE__VERSION = EnlacePackage.RECORD__VERSION;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE__AUTHOR = EnlacePackage.RECORD__AUTHOR;

	/**
	 * The feature id for the '<em><b>Handling Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE__HANDLING_CODE = EnlacePackage.RECORD__HANDLING_CODE;

	/**
	 * The feature id for the '<em><b>Tlp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE__TLP = EnlacePackage.RECORD__TLP;

	/**
	 * The feature id for the '<em><b>Releasability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE__RELEASABILITY = EnlacePackage.RECORD__RELEASABILITY;

	/**
	 * The feature id for the '<em><b>Releasable To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE__RELEASABLE_TO = EnlacePackage.RECORD__RELEASABLE_TO;

	/**
	 * The feature id for the '<em><b>Source Reliability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE__SOURCE_RELIABILITY = EnlacePackage.RECORD__SOURCE_RELIABILITY;

	/**
	 * The feature id for the '<em><b>Information Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE__INFORMATION_ACCURACY = EnlacePackage.RECORD__INFORMATION_ACCURACY;

	/**
	 * The feature id for the '<em><b>Provenance Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE__PROVENANCE_KIND = EnlacePackage.RECORD__PROVENANCE_KIND;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE__PROVENANCE = EnlacePackage.RECORD__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Retention Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE__RETENTION_UNTIL = EnlacePackage.RECORD__RETENTION_UNTIL;

	/**
	 * The feature id for the '<em><b>Destination</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE__DESTINATION = EnlacePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Nationality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE__NATIONALITY = EnlacePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Requirement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE__REQUIREMENT = EnlacePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Max Stay Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE__MAX_STAY_DAYS = EnlacePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Exceptions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE__EXCEPTIONS = EnlacePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Minors</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE__MINORS = EnlacePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Legal Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE__LEGAL_BASIS = EnlacePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE__SOURCE = EnlacePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Source Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE__SOURCE_VALUE = EnlacePackage.RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE__NOTE = EnlacePackage.RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Effective From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE__EFFECTIVE_FROM = EnlacePackage.RECORD_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Effective To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE__EFFECTIVE_TO = EnlacePackage.RECORD_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Confirmation Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE__CONFIRMATION_STATUS = EnlacePackage.RECORD_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Confirmed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE__CONFIRMED_ON = EnlacePackage.RECORD_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Confirmed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE__CONFIRMED_BY = EnlacePackage.RECORD_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Confirming Party</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE__CONFIRMING_PARTY = EnlacePackage.RECORD_FEATURE_COUNT + 15;

	/**
	 * The number of structural features of the '<em>Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE_FEATURE_COUNT = EnlacePackage.RECORD_FEATURE_COUNT + 16;

	/**
	 * The number of operations of the '<em>Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_RULE_OPERATION_COUNT = EnlacePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.entry.model.impl.EntryExceptionImpl <em>Exception</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.entry.model.impl.EntryExceptionImpl
	 * @see org.crm.enlace.entry.model.impl.EntryPackageImpl#getEntryException()
	 * @generated
	 */
	int ENTRY_EXCEPTION = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_EXCEPTION__KIND = 0;

	/**
	 * The feature id for the '<em><b>Requirement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_EXCEPTION__REQUIREMENT = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_EXCEPTION__DESCRIPTION = 2;

	/**
	 * The number of structural features of the '<em>Exception</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_EXCEPTION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Exception</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTRY_EXCEPTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.entry.model.impl.ConfirmationRequestImpl <em>Confirmation Request</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.entry.model.impl.ConfirmationRequestImpl
	 * @see org.crm.enlace.entry.model.impl.EntryPackageImpl#getConfirmationRequest()
	 * @generated
	 */
	int CONFIRMATION_REQUEST = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_REQUEST__ID = EnlacePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_REQUEST__OWNER_COUNTRY = EnlacePackage.RECORD__OWNER_COUNTRY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_REQUEST__CREATED_AT = EnlacePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_REQUEST__CREATED_BY = EnlacePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_REQUEST__MODIFIED_AT = EnlacePackage.RECORD__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_REQUEST__MODIFIED_BY = EnlacePackage.RECORD__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_REQUEST__VERSION = EnlacePackage.RECORD__VERSION;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_REQUEST__AUTHOR = EnlacePackage.RECORD__AUTHOR;

	/**
	 * The feature id for the '<em><b>Handling Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_REQUEST__HANDLING_CODE = EnlacePackage.RECORD__HANDLING_CODE;

	/**
	 * The feature id for the '<em><b>Tlp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_REQUEST__TLP = EnlacePackage.RECORD__TLP;

	/**
	 * The feature id for the '<em><b>Releasability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_REQUEST__RELEASABILITY = EnlacePackage.RECORD__RELEASABILITY;

	/**
	 * The feature id for the '<em><b>Releasable To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_REQUEST__RELEASABLE_TO = EnlacePackage.RECORD__RELEASABLE_TO;

	/**
	 * The feature id for the '<em><b>Source Reliability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_REQUEST__SOURCE_RELIABILITY = EnlacePackage.RECORD__SOURCE_RELIABILITY;

	/**
	 * The feature id for the '<em><b>Information Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_REQUEST__INFORMATION_ACCURACY = EnlacePackage.RECORD__INFORMATION_ACCURACY;

	/**
	 * The feature id for the '<em><b>Provenance Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_REQUEST__PROVENANCE_KIND = EnlacePackage.RECORD__PROVENANCE_KIND;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_REQUEST__PROVENANCE = EnlacePackage.RECORD__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Retention Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_REQUEST__RETENTION_UNTIL = EnlacePackage.RECORD__RETENTION_UNTIL;

	/**
	 * The feature id for the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_REQUEST__RULE_ID = EnlacePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Rule Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_REQUEST__RULE_VERSION = EnlacePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Destination</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_REQUEST__DESTINATION = EnlacePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Nationality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_REQUEST__NATIONALITY = EnlacePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Requested On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_REQUEST__REQUESTED_ON = EnlacePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_REQUEST__REFERENCE = EnlacePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Reference Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_REQUEST__REFERENCE_DATE = EnlacePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Instruction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_REQUEST__INSTRUCTION = EnlacePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Corrected Requirement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_REQUEST__CORRECTED_REQUIREMENT = EnlacePackage.RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Corrected Max Stay Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_REQUEST__CORRECTED_MAX_STAY_DAYS = EnlacePackage.RECORD_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Confirmation Request</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_REQUEST_FEATURE_COUNT = EnlacePackage.RECORD_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Confirmation Request</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_REQUEST_OPERATION_COUNT = EnlacePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.entry.model.impl.ConfirmationAnswerImpl <em>Confirmation Answer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.entry.model.impl.ConfirmationAnswerImpl
	 * @see org.crm.enlace.entry.model.impl.EntryPackageImpl#getConfirmationAnswer()
	 * @generated
	 */
	int CONFIRMATION_ANSWER = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_ANSWER__ID = EnlacePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_ANSWER__OWNER_COUNTRY = EnlacePackage.RECORD__OWNER_COUNTRY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_ANSWER__CREATED_AT = EnlacePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_ANSWER__CREATED_BY = EnlacePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_ANSWER__MODIFIED_AT = EnlacePackage.RECORD__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_ANSWER__MODIFIED_BY = EnlacePackage.RECORD__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_ANSWER__VERSION = EnlacePackage.RECORD__VERSION;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_ANSWER__AUTHOR = EnlacePackage.RECORD__AUTHOR;

	/**
	 * The feature id for the '<em><b>Handling Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_ANSWER__HANDLING_CODE = EnlacePackage.RECORD__HANDLING_CODE;

	/**
	 * The feature id for the '<em><b>Tlp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_ANSWER__TLP = EnlacePackage.RECORD__TLP;

	/**
	 * The feature id for the '<em><b>Releasability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_ANSWER__RELEASABILITY = EnlacePackage.RECORD__RELEASABILITY;

	/**
	 * The feature id for the '<em><b>Releasable To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_ANSWER__RELEASABLE_TO = EnlacePackage.RECORD__RELEASABLE_TO;

	/**
	 * The feature id for the '<em><b>Source Reliability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_ANSWER__SOURCE_RELIABILITY = EnlacePackage.RECORD__SOURCE_RELIABILITY;

	/**
	 * The feature id for the '<em><b>Information Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_ANSWER__INFORMATION_ACCURACY = EnlacePackage.RECORD__INFORMATION_ACCURACY;

	/**
	 * The feature id for the '<em><b>Provenance Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_ANSWER__PROVENANCE_KIND = EnlacePackage.RECORD__PROVENANCE_KIND;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_ANSWER__PROVENANCE = EnlacePackage.RECORD__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Retention Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_ANSWER__RETENTION_UNTIL = EnlacePackage.RECORD__RETENTION_UNTIL;

	/**
	 * The feature id for the '<em><b>Request Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_ANSWER__REQUEST_ID = EnlacePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Rule Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_ANSWER__RULE_ID = EnlacePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_ANSWER__OUTCOME = EnlacePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Answered On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_ANSWER__ANSWERED_ON = EnlacePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_ANSWER__REASON = EnlacePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Confirmation Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_ANSWER_FEATURE_COUNT = EnlacePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Confirmation Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIRMATION_ANSWER_OPERATION_COUNT = EnlacePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.entry.model.Requirement <em>Requirement</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.entry.model.Requirement
	 * @see org.crm.enlace.entry.model.impl.EntryPackageImpl#getRequirement()
	 * @generated
	 */
	int REQUIREMENT = 4;

	/**
	 * The meta object id for the '{@link org.crm.enlace.entry.model.ConfirmationStatus <em>Confirmation Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.entry.model.ConfirmationStatus
	 * @see org.crm.enlace.entry.model.impl.EntryPackageImpl#getConfirmationStatus()
	 * @generated
	 */
	int CONFIRMATION_STATUS = 5;

	/**
	 * The meta object id for the '{@link org.crm.enlace.entry.model.ConfirmingParty <em>Confirming Party</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.entry.model.ConfirmingParty
	 * @see org.crm.enlace.entry.model.impl.EntryPackageImpl#getConfirmingParty()
	 * @generated
	 */
	int CONFIRMING_PARTY = 6;

	/**
	 * The meta object id for the '{@link org.crm.enlace.entry.model.ExceptionKind <em>Exception Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.entry.model.ExceptionKind
	 * @see org.crm.enlace.entry.model.impl.EntryPackageImpl#getExceptionKind()
	 * @generated
	 */
	int EXCEPTION_KIND = 7;

	/**
	 * The meta object id for the '{@link org.crm.enlace.entry.model.AnswerOutcome <em>Answer Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.entry.model.AnswerOutcome
	 * @see org.crm.enlace.entry.model.impl.EntryPackageImpl#getAnswerOutcome()
	 * @generated
	 */
	int ANSWER_OUTCOME = 8;


	/**
	 * Returns the meta object for class '{@link org.crm.enlace.entry.model.EntryRule <em>Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rule</em>'.
	 * @see org.crm.enlace.entry.model.EntryRule
	 * @generated
	 */
	EClass getEntryRule();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.entry.model.EntryRule#getDestination <em>Destination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Destination</em>'.
	 * @see org.crm.enlace.entry.model.EntryRule#getDestination()
	 * @see #getEntryRule()
	 * @generated
	 */
	EAttribute getEntryRule_Destination();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.entry.model.EntryRule#getNationality <em>Nationality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nationality</em>'.
	 * @see org.crm.enlace.entry.model.EntryRule#getNationality()
	 * @see #getEntryRule()
	 * @generated
	 */
	EAttribute getEntryRule_Nationality();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.entry.model.EntryRule#getRequirement <em>Requirement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Requirement</em>'.
	 * @see org.crm.enlace.entry.model.EntryRule#getRequirement()
	 * @see #getEntryRule()
	 * @generated
	 */
	EAttribute getEntryRule_Requirement();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.entry.model.EntryRule#getMaxStayDays <em>Max Stay Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Stay Days</em>'.
	 * @see org.crm.enlace.entry.model.EntryRule#getMaxStayDays()
	 * @see #getEntryRule()
	 * @generated
	 */
	EAttribute getEntryRule_MaxStayDays();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.entry.model.EntryRule#getExceptions <em>Exceptions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Exceptions</em>'.
	 * @see org.crm.enlace.entry.model.EntryRule#getExceptions()
	 * @see #getEntryRule()
	 * @generated
	 */
	EReference getEntryRule_Exceptions();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.entry.model.EntryRule#getMinors <em>Minors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minors</em>'.
	 * @see org.crm.enlace.entry.model.EntryRule#getMinors()
	 * @see #getEntryRule()
	 * @generated
	 */
	EAttribute getEntryRule_Minors();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.entry.model.EntryRule#getLegalBasis <em>Legal Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Legal Basis</em>'.
	 * @see org.crm.enlace.entry.model.EntryRule#getLegalBasis()
	 * @see #getEntryRule()
	 * @generated
	 */
	EAttribute getEntryRule_LegalBasis();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.entry.model.EntryRule#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.crm.enlace.entry.model.EntryRule#getSource()
	 * @see #getEntryRule()
	 * @generated
	 */
	EAttribute getEntryRule_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.entry.model.EntryRule#getSourceValue <em>Source Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Value</em>'.
	 * @see org.crm.enlace.entry.model.EntryRule#getSourceValue()
	 * @see #getEntryRule()
	 * @generated
	 */
	EAttribute getEntryRule_SourceValue();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.entry.model.EntryRule#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.crm.enlace.entry.model.EntryRule#getNote()
	 * @see #getEntryRule()
	 * @generated
	 */
	EAttribute getEntryRule_Note();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.entry.model.EntryRule#getEffectiveFrom <em>Effective From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effective From</em>'.
	 * @see org.crm.enlace.entry.model.EntryRule#getEffectiveFrom()
	 * @see #getEntryRule()
	 * @generated
	 */
	EAttribute getEntryRule_EffectiveFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.entry.model.EntryRule#getEffectiveTo <em>Effective To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effective To</em>'.
	 * @see org.crm.enlace.entry.model.EntryRule#getEffectiveTo()
	 * @see #getEntryRule()
	 * @generated
	 */
	EAttribute getEntryRule_EffectiveTo();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.entry.model.EntryRule#getConfirmationStatus <em>Confirmation Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confirmation Status</em>'.
	 * @see org.crm.enlace.entry.model.EntryRule#getConfirmationStatus()
	 * @see #getEntryRule()
	 * @generated
	 */
	EAttribute getEntryRule_ConfirmationStatus();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.entry.model.EntryRule#getConfirmedOn <em>Confirmed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confirmed On</em>'.
	 * @see org.crm.enlace.entry.model.EntryRule#getConfirmedOn()
	 * @see #getEntryRule()
	 * @generated
	 */
	EAttribute getEntryRule_ConfirmedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.entry.model.EntryRule#getConfirmedBy <em>Confirmed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confirmed By</em>'.
	 * @see org.crm.enlace.entry.model.EntryRule#getConfirmedBy()
	 * @see #getEntryRule()
	 * @generated
	 */
	EAttribute getEntryRule_ConfirmedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.entry.model.EntryRule#getConfirmingParty <em>Confirming Party</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confirming Party</em>'.
	 * @see org.crm.enlace.entry.model.EntryRule#getConfirmingParty()
	 * @see #getEntryRule()
	 * @generated
	 */
	EAttribute getEntryRule_ConfirmingParty();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.entry.model.EntryException <em>Exception</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Exception</em>'.
	 * @see org.crm.enlace.entry.model.EntryException
	 * @generated
	 */
	EClass getEntryException();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.entry.model.EntryException#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.crm.enlace.entry.model.EntryException#getKind()
	 * @see #getEntryException()
	 * @generated
	 */
	EAttribute getEntryException_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.entry.model.EntryException#getRequirement <em>Requirement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Requirement</em>'.
	 * @see org.crm.enlace.entry.model.EntryException#getRequirement()
	 * @see #getEntryException()
	 * @generated
	 */
	EAttribute getEntryException_Requirement();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.entry.model.EntryException#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.crm.enlace.entry.model.EntryException#getDescription()
	 * @see #getEntryException()
	 * @generated
	 */
	EAttribute getEntryException_Description();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.entry.model.ConfirmationRequest <em>Confirmation Request</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Confirmation Request</em>'.
	 * @see org.crm.enlace.entry.model.ConfirmationRequest
	 * @generated
	 */
	EClass getConfirmationRequest();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.entry.model.ConfirmationRequest#getRuleId <em>Rule Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule Id</em>'.
	 * @see org.crm.enlace.entry.model.ConfirmationRequest#getRuleId()
	 * @see #getConfirmationRequest()
	 * @generated
	 */
	EAttribute getConfirmationRequest_RuleId();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.entry.model.ConfirmationRequest#getRuleVersion <em>Rule Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule Version</em>'.
	 * @see org.crm.enlace.entry.model.ConfirmationRequest#getRuleVersion()
	 * @see #getConfirmationRequest()
	 * @generated
	 */
	EAttribute getConfirmationRequest_RuleVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.entry.model.ConfirmationRequest#getDestination <em>Destination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Destination</em>'.
	 * @see org.crm.enlace.entry.model.ConfirmationRequest#getDestination()
	 * @see #getConfirmationRequest()
	 * @generated
	 */
	EAttribute getConfirmationRequest_Destination();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.entry.model.ConfirmationRequest#getNationality <em>Nationality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nationality</em>'.
	 * @see org.crm.enlace.entry.model.ConfirmationRequest#getNationality()
	 * @see #getConfirmationRequest()
	 * @generated
	 */
	EAttribute getConfirmationRequest_Nationality();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.entry.model.ConfirmationRequest#getRequestedOn <em>Requested On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Requested On</em>'.
	 * @see org.crm.enlace.entry.model.ConfirmationRequest#getRequestedOn()
	 * @see #getConfirmationRequest()
	 * @generated
	 */
	EAttribute getConfirmationRequest_RequestedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.entry.model.ConfirmationRequest#getReference <em>Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference</em>'.
	 * @see org.crm.enlace.entry.model.ConfirmationRequest#getReference()
	 * @see #getConfirmationRequest()
	 * @generated
	 */
	EAttribute getConfirmationRequest_Reference();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.entry.model.ConfirmationRequest#getReferenceDate <em>Reference Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference Date</em>'.
	 * @see org.crm.enlace.entry.model.ConfirmationRequest#getReferenceDate()
	 * @see #getConfirmationRequest()
	 * @generated
	 */
	EAttribute getConfirmationRequest_ReferenceDate();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.entry.model.ConfirmationRequest#getInstruction <em>Instruction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Instruction</em>'.
	 * @see org.crm.enlace.entry.model.ConfirmationRequest#getInstruction()
	 * @see #getConfirmationRequest()
	 * @generated
	 */
	EAttribute getConfirmationRequest_Instruction();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.entry.model.ConfirmationRequest#getCorrectedRequirement <em>Corrected Requirement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Corrected Requirement</em>'.
	 * @see org.crm.enlace.entry.model.ConfirmationRequest#getCorrectedRequirement()
	 * @see #getConfirmationRequest()
	 * @generated
	 */
	EAttribute getConfirmationRequest_CorrectedRequirement();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.entry.model.ConfirmationRequest#getCorrectedMaxStayDays <em>Corrected Max Stay Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Corrected Max Stay Days</em>'.
	 * @see org.crm.enlace.entry.model.ConfirmationRequest#getCorrectedMaxStayDays()
	 * @see #getConfirmationRequest()
	 * @generated
	 */
	EAttribute getConfirmationRequest_CorrectedMaxStayDays();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.entry.model.ConfirmationAnswer <em>Confirmation Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Confirmation Answer</em>'.
	 * @see org.crm.enlace.entry.model.ConfirmationAnswer
	 * @generated
	 */
	EClass getConfirmationAnswer();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.entry.model.ConfirmationAnswer#getRequestId <em>Request Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Request Id</em>'.
	 * @see org.crm.enlace.entry.model.ConfirmationAnswer#getRequestId()
	 * @see #getConfirmationAnswer()
	 * @generated
	 */
	EAttribute getConfirmationAnswer_RequestId();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.entry.model.ConfirmationAnswer#getRuleId <em>Rule Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule Id</em>'.
	 * @see org.crm.enlace.entry.model.ConfirmationAnswer#getRuleId()
	 * @see #getConfirmationAnswer()
	 * @generated
	 */
	EAttribute getConfirmationAnswer_RuleId();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.entry.model.ConfirmationAnswer#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.crm.enlace.entry.model.ConfirmationAnswer#getOutcome()
	 * @see #getConfirmationAnswer()
	 * @generated
	 */
	EAttribute getConfirmationAnswer_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.entry.model.ConfirmationAnswer#getAnsweredOn <em>Answered On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Answered On</em>'.
	 * @see org.crm.enlace.entry.model.ConfirmationAnswer#getAnsweredOn()
	 * @see #getConfirmationAnswer()
	 * @generated
	 */
	EAttribute getConfirmationAnswer_AnsweredOn();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.entry.model.ConfirmationAnswer#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.crm.enlace.entry.model.ConfirmationAnswer#getReason()
	 * @see #getConfirmationAnswer()
	 * @generated
	 */
	EAttribute getConfirmationAnswer_Reason();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.entry.model.Requirement <em>Requirement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Requirement</em>'.
	 * @see org.crm.enlace.entry.model.Requirement
	 * @generated
	 */
	EEnum getRequirement();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.entry.model.ConfirmationStatus <em>Confirmation Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Confirmation Status</em>'.
	 * @see org.crm.enlace.entry.model.ConfirmationStatus
	 * @generated
	 */
	EEnum getConfirmationStatus();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.entry.model.ConfirmingParty <em>Confirming Party</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Confirming Party</em>'.
	 * @see org.crm.enlace.entry.model.ConfirmingParty
	 * @generated
	 */
	EEnum getConfirmingParty();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.entry.model.ExceptionKind <em>Exception Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Exception Kind</em>'.
	 * @see org.crm.enlace.entry.model.ExceptionKind
	 * @generated
	 */
	EEnum getExceptionKind();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.entry.model.AnswerOutcome <em>Answer Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Answer Outcome</em>'.
	 * @see org.crm.enlace.entry.model.AnswerOutcome
	 * @generated
	 */
	EEnum getAnswerOutcome();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	EntryFactory getEntryFactory();

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
		 * The meta object literal for the '{@link org.crm.enlace.entry.model.impl.EntryRuleImpl <em>Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.entry.model.impl.EntryRuleImpl
		 * @see org.crm.enlace.entry.model.impl.EntryPackageImpl#getEntryRule()
		 * @generated
		 */
		EClass ENTRY_RULE = eINSTANCE.getEntryRule();

		/**
		 * The meta object literal for the '<em><b>Destination</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTRY_RULE__DESTINATION = eINSTANCE.getEntryRule_Destination();

		/**
		 * The meta object literal for the '<em><b>Nationality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTRY_RULE__NATIONALITY = eINSTANCE.getEntryRule_Nationality();

		/**
		 * The meta object literal for the '<em><b>Requirement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTRY_RULE__REQUIREMENT = eINSTANCE.getEntryRule_Requirement();

		/**
		 * The meta object literal for the '<em><b>Max Stay Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTRY_RULE__MAX_STAY_DAYS = eINSTANCE.getEntryRule_MaxStayDays();

		/**
		 * The meta object literal for the '<em><b>Exceptions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENTRY_RULE__EXCEPTIONS = eINSTANCE.getEntryRule_Exceptions();

		/**
		 * The meta object literal for the '<em><b>Minors</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTRY_RULE__MINORS = eINSTANCE.getEntryRule_Minors();

		/**
		 * The meta object literal for the '<em><b>Legal Basis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTRY_RULE__LEGAL_BASIS = eINSTANCE.getEntryRule_LegalBasis();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTRY_RULE__SOURCE = eINSTANCE.getEntryRule_Source();

		/**
		 * The meta object literal for the '<em><b>Source Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTRY_RULE__SOURCE_VALUE = eINSTANCE.getEntryRule_SourceValue();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTRY_RULE__NOTE = eINSTANCE.getEntryRule_Note();

		/**
		 * The meta object literal for the '<em><b>Effective From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTRY_RULE__EFFECTIVE_FROM = eINSTANCE.getEntryRule_EffectiveFrom();

		/**
		 * The meta object literal for the '<em><b>Effective To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTRY_RULE__EFFECTIVE_TO = eINSTANCE.getEntryRule_EffectiveTo();

		/**
		 * The meta object literal for the '<em><b>Confirmation Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTRY_RULE__CONFIRMATION_STATUS = eINSTANCE.getEntryRule_ConfirmationStatus();

		/**
		 * The meta object literal for the '<em><b>Confirmed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTRY_RULE__CONFIRMED_ON = eINSTANCE.getEntryRule_ConfirmedOn();

		/**
		 * The meta object literal for the '<em><b>Confirmed By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTRY_RULE__CONFIRMED_BY = eINSTANCE.getEntryRule_ConfirmedBy();

		/**
		 * The meta object literal for the '<em><b>Confirming Party</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTRY_RULE__CONFIRMING_PARTY = eINSTANCE.getEntryRule_ConfirmingParty();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.entry.model.impl.EntryExceptionImpl <em>Exception</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.entry.model.impl.EntryExceptionImpl
		 * @see org.crm.enlace.entry.model.impl.EntryPackageImpl#getEntryException()
		 * @generated
		 */
		EClass ENTRY_EXCEPTION = eINSTANCE.getEntryException();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTRY_EXCEPTION__KIND = eINSTANCE.getEntryException_Kind();

		/**
		 * The meta object literal for the '<em><b>Requirement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTRY_EXCEPTION__REQUIREMENT = eINSTANCE.getEntryException_Requirement();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTRY_EXCEPTION__DESCRIPTION = eINSTANCE.getEntryException_Description();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.entry.model.impl.ConfirmationRequestImpl <em>Confirmation Request</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.entry.model.impl.ConfirmationRequestImpl
		 * @see org.crm.enlace.entry.model.impl.EntryPackageImpl#getConfirmationRequest()
		 * @generated
		 */
		EClass CONFIRMATION_REQUEST = eINSTANCE.getConfirmationRequest();

		/**
		 * The meta object literal for the '<em><b>Rule Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIRMATION_REQUEST__RULE_ID = eINSTANCE.getConfirmationRequest_RuleId();

		/**
		 * The meta object literal for the '<em><b>Rule Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIRMATION_REQUEST__RULE_VERSION = eINSTANCE.getConfirmationRequest_RuleVersion();

		/**
		 * The meta object literal for the '<em><b>Destination</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIRMATION_REQUEST__DESTINATION = eINSTANCE.getConfirmationRequest_Destination();

		/**
		 * The meta object literal for the '<em><b>Nationality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIRMATION_REQUEST__NATIONALITY = eINSTANCE.getConfirmationRequest_Nationality();

		/**
		 * The meta object literal for the '<em><b>Requested On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIRMATION_REQUEST__REQUESTED_ON = eINSTANCE.getConfirmationRequest_RequestedOn();

		/**
		 * The meta object literal for the '<em><b>Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIRMATION_REQUEST__REFERENCE = eINSTANCE.getConfirmationRequest_Reference();

		/**
		 * The meta object literal for the '<em><b>Reference Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIRMATION_REQUEST__REFERENCE_DATE = eINSTANCE.getConfirmationRequest_ReferenceDate();

		/**
		 * The meta object literal for the '<em><b>Instruction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIRMATION_REQUEST__INSTRUCTION = eINSTANCE.getConfirmationRequest_Instruction();

		/**
		 * The meta object literal for the '<em><b>Corrected Requirement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIRMATION_REQUEST__CORRECTED_REQUIREMENT = eINSTANCE.getConfirmationRequest_CorrectedRequirement();

		/**
		 * The meta object literal for the '<em><b>Corrected Max Stay Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIRMATION_REQUEST__CORRECTED_MAX_STAY_DAYS = eINSTANCE.getConfirmationRequest_CorrectedMaxStayDays();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.entry.model.impl.ConfirmationAnswerImpl <em>Confirmation Answer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.entry.model.impl.ConfirmationAnswerImpl
		 * @see org.crm.enlace.entry.model.impl.EntryPackageImpl#getConfirmationAnswer()
		 * @generated
		 */
		EClass CONFIRMATION_ANSWER = eINSTANCE.getConfirmationAnswer();

		/**
		 * The meta object literal for the '<em><b>Request Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIRMATION_ANSWER__REQUEST_ID = eINSTANCE.getConfirmationAnswer_RequestId();

		/**
		 * The meta object literal for the '<em><b>Rule Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIRMATION_ANSWER__RULE_ID = eINSTANCE.getConfirmationAnswer_RuleId();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIRMATION_ANSWER__OUTCOME = eINSTANCE.getConfirmationAnswer_Outcome();

		/**
		 * The meta object literal for the '<em><b>Answered On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIRMATION_ANSWER__ANSWERED_ON = eINSTANCE.getConfirmationAnswer_AnsweredOn();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIRMATION_ANSWER__REASON = eINSTANCE.getConfirmationAnswer_Reason();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.entry.model.Requirement <em>Requirement</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.entry.model.Requirement
		 * @see org.crm.enlace.entry.model.impl.EntryPackageImpl#getRequirement()
		 * @generated
		 */
		EEnum REQUIREMENT = eINSTANCE.getRequirement();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.entry.model.ConfirmationStatus <em>Confirmation Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.entry.model.ConfirmationStatus
		 * @see org.crm.enlace.entry.model.impl.EntryPackageImpl#getConfirmationStatus()
		 * @generated
		 */
		EEnum CONFIRMATION_STATUS = eINSTANCE.getConfirmationStatus();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.entry.model.ConfirmingParty <em>Confirming Party</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.entry.model.ConfirmingParty
		 * @see org.crm.enlace.entry.model.impl.EntryPackageImpl#getConfirmingParty()
		 * @generated
		 */
		EEnum CONFIRMING_PARTY = eINSTANCE.getConfirmingParty();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.entry.model.ExceptionKind <em>Exception Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.entry.model.ExceptionKind
		 * @see org.crm.enlace.entry.model.impl.EntryPackageImpl#getExceptionKind()
		 * @generated
		 */
		EEnum EXCEPTION_KIND = eINSTANCE.getExceptionKind();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.entry.model.AnswerOutcome <em>Answer Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.entry.model.AnswerOutcome
		 * @see org.crm.enlace.entry.model.impl.EntryPackageImpl#getAnswerOutcome()
		 * @generated
		 */
		EEnum ANSWER_OUTCOME = eINSTANCE.getAnswerOutcome();

	}

} //EntryPackage
