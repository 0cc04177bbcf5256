/**
 */
package org.crm.enlace.intel.model;

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
 * Modus operandi, routes and characteristics of suspected smugglers (work plan items 1.3 and 1.3.1): structured intelligence reports of the network's private space, the controlled vocabularies they use and the border crossing points users add to the map.
 * <!-- end-model-doc -->
 * @see org.crm.enlace.intel.model.IntelFactory
 * @model kind="package"
 * @generated
 */
public interface IntelPackage extends EPackage {
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
	String eNS_URI = "http://crm-enlace.org/model/intel/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "intel";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	IntelPackage eINSTANCE = org.crm.enlace.intel.model.impl.IntelPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.crm.enlace.intel.model.impl.SmugglingReportImpl <em>Smuggling Report</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.intel.model.impl.SmugglingReportImpl
	 * @see org.crm.enlace.intel.model.impl.IntelPackageImpl#getSmugglingReport()
	 * @generated
	 */
	int SMUGGLING_REPORT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLING_REPORT__ID = EnlacePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLING_REPORT__OWNER_COUNTRY = EnlacePackage.RECORD__OWNER_COUNTRY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLING_REPORT__CREATED_AT = EnlacePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLING_REPORT__CREATED_BY = EnlacePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLING_REPORT__MODIFIED_AT = EnlacePackage.RECORD__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLING_REPORT__MODIFIED_BY = EnlacePackage.RECORD__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLING_REPORT__VERSION = EnlacePackage.RECORD__VERSION;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLING_REPORT__AUTHOR = EnlacePackage.RECORD__AUTHOR;

	/**
	 * The feature id for the '<em><b>Handling Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLING_REPORT__HANDLING_CODE = EnlacePackage.RECORD__HANDLING_CODE;

	/**
	 * The feature id for the '<em><b>Tlp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLING_REPORT__TLP = EnlacePackage.RECORD__TLP;

	/**
	 * The feature id for the '<em><b>Releasability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLING_REPORT__RELEASABILITY = EnlacePackage.RECORD__RELEASABILITY;

	/**
	 * The feature id for the '<em><b>Releasable To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLING_REPORT__RELEASABLE_TO = EnlacePackage.RECORD__RELEASABLE_TO;

	/**
	 * The feature id for the '<em><b>Source Reliability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLING_REPORT__SOURCE_RELIABILITY = EnlacePackage.RECORD__SOURCE_RELIABILITY;

	/**
	 * The feature id for the '<em><b>Information Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLING_REPORT__INFORMATION_ACCURACY = EnlacePackage.RECORD__INFORMATION_ACCURACY;

	/**
	 * The feature id for the '<em><b>Provenance Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLING_REPORT__PROVENANCE_KIND = EnlacePackage.RECORD__PROVENANCE_KIND;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLING_REPORT__PROVENANCE = EnlacePackage.RECORD__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Retention Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLING_REPORT__RETENTION_UNTIL = EnlacePackage.RECORD__RETENTION_UNTIL;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLING_REPORT__TITLE = EnlacePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLING_REPORT__SUMMARY = EnlacePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Observed From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLING_REPORT__OBSERVED_FROM = EnlacePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Observed To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLING_REPORT__OBSERVED_TO = EnlacePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Countries</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLING_REPORT__COUNTRIES = EnlacePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Modality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLING_REPORT__MODALITY = EnlacePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Modus Operandi</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLING_REPORT__MODUS_OPERANDI = EnlacePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Route</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLING_REPORT__ROUTE = EnlacePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Profiles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLING_REPORT__PROFILES = EnlacePackage.RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Linked Reports</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLING_REPORT__LINKED_REPORTS = EnlacePackage.RECORD_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Smuggling Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLING_REPORT_FEATURE_COUNT = EnlacePackage.RECORD_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Smuggling Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLING_REPORT_OPERATION_COUNT = EnlacePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.intel.model.impl.RouteStepImpl <em>Route Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.intel.model.impl.RouteStepImpl
	 * @see org.crm.enlace.intel.model.impl.IntelPackageImpl#getRouteStep()
	 * @generated
	 */
	int ROUTE_STEP = 1;

	/**
	 * The feature id for the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTE_STEP__PLACE = 0;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTE_STEP__COUNTRY = 1;

	/**
	 * The feature id for the '<em><b>Latitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTE_STEP__LATITUDE = 2;

	/**
	 * The feature id for the '<em><b>Longitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTE_STEP__LONGITUDE = 3;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTE_STEP__KIND = 4;

	/**
	 * The feature id for the '<em><b>Transport To Next</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTE_STEP__TRANSPORT_TO_NEXT = 5;

	/**
	 * The number of structural features of the '<em>Route Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTE_STEP_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Route Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROUTE_STEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.intel.model.impl.SmugglerProfileImpl <em>Smuggler Profile</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.intel.model.impl.SmugglerProfileImpl
	 * @see org.crm.enlace.intel.model.impl.IntelPackageImpl#getSmugglerProfile()
	 * @generated
	 */
	int SMUGGLER_PROFILE = 2;

	/**
	 * The feature id for the '<em><b>Characteristics</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLER_PROFILE__CHARACTERISTICS = 0;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLER_PROFILE__ROLES = 1;

	/**
	 * The feature id for the '<em><b>Nationalities</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLER_PROFILE__NATIONALITIES = 2;

	/**
	 * The feature id for the '<em><b>Age From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLER_PROFILE__AGE_FROM = 3;

	/**
	 * The feature id for the '<em><b>Age To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLER_PROFILE__AGE_TO = 4;

	/**
	 * The feature id for the '<em><b>Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLER_PROFILE__NAMES = 5;

	/**
	 * The number of structural features of the '<em>Smuggler Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLER_PROFILE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Smuggler Profile</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SMUGGLER_PROFILE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.intel.model.impl.VocabularyTermImpl <em>Vocabulary Term</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.intel.model.impl.VocabularyTermImpl
	 * @see org.crm.enlace.intel.model.impl.IntelPackageImpl#getVocabularyTerm()
	 * @generated
	 */
	int VOCABULARY_TERM = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY_TERM__ID = EnlacePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY_TERM__OWNER_COUNTRY = EnlacePackage.RECORD__OWNER_COUNTRY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY_TERM__CREATED_AT = EnlacePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY_TERM__CREATED_BY = EnlacePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY_TERM__MODIFIED_AT = EnlacePackage.RECORD__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY_TERM__MODIFIED_BY = EnlacePackage.RECORD__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY_TERM__VERSION = EnlacePackage.RECORD__VERSION;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY_TERM__AUTHOR = EnlacePackage.RECORD__AUTHOR;

	/**
	 * The feature id for the '<em><b>Handling Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY_TERM__HANDLING_CODE = EnlacePackage.RECORD__HANDLING_CODE;

	/**
	 * The feature id for the '<em><b>Tlp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY_TERM__TLP = EnlacePackage.RECORD__TLP;

	/**
	 * The feature id for the '<em><b>Releasability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY_TERM__RELEASABILITY = EnlacePackage.RECORD__RELEASABILITY;

	/**
	 * The feature id for the '<em><b>Releasable To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY_TERM__RELEASABLE_TO = EnlacePackage.RECORD__RELEASABLE_TO;

	/**
	 * The feature id for the '<em><b>Source Reliability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY_TERM__SOURCE_RELIABILITY = EnlacePackage.RECORD__SOURCE_RELIABILITY;

	/**
	 * The feature id for the '<em><b>Information Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY_TERM__INFORMATION_ACCURACY = EnlacePackage.RECORD__INFORMATION_ACCURACY;

	/**
	 * The feature id for the '<em><b>Provenance Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY_TERM__PROVENANCE_KIND = EnlacePackage.RECORD__PROVENANCE_KIND;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY_TERM__PROVENANCE = EnlacePackage.RECORD__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Retention Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY_TERM__RETENTION_UNTIL = EnlacePackage.RECORD__RETENTION_UNTIL;

	/**
	 * The feature id for the '<em><b>Vocabulary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY_TERM__VOCABULARY = EnlacePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY_TERM__CODE = EnlacePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Label Es</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY_TERM__LABEL_ES = EnlacePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Label En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY_TERM__LABEL_EN = EnlacePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Vocabulary Term</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY_TERM_FEATURE_COUNT = EnlacePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Vocabulary Term</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOCABULARY_TERM_OPERATION_COUNT = EnlacePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.intel.model.impl.BorderCrossingImpl <em>Border Crossing</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.intel.model.impl.BorderCrossingImpl
	 * @see org.crm.enlace.intel.model.impl.IntelPackageImpl#getBorderCrossing()
	 * @generated
	 */
	int BORDER_CROSSING = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDER_CROSSING__ID = EnlacePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDER_CROSSING__OWNER_COUNTRY = EnlacePackage.RECORD__OWNER_COUNTRY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDER_CROSSING__CREATED_AT = EnlacePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDER_CROSSING__CREATED_BY = EnlacePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDER_CROSSING__MODIFIED_AT = EnlacePackage.RECORD__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDER_CROSSING__MODIFIED_BY = EnlacePackage.RECORD__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDER_CROSSING__VERSION = EnlacePackage.RECORD__VERSION;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDER_CROSSING__AUTHOR = EnlacePackage.RECORD__AUTHOR;

	/**
	 * The feature id for the '<em><b>Handling Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDER_CROSSING__HANDLING_CODE = EnlacePackage.RECORD__HANDLING_CODE;

	/**
	 * The feature id for the '<em><b>Tlp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDER_CROSSING__TLP = EnlacePackage.RECORD__TLP;

	/**
	 * The feature id for the '<em><b>Releasability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDER_CROSSING__RELEASABILITY = EnlacePackage.RECORD__RELEASABILITY;

	/**
	 * The feature id for the '<em><b>Releasable To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDER_CROSSING__RELEASABLE_TO = EnlacePackage.RECORD__RELEASABLE_TO;

	/**
	 * The feature id for the '<em><b>Source Reliability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDER_CROSSING__SOURCE_RELIABILITY = EnlacePackage.RECORD__SOURCE_RELIABILITY;

	/**
	 * The feature id for the '<em><b>Information Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDER_CROSSING__INFORMATION_ACCURACY = EnlacePackage.RECORD__INFORMATION_ACCURACY;

	/**
	 * The feature id for the '<em><b>Provenance Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDER_CROSSING__PROVENANCE_KIND = EnlacePackage.RECORD__PROVENANCE_KIND;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDER_CROSSING__PROVENANCE = EnlacePackage.RECORD__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Retention Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDER_CROSSING__RETENTION_UNTIL = EnlacePackage.RECORD__RETENTION_UNTIL;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDER_CROSSING__NAME = EnlacePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDER_CROSSING__COUNTRY = EnlacePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Latitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDER_CROSSING__LATITUDE = EnlacePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Longitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDER_CROSSING__LONGITUDE = EnlacePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Other Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDER_CROSSING__OTHER_COUNTRY = EnlacePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDER_CROSSING__KIND = EnlacePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDER_CROSSING__STATUS = EnlacePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDER_CROSSING__NOTE = EnlacePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Border Crossing</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDER_CROSSING_FEATURE_COUNT = EnlacePackage.RECORD_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Border Crossing</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BORDER_CROSSING_OPERATION_COUNT = EnlacePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.intel.model.CrossingKind <em>Crossing Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.intel.model.CrossingKind
	 * @see org.crm.enlace.intel.model.impl.IntelPackageImpl#getCrossingKind()
	 * @generated
	 */
	int CROSSING_KIND = 5;

	/**
	 * The meta object id for the '{@link org.crm.enlace.intel.model.CrossingStatus <em>Crossing Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.intel.model.CrossingStatus
	 * @see org.crm.enlace.intel.model.impl.IntelPackageImpl#getCrossingStatus()
	 * @generated
	 */
	int CROSSING_STATUS = 6;

	/**
	 * The meta object id for the '{@link org.crm.enlace.intel.model.Modality <em>Modality</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.intel.model.Modality
	 * @see org.crm.enlace.intel.model.impl.IntelPackageImpl#getModality()
	 * @generated
	 */
	int MODALITY = 7;

	/**
	 * The meta object id for the '{@link org.crm.enlace.intel.model.StepKind <em>Step Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.intel.model.StepKind
	 * @see org.crm.enlace.intel.model.impl.IntelPackageImpl#getStepKind()
	 * @generated
	 */
	int STEP_KIND = 8;


	/**
	 * Returns the meta object for class '{@link org.crm.enlace.intel.model.SmugglingReport <em>Smuggling Report</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Smuggling Report</em>'.
	 * @see org.crm.enlace.intel.model.SmugglingReport
	 * @generated
	 */
	EClass getSmugglingReport();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.intel.model.SmugglingReport#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.crm.enlace.intel.model.SmugglingReport#getTitle()
	 * @see #getSmugglingReport()
	 * @generated
	 */
	EAttribute getSmugglingReport_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.intel.model.SmugglingReport#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.crm.enlace.intel.model.SmugglingReport#getSummary()
	 * @see #getSmugglingReport()
	 * @generated
	 */
	EAttribute getSmugglingReport_Summary();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.intel.model.SmugglingReport#getObservedFrom <em>Observed From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed From</em>'.
	 * @see org.crm.enlace.intel.model.SmugglingReport#getObservedFrom()
	 * @see #getSmugglingReport()
	 * @generated
	 */
	EAttribute getSmugglingReport_ObservedFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.intel.model.SmugglingReport#getObservedTo <em>Observed To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed To</em>'.
	 * @see org.crm.enlace.intel.model.SmugglingReport#getObservedTo()
	 * @see #getSmugglingReport()
	 * @generated
	 */
	EAttribute getSmugglingReport_ObservedTo();

	/**
	 * Returns the meta object for the attribute list '{@link org.crm.enlace.intel.model.SmugglingReport#getCountries <em>Countries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Countries</em>'.
	 * @see org.crm.enlace.intel.model.SmugglingReport#getCountries()
	 * @see #getSmugglingReport()
	 * @generated
	 */
	EAttribute getSmugglingReport_Countries();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.intel.model.SmugglingReport#getModality <em>Modality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modality</em>'.
	 * @see org.crm.enlace.intel.model.SmugglingReport#getModality()
	 * @see #getSmugglingReport()
	 * @generated
	 */
	EAttribute getSmugglingReport_Modality();

	/**
	 * Returns the meta object for the attribute list '{@link org.crm.enlace.intel.model.SmugglingReport#getModusOperandi <em>Modus Operandi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Modus Operandi</em>'.
	 * @see org.crm.enlace.intel.model.SmugglingReport#getModusOperandi()
	 * @see #getSmugglingReport()
	 * @generated
	 */
	EAttribute getSmugglingReport_ModusOperandi();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.intel.model.SmugglingReport#getRoute <em>Route</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Route</em>'.
	 * @see org.crm.enlace.intel.model.SmugglingReport#getRoute()
	 * @see #getSmugglingReport()
	 * @generated
	 */
	EReference getSmugglingReport_Route();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.intel.model.SmugglingReport#getProfiles <em>Profiles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Profiles</em>'.
	 * @see org.crm.enlace.intel.model.SmugglingReport#getProfiles()
	 * @see #getSmugglingReport()
	 * @generated
	 */
	EReference getSmugglingReport_Profiles();

	/**
	 * Returns the meta object for the attribute list '{@link org.crm.enlace.intel.model.SmugglingReport#getLinkedReports <em>Linked Reports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Linked Reports</em>'.
	 * @see org.crm.enlace.intel.model.SmugglingReport#getLinkedReports()
	 * @see #getSmugglingReport()
	 * @generated
	 */
	EAttribute getSmugglingReport_LinkedReports();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.intel.model.RouteStep <em>Route Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Route Step</em>'.
	 * @see org.crm.enlace.intel.model.RouteStep
	 * @generated
	 */
	EClass getRouteStep();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.intel.model.RouteStep#getPlace <em>Place</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Place</em>'.
	 * @see org.crm.enlace.intel.model.RouteStep#getPlace()
	 * @see #getRouteStep()
	 * @generated
	 */
	EAttribute getRouteStep_Place();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.intel.model.RouteStep#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.crm.enlace.intel.model.RouteStep#getCountry()
	 * @see #getRouteStep()
	 * @generated
	 */
	EAttribute getRouteStep_Country();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.intel.model.RouteStep#getLatitude <em>Latitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Latitude</em>'.
	 * @see org.crm.enlace.intel.model.RouteStep#getLatitude()
	 * @see #getRouteStep()
	 * @generated
	 */
	EAttribute getRouteStep_Latitude();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.intel.model.RouteStep#getLongitude <em>Longitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Longitude</em>'.
	 * @see org.crm.enlace.intel.model.RouteStep#getLongitude()
	 * @see #getRouteStep()
	 * @generated
	 */
	EAttribute getRouteStep_Longitude();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.intel.model.RouteStep#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.crm.enlace.intel.model.RouteStep#getKind()
	 * @see #getRouteStep()
	 * @generated
	 */
	EAttribute getRouteStep_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.intel.model.RouteStep#getTransportToNext <em>Transport To Next</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Transport To Next</em>'.
	 * @see org.crm.enlace.intel.model.RouteStep#getTransportToNext()
	 * @see #getRouteStep()
	 * @generated
	 */
	EAttribute getRouteStep_TransportToNext();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.intel.model.SmugglerProfile <em>Smuggler Profile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Smuggler Profile</em>'.
	 * @see org.crm.enlace.intel.model.SmugglerProfile
	 * @generated
	 */
	EClass getSmugglerProfile();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.intel.model.SmugglerProfile#getCharacteristics <em>Characteristics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Characteristics</em>'.
	 * @see org.crm.enlace.intel.model.SmugglerProfile#getCharacteristics()
	 * @see #getSmugglerProfile()
	 * @generated
	 */
	EAttribute getSmugglerProfile_Characteristics();

	/**
	 * Returns the meta object for the attribute list '{@link org.crm.enlace.intel.model.SmugglerProfile#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Roles</em>'.
	 * @see org.crm.enlace.intel.model.SmugglerProfile#getRoles()
	 * @see #getSmugglerProfile()
	 * @generated
	 */
	EAttribute getSmugglerProfile_Roles();

	/**
	 * Returns the meta object for the attribute list '{@link org.crm.enlace.intel.model.SmugglerProfile#getNationalities <em>Nationalities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Nationalities</em>'.
	 * @see org.crm.enlace.intel.model.SmugglerProfile#getNationalities()
	 * @see #getSmugglerProfile()
	 * @generated
	 */
	EAttribute getSmugglerProfile_Nationalities();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.intel.model.SmugglerProfile#getAgeFrom <em>Age From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Age From</em>'.
	 * @see org.crm.enlace.intel.model.SmugglerProfile#getAgeFrom()
	 * @see #getSmugglerProfile()
	 * @generated
	 */
	EAttribute getSmugglerProfile_AgeFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.intel.model.SmugglerProfile#getAgeTo <em>Age To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Age To</em>'.
	 * @see org.crm.enlace.intel.model.SmugglerProfile#getAgeTo()
	 * @see #getSmugglerProfile()
	 * @generated
	 */
	EAttribute getSmugglerProfile_AgeTo();

	/**
	 * Returns the meta object for the attribute list '{@link org.crm.enlace.intel.model.SmugglerProfile#getNames <em>Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Names</em>'.
	 * @see org.crm.enlace.intel.model.SmugglerProfile#getNames()
	 * @see #getSmugglerProfile()
	 * @generated
	 */
	EAttribute getSmugglerProfile_Names();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.intel.model.VocabularyTerm <em>Vocabulary Term</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Vocabulary Term</em>'.
	 * @see org.crm.enlace.intel.model.VocabularyTerm
	 * @generated
	 */
	EClass getVocabularyTerm();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.intel.model.VocabularyTerm#getVocabulary <em>Vocabulary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vocabulary</em>'.
	 * @see org.crm.enlace.intel.model.VocabularyTerm#getVocabulary()
	 * @see #getVocabularyTerm()
	 * @generated
	 */
	EAttribute getVocabularyTerm_Vocabulary();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.intel.model.VocabularyTerm#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.crm.enlace.intel.model.VocabularyTerm#getCode()
	 * @see #getVocabularyTerm()
	 * @generated
	 */
	EAttribute getVocabularyTerm_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.intel.model.VocabularyTerm#getLabelEs <em>Label Es</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Es</em>'.
	 * @see org.crm.enlace.intel.model.VocabularyTerm#getLabelEs()
	 * @see #getVocabularyTerm()
	 * @generated
	 */
	EAttribute getVocabularyTerm_LabelEs();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.intel.model.VocabularyTerm#getLabelEn <em>Label En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label En</em>'.
	 * @see org.crm.enlace.intel.model.VocabularyTerm#getLabelEn()
	 * @see #getVocabularyTerm()
	 * @generated
	 */
	EAttribute getVocabularyTerm_LabelEn();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.intel.model.BorderCrossing <em>Border Crossing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Border Crossing</em>'.
	 * @see org.crm.enlace.intel.model.BorderCrossing
	 * @generated
	 */
	EClass getBorderCrossing();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.intel.model.BorderCrossing#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.crm.enlace.intel.model.BorderCrossing#getName()
	 * @see #getBorderCrossing()
	 * @generated
	 */
	EAttribute getBorderCrossing_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.intel.model.BorderCrossing#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.crm.enlace.intel.model.BorderCrossing#getCountry()
	 * @see #getBorderCrossing()
	 * @generated
	 */
	EAttribute getBorderCrossing_Country();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.intel.model.BorderCrossing#getLatitude <em>Latitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Latitude</em>'.
	 * @see org.crm.enlace.intel.model.BorderCrossing#getLatitude()
	 * @see #getBorderCrossing()
	 * @generated
	 */
	EAttribute getBorderCrossing_Latitude();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.intel.model.BorderCrossing#getLongitude <em>Longitude</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Longitude</em>'.
	 * @see org.crm.enlace.intel.model.BorderCrossing#getLongitude()
	 * @see #getBorderCrossing()
	 * @generated
	 */
	EAttribute getBorderCrossing_Longitude();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.intel.model.BorderCrossing#getOtherCountry <em>Other Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Other Country</em>'.
	 * @see org.crm.enlace.intel.model.BorderCrossing#getOtherCountry()
	 * @see #getBorderCrossing()
	 * @generated
	 */
	EAttribute getBorderCrossing_OtherCountry();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.intel.model.BorderCrossing#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.crm.enlace.intel.model.BorderCrossing#getKind()
	 * @see #getBorderCrossing()
	 * @generated
	 */
	EAttribute getBorderCrossing_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.intel.model.BorderCrossing#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.crm.enlace.intel.model.BorderCrossing#getStatus()
	 * @see #getBorderCrossing()
	 * @generated
	 */
	EAttribute getBorderCrossing_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.intel.model.BorderCrossing#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.crm.enlace.intel.model.BorderCrossing#getNote()
	 * @see #getBorderCrossing()
	 * @generated
	 */
	EAttribute getBorderCrossing_Note();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.intel.model.CrossingKind <em>Crossing Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Crossing Kind</em>'.
	 * @see org.crm.enlace.intel.model.CrossingKind
	 * @generated
	 */
	EEnum getCrossingKind();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.intel.model.CrossingStatus <em>Crossing Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Crossing Status</em>'.
	 * @see org.crm.enlace.intel.model.CrossingStatus
	 * @generated
	 */
	EEnum getCrossingStatus();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.intel.model.Modality <em>Modality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Modality</em>'.
	 * @see org.crm.enlace.intel.model.Modality
	 * @generated
	 */
	EEnum getModality();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.intel.model.StepKind <em>Step Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Step Kind</em>'.
	 * @see org.crm.enlace.intel.model.StepKind
	 * @generated
	 */
	EEnum getStepKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	IntelFactory getIntelFactory();

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
		 * The meta object literal for the '{@link org.crm.enlace.intel.model.impl.SmugglingReportImpl <em>Smuggling Report</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.intel.model.impl.SmugglingReportImpl
		 * @see org.crm.enlace.intel.model.impl.IntelPackageImpl#getSmugglingReport()
		 * @generated
		 */
		EClass SMUGGLING_REPORT = eINSTANCE.getSmugglingReport();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SMUGGLING_REPORT__TITLE = eINSTANCE.getSmugglingReport_Title();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SMUGGLING_REPORT__SUMMARY = eINSTANCE.getSmugglingReport_Summary();

		/**
		 * The meta object literal for the '<em><b>Observed From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SMUGGLING_REPORT__OBSERVED_FROM = eINSTANCE.getSmugglingReport_ObservedFrom();

		/**
		 * The meta object literal for the '<em><b>Observed To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SMUGGLING_REPORT__OBSERVED_TO = eINSTANCE.getSmugglingReport_ObservedTo();

		/**
		 * The meta object literal for the '<em><b>Countries</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SMUGGLING_REPORT__COUNTRIES = eINSTANCE.getSmugglingReport_Countries();

		/**
		 * The meta object literal for the '<em><b>Modality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SMUGGLING_REPORT__MODALITY = eINSTANCE.getSmugglingReport_Modality();

		/**
		 * The meta object literal for the '<em><b>Modus Operandi</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SMUGGLING_REPORT__MODUS_OPERANDI = eINSTANCE.getSmugglingReport_ModusOperandi();

		/**
		 * The meta object literal for the '<em><b>Route</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SMUGGLING_REPORT__ROUTE = eINSTANCE.getSmugglingReport_Route();

		/**
		 * The meta object literal for the '<em><b>Profiles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SMUGGLING_REPORT__PROFILES = eINSTANCE.getSmugglingReport_Profiles();

		/**
		 * The meta object literal for the '<em><b>Linked Reports</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SMUGGLING_REPORT__LINKED_REPORTS = eINSTANCE.getSmugglingReport_LinkedReports();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.intel.model.impl.RouteStepImpl <em>Route Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.intel.model.impl.RouteStepImpl
		 * @see org.crm.enlace.intel.model.impl.IntelPackageImpl#getRouteStep()
		 * @generated
		 */
		EClass ROUTE_STEP = eINSTANCE.getRouteStep();

		/**
		 * The meta object literal for the '<em><b>Place</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROUTE_STEP__PLACE = eINSTANCE.getRouteStep_Place();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROUTE_STEP__COUNTRY = eINSTANCE.getRouteStep_Country();

		/**
		 * The meta object literal for the '<em><b>Latitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROUTE_STEP__LATITUDE = eINSTANCE.getRouteStep_Latitude();

		/**
		 * The meta object literal for the '<em><b>Longitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROUTE_STEP__LONGITUDE = eINSTANCE.getRouteStep_Longitude();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROUTE_STEP__KIND = eINSTANCE.getRouteStep_Kind();

		/**
		 * The meta object literal for the '<em><b>Transport To Next</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROUTE_STEP__TRANSPORT_TO_NEXT = eINSTANCE.getRouteStep_TransportToNext();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.intel.model.impl.SmugglerProfileImpl <em>Smuggler Profile</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.intel.model.impl.SmugglerProfileImpl
		 * @see org.crm.enlace.intel.model.impl.IntelPackageImpl#getSmugglerProfile()
		 * @generated
		 */
		EClass SMUGGLER_PROFILE = eINSTANCE.getSmugglerProfile();

		/**
		 * The meta object literal for the '<em><b>Characteristics</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SMUGGLER_PROFILE__CHARACTERISTICS = eINSTANCE.getSmugglerProfile_Characteristics();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SMUGGLER_PROFILE__ROLES = eINSTANCE.getSmugglerProfile_Roles();

		/**
		 * The meta object literal for the '<em><b>Nationalities</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SMUGGLER_PROFILE__NATIONALITIES = eINSTANCE.getSmugglerProfile_Nationalities();

		/**
		 * The meta object literal for the '<em><b>Age From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SMUGGLER_PROFILE__AGE_FROM = eINSTANCE.getSmugglerProfile_AgeFrom();

		/**
		 * The meta object literal for the '<em><b>Age To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SMUGGLER_PROFILE__AGE_TO = eINSTANCE.getSmugglerProfile_AgeTo();

		/**
		 * The meta object literal for the '<em><b>Names</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SMUGGLER_PROFILE__NAMES = eINSTANCE.getSmugglerProfile_Names();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.intel.model.impl.VocabularyTermImpl <em>Vocabulary Term</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.intel.model.impl.VocabularyTermImpl
		 * @see org.crm.enlace.intel.model.impl.IntelPackageImpl#getVocabularyTerm()
		 * @generated
		 */
		EClass VOCABULARY_TERM = eINSTANCE.getVocabularyTerm();

		/**
		 * The meta object literal for the '<em><b>Vocabulary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOCABULARY_TERM__VOCABULARY = eINSTANCE.getVocabularyTerm_Vocabulary();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOCABULARY_TERM__CODE = eINSTANCE.getVocabularyTerm_Code();

		/**
		 * The meta object literal for the '<em><b>Label Es</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOCABULARY_TERM__LABEL_ES = eINSTANCE.getVocabularyTerm_LabelEs();

		/**
		 * The meta object literal for the '<em><b>Label En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOCABULARY_TERM__LABEL_EN = eINSTANCE.getVocabularyTerm_LabelEn();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.intel.model.impl.BorderCrossingImpl <em>Border Crossing</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.intel.model.impl.BorderCrossingImpl
		 * @see org.crm.enlace.intel.model.impl.IntelPackageImpl#getBorderCrossing()
		 * @generated
		 */
		EClass BORDER_CROSSING = eINSTANCE.getBorderCrossing();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BORDER_CROSSING__NAME = eINSTANCE.getBorderCrossing_Name();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BORDER_CROSSING__COUNTRY = eINSTANCE.getBorderCrossing_Country();

		/**
		 * The meta object literal for the '<em><b>Latitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BORDER_CROSSING__LATITUDE = eINSTANCE.getBorderCrossing_Latitude();

		/**
		 * The meta object literal for the '<em><b>Longitude</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BORDER_CROSSING__LONGITUDE = eINSTANCE.getBorderCrossing_Longitude();

		/**
		 * The meta object literal for the '<em><b>Other Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BORDER_CROSSING__OTHER_COUNTRY = eINSTANCE.getBorderCrossing_OtherCountry();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BORDER_CROSSING__KIND = eINSTANCE.getBorderCrossing_Kind();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BORDER_CROSSING__STATUS = eINSTANCE.getBorderCrossing_Status();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BORDER_CROSSING__NOTE = eINSTANCE.getBorderCrossing_Note();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.intel.model.CrossingKind <em>Crossing Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.intel.model.CrossingKind
		 * @see org.crm.enlace.intel.model.impl.IntelPackageImpl#getCrossingKind()
		 * @generated
		 */
		EEnum CROSSING_KIND = eINSTANCE.getCrossingKind();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.intel.model.CrossingStatus <em>Crossing Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.intel.model.CrossingStatus
		 * @see org.crm.enlace.intel.model.impl.IntelPackageImpl#getCrossingStatus()
		 * @generated
		 */
		EEnum CROSSING_STATUS = eINSTANCE.getCrossingStatus();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.intel.model.Modality <em>Modality</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.intel.model.Modality
		 * @see org.crm.enlace.intel.model.impl.IntelPackageImpl#getModality()
		 * @generated
		 */
		EEnum MODALITY = eINSTANCE.getModality();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.intel.model.StepKind <em>Step Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.intel.model.StepKind
		 * @see org.crm.enlace.intel.model.impl.IntelPackageImpl#getStepKind()
		 * @generated
		 */
		EEnum STEP_KIND = eINSTANCE.getStepKind();

	}

} //IntelPackage
