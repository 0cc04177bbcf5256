/**
 */
package org.crm.enlace.cotravel.model;

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
 * The co-travel alert: persons travelling with children with whom they may have no family bond, seen at a border (work plan item 1.3.2, issue 6 section 2). Persons are the shared model's Person, contained in the alert.
 * <!-- end-model-doc -->
 * @see org.crm.enlace.cotravel.model.CoTravelFactory
 * @model kind="package"
 * @generated
 */
public interface CoTravelPackage extends EPackage {
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
	String eNS_URI = "http://crm-enlace.org/model/cotravel/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "cotravel";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CoTravelPackage eINSTANCE = org.crm.enlace.cotravel.model.impl.CoTravelPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.crm.enlace.cotravel.model.impl.CoTravelAlertImpl <em>Alert</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.cotravel.model.impl.CoTravelAlertImpl
	 * @see org.crm.enlace.cotravel.model.impl.CoTravelPackageImpl#getCoTravelAlert()
	 * @generated
	 */
	int CO_TRAVEL_ALERT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__ID = EnlacePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__OWNER_COUNTRY = EnlacePackage.RECORD__OWNER_COUNTRY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__CREATED_AT = EnlacePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__CREATED_BY = EnlacePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__MODIFIED_AT = EnlacePackage.RECORD__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__MODIFIED_BY = EnlacePackage.RECORD__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__VERSION = EnlacePackage.RECORD__VERSION;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__AUTHOR = EnlacePackage.RECORD__AUTHOR;

	/**
	 * The feature id for the '<em><b>Handling Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__HANDLING_CODE = EnlacePackage.RECORD__HANDLING_CODE;

	/**
	 * The feature id for the '<em><b>Tlp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__TLP = EnlacePackage.RECORD__TLP;

	/**
	 * The feature id for the '<em><b>Releasability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__RELEASABILITY = EnlacePackage.RECORD__RELEASABILITY;

	/**
	 * The feature id for the '<em><b>Releasable To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__RELEASABLE_TO = EnlacePackage.RECORD__RELEASABLE_TO;

	/**
	 * The feature id for the '<em><b>Source Reliability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__SOURCE_RELIABILITY = EnlacePackage.RECORD__SOURCE_RELIABILITY;

	/**
	 * The feature id for the '<em><b>Information Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__INFORMATION_ACCURACY = EnlacePackage.RECORD__INFORMATION_ACCURACY;

	/**
	 * The feature id for the '<em><b>Provenance Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__PROVENANCE_KIND = EnlacePackage.RECORD__PROVENANCE_KIND;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__PROVENANCE = EnlacePackage.RECORD__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Retention Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__RETENTION_UNTIL = EnlacePackage.RECORD__RETENTION_UNTIL;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__DATE = EnlacePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__TIME = EnlacePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__COUNTRY = EnlacePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Crossing Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__CROSSING_ID = EnlacePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Airport Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__AIRPORT_CODE = EnlacePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Place Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__PLACE_NAME = EnlacePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__DIRECTION = EnlacePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__MODE = EnlacePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Carrier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__CARRIER = EnlacePackage.RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Flight Or Route</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__FLIGHT_OR_ROUTE = EnlacePackage.RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Adults</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__ADULTS = EnlacePackage.RECORD_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__CHILDREN = EnlacePackage.RECORD_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Relationships</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__RELATIONSHIPS = EnlacePackage.RECORD_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__EVIDENCE = EnlacePackage.RECORD_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__INDICATORS = EnlacePackage.RECORD_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Observations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__OBSERVATIONS = EnlacePackage.RECORD_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__OUTCOME = EnlacePackage.RECORD_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Follow Ups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT__FOLLOW_UPS = EnlacePackage.RECORD_FEATURE_COUNT + 17;

	/**
	 * The number of structural features of the '<em>Alert</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT_FEATURE_COUNT = EnlacePackage.RECORD_FEATURE_COUNT + 18;

	/**
	 * The number of operations of the '<em>Alert</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CO_TRAVEL_ALERT_OPERATION_COUNT = EnlacePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.cotravel.model.impl.TravellingAdultImpl <em>Travelling Adult</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.cotravel.model.impl.TravellingAdultImpl
	 * @see org.crm.enlace.cotravel.model.impl.CoTravelPackageImpl#getTravellingAdult()
	 * @generated
	 */
	int TRAVELLING_ADULT = 1;

	/**
	 * The feature id for the '<em><b>Person</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAVELLING_ADULT__PERSON = 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAVELLING_ADULT__ROLE = 1;

	/**
	 * The number of structural features of the '<em>Travelling Adult</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAVELLING_ADULT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Travelling Adult</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAVELLING_ADULT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.cotravel.model.impl.TravellingChildImpl <em>Travelling Child</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.cotravel.model.impl.TravellingChildImpl
	 * @see org.crm.enlace.cotravel.model.impl.CoTravelPackageImpl#getTravellingChild()
	 * @generated
	 */
	int TRAVELLING_CHILD = 2;

	/**
	 * The feature id for the '<em><b>Person</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAVELLING_CHILD__PERSON = 0;

	/**
	 * The feature id for the '<em><b>Age At Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAVELLING_CHILD__AGE_AT_TIME = 1;

	/**
	 * The number of structural features of the '<em>Travelling Child</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAVELLING_CHILD_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Travelling Child</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAVELLING_CHILD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.cotravel.model.impl.ClaimedRelationshipImpl <em>Claimed Relationship</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.cotravel.model.impl.ClaimedRelationshipImpl
	 * @see org.crm.enlace.cotravel.model.impl.CoTravelPackageImpl#getClaimedRelationship()
	 * @generated
	 */
	int CLAIMED_RELATIONSHIP = 3;

	/**
	 * The feature id for the '<em><b>Child</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIMED_RELATIONSHIP__CHILD = 0;

	/**
	 * The feature id for the '<em><b>Adult</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIMED_RELATIONSHIP__ADULT = 1;

	/**
	 * The feature id for the '<em><b>Relationship</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIMED_RELATIONSHIP__RELATIONSHIP = 2;

	/**
	 * The number of structural features of the '<em>Claimed Relationship</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIMED_RELATIONSHIP_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Claimed Relationship</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLAIMED_RELATIONSHIP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.cotravel.model.impl.EvidenceImpl <em>Evidence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.cotravel.model.impl.EvidenceImpl
	 * @see org.crm.enlace.cotravel.model.impl.CoTravelPackageImpl#getEvidence()
	 * @generated
	 */
	int EVIDENCE = 4;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__KIND = 0;

	/**
	 * The feature id for the '<em><b>Result</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__RESULT = 1;

	/**
	 * The feature id for the '<em><b>Child</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__CHILD = 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE__NOTE = 3;

	/**
	 * The number of structural features of the '<em>Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Evidence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.cotravel.model.impl.FollowUpActionImpl <em>Follow Up Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.cotravel.model.impl.FollowUpActionImpl
	 * @see org.crm.enlace.cotravel.model.impl.CoTravelPackageImpl#getFollowUpAction()
	 * @generated
	 */
	int FOLLOW_UP_ACTION = 5;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP_ACTION__DATE = 0;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP_ACTION__ACTION = 1;

	/**
	 * The feature id for the '<em><b>By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP_ACTION__BY = 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP_ACTION__STATUS = 3;

	/**
	 * The number of structural features of the '<em>Follow Up Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP_ACTION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Follow Up Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP_ACTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.cotravel.model.impl.LinkDecisionImpl <em>Link Decision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.cotravel.model.impl.LinkDecisionImpl
	 * @see org.crm.enlace.cotravel.model.impl.CoTravelPackageImpl#getLinkDecision()
	 * @generated
	 */
	int LINK_DECISION = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_DECISION__ID = EnlacePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_DECISION__OWNER_COUNTRY = EnlacePackage.RECORD__OWNER_COUNTRY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_DECISION__CREATED_AT = EnlacePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_DECISION__CREATED_BY = EnlacePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_DECISION__MODIFIED_AT = EnlacePackage.RECORD__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_DECISION__MODIFIED_BY = EnlacePackage.RECORD__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_DECISION__VERSION = EnlacePackage.RECORD__VERSION;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_DECISION__AUTHOR = EnlacePackage.RECORD__AUTHOR;

	/**
	 * The feature id for the '<em><b>Handling Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_DECISION__HANDLING_CODE = EnlacePackage.RECORD__HANDLING_CODE;

	/**
	 * The feature id for the '<em><b>Tlp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_DECISION__TLP = EnlacePackage.RECORD__TLP;

	/**
	 * The feature id for the '<em><b>Releasability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_DECISION__RELEASABILITY = EnlacePackage.RECORD__RELEASABILITY;

	/**
	 * The feature id for the '<em><b>Releasable To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_DECISION__RELEASABLE_TO = EnlacePackage.RECORD__RELEASABLE_TO;

	/**
	 * The feature id for the '<em><b>Source Reliability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_DECISION__SOURCE_RELIABILITY = EnlacePackage.RECORD__SOURCE_RELIABILITY;

	/**
	 * The feature id for the '<em><b>Information Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_DECISION__INFORMATION_ACCURACY = EnlacePackage.RECORD__INFORMATION_ACCURACY;

	/**
	 * The feature id for the '<em><b>Provenance Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_DECISION__PROVENANCE_KIND = EnlacePackage.RECORD__PROVENANCE_KIND;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_DECISION__PROVENANCE = EnlacePackage.RECORD__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Retention Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_DECISION__RETENTION_UNTIL = EnlacePackage.RECORD__RETENTION_UNTIL;

	/**
	 * The feature id for the '<em><b>Person A</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_DECISION__PERSON_A = EnlacePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Person B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_DECISION__PERSON_B = EnlacePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Decision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_DECISION__DECISION = EnlacePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_DECISION__NOTE = EnlacePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Link Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_DECISION_FEATURE_COUNT = EnlacePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Link Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_DECISION_OPERATION_COUNT = EnlacePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.cotravel.model.Direction <em>Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.cotravel.model.Direction
	 * @see org.crm.enlace.cotravel.model.impl.CoTravelPackageImpl#getDirection()
	 * @generated
	 */
	int DIRECTION = 7;

	/**
	 * The meta object id for the '{@link org.crm.enlace.cotravel.model.TravelMode <em>Travel Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.cotravel.model.TravelMode
	 * @see org.crm.enlace.cotravel.model.impl.CoTravelPackageImpl#getTravelMode()
	 * @generated
	 */
	int TRAVEL_MODE = 8;

	/**
	 * The meta object id for the '{@link org.crm.enlace.cotravel.model.AdultRole <em>Adult Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.cotravel.model.AdultRole
	 * @see org.crm.enlace.cotravel.model.impl.CoTravelPackageImpl#getAdultRole()
	 * @generated
	 */
	int ADULT_ROLE = 9;

	/**
	 * The meta object id for the '{@link org.crm.enlace.cotravel.model.Relationship <em>Relationship</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.cotravel.model.Relationship
	 * @see org.crm.enlace.cotravel.model.impl.CoTravelPackageImpl#getRelationship()
	 * @generated
	 */
	int RELATIONSHIP = 10;

	/**
	 * The meta object id for the '{@link org.crm.enlace.cotravel.model.EvidenceKind <em>Evidence Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.cotravel.model.EvidenceKind
	 * @see org.crm.enlace.cotravel.model.impl.CoTravelPackageImpl#getEvidenceKind()
	 * @generated
	 */
	int EVIDENCE_KIND = 11;

	/**
	 * The meta object id for the '{@link org.crm.enlace.cotravel.model.VerificationResult <em>Verification Result</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.cotravel.model.VerificationResult
	 * @see org.crm.enlace.cotravel.model.impl.CoTravelPackageImpl#getVerificationResult()
	 * @generated
	 */
	int VERIFICATION_RESULT = 12;

	/**
	 * The meta object id for the '{@link org.crm.enlace.cotravel.model.Outcome <em>Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.cotravel.model.Outcome
	 * @see org.crm.enlace.cotravel.model.impl.CoTravelPackageImpl#getOutcome()
	 * @generated
	 */
	int OUTCOME = 13;

	/**
	 * The meta object id for the '{@link org.crm.enlace.cotravel.model.FollowUpStatus <em>Follow Up Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.cotravel.model.FollowUpStatus
	 * @see org.crm.enlace.cotravel.model.impl.CoTravelPackageImpl#getFollowUpStatus()
	 * @generated
	 */
	int FOLLOW_UP_STATUS = 14;

	/**
	 * The meta object id for the '{@link org.crm.enlace.cotravel.model.LinkVerdict <em>Link Verdict</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.cotravel.model.LinkVerdict
	 * @see org.crm.enlace.cotravel.model.impl.CoTravelPackageImpl#getLinkVerdict()
	 * @generated
	 */
	int LINK_VERDICT = 15;


	/**
	 * Returns the meta object for class '{@link org.crm.enlace.cotravel.model.CoTravelAlert <em>Alert</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Alert</em>'.
	 * @see org.crm.enlace.cotravel.model.CoTravelAlert
	 * @generated
	 */
	EClass getCoTravelAlert();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.cotravel.model.CoTravelAlert#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.crm.enlace.cotravel.model.CoTravelAlert#getDate()
	 * @see #getCoTravelAlert()
	 * @generated
	 */
	EAttribute getCoTravelAlert_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.cotravel.model.CoTravelAlert#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see org.crm.enlace.cotravel.model.CoTravelAlert#getTime()
	 * @see #getCoTravelAlert()
	 * @generated
	 */
	EAttribute getCoTravelAlert_Time();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.cotravel.model.CoTravelAlert#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.crm.enlace.cotravel.model.CoTravelAlert#getCountry()
	 * @see #getCoTravelAlert()
	 * @generated
	 */
	EAttribute getCoTravelAlert_Country();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.cotravel.model.CoTravelAlert#getCrossingId <em>Crossing Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Crossing Id</em>'.
	 * @see org.crm.enlace.cotravel.model.CoTravelAlert#getCrossingId()
	 * @see #getCoTravelAlert()
	 * @generated
	 */
	EAttribute getCoTravelAlert_CrossingId();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.cotravel.model.CoTravelAlert#getAirportCode <em>Airport Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Airport Code</em>'.
	 * @see org.crm.enlace.cotravel.model.CoTravelAlert#getAirportCode()
	 * @see #getCoTravelAlert()
	 * @generated
	 */
	EAttribute getCoTravelAlert_AirportCode();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.cotravel.model.CoTravelAlert#getPlaceName <em>Place Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Place Name</em>'.
	 * @see org.crm.enlace.cotravel.model.CoTravelAlert#getPlaceName()
	 * @see #getCoTravelAlert()
	 * @generated
	 */
	EAttribute getCoTravelAlert_PlaceName();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.cotravel.model.CoTravelAlert#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.crm.enlace.cotravel.model.CoTravelAlert#getDirection()
	 * @see #getCoTravelAlert()
	 * @generated
	 */
	EAttribute getCoTravelAlert_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.cotravel.model.CoTravelAlert#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.crm.enlace.cotravel.model.CoTravelAlert#getMode()
	 * @see #getCoTravelAlert()
	 * @generated
	 */
	EAttribute getCoTravelAlert_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.cotravel.model.CoTravelAlert#getCarrier <em>Carrier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Carrier</em>'.
	 * @see org.crm.enlace.cotravel.model.CoTravelAlert#getCarrier()
	 * @see #getCoTravelAlert()
	 * @generated
	 */
	EAttribute getCoTravelAlert_Carrier();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.cotravel.model.CoTravelAlert#getFlightOrRoute <em>Flight Or Route</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flight Or Route</em>'.
	 * @see org.crm.enlace.cotravel.model.CoTravelAlert#getFlightOrRoute()
	 * @see #getCoTravelAlert()
	 * @generated
	 */
	EAttribute getCoTravelAlert_FlightOrRoute();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.cotravel.model.CoTravelAlert#getAdults <em>Adults</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Adults</em>'.
	 * @see org.crm.enlace.cotravel.model.CoTravelAlert#getAdults()
	 * @see #getCoTravelAlert()
	 * @generated
	 */
	EReference getCoTravelAlert_Adults();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.cotravel.model.CoTravelAlert#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.crm.enlace.cotravel.model.CoTravelAlert#getChildren()
	 * @see #getCoTravelAlert()
	 * @generated
	 */
	EReference getCoTravelAlert_Children();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.cotravel.model.CoTravelAlert#getRelationships <em>Relationships</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Relationships</em>'.
	 * @see org.crm.enlace.cotravel.model.CoTravelAlert#getRelationships()
	 * @see #getCoTravelAlert()
	 * @generated
	 */
	EReference getCoTravelAlert_Relationships();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.cotravel.model.CoTravelAlert#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence</em>'.
	 * @see org.crm.enlace.cotravel.model.CoTravelAlert#getEvidence()
	 * @see #getCoTravelAlert()
	 * @generated
	 */
	EReference getCoTravelAlert_Evidence();

	/**
	 * Returns the meta object for the attribute list '{@link org.crm.enlace.cotravel.model.CoTravelAlert#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Indicators</em>'.
	 * @see org.crm.enlace.cotravel.model.CoTravelAlert#getIndicators()
	 * @see #getCoTravelAlert()
	 * @generated
	 */
	EAttribute getCoTravelAlert_Indicators();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.cotravel.model.CoTravelAlert#getObservations <em>Observations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observations</em>'.
	 * @see org.crm.enlace.cotravel.model.CoTravelAlert#getObservations()
	 * @see #getCoTravelAlert()
	 * @generated
	 */
	EAttribute getCoTravelAlert_Observations();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.cotravel.model.CoTravelAlert#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.crm.enlace.cotravel.model.CoTravelAlert#getOutcome()
	 * @see #getCoTravelAlert()
	 * @generated
	 */
	EAttribute getCoTravelAlert_Outcome();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.cotravel.model.CoTravelAlert#getFollowUps <em>Follow Ups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Follow Ups</em>'.
	 * @see org.crm.enlace.cotravel.model.CoTravelAlert#getFollowUps()
	 * @see #getCoTravelAlert()
	 * @generated
	 */
	EReference getCoTravelAlert_FollowUps();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.cotravel.model.TravellingAdult <em>Travelling Adult</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Travelling Adult</em>'.
	 * @see org.crm.enlace.cotravel.model.TravellingAdult
	 * @generated
	 */
	EClass getTravellingAdult();

	/**
	 * Returns the meta object for the containment reference '{@link org.crm.enlace.cotravel.model.TravellingAdult#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Person</em>'.
	 * @see org.crm.enlace.cotravel.model.TravellingAdult#getPerson()
	 * @see #getTravellingAdult()
	 * @generated
	 */
	EReference getTravellingAdult_Person();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.cotravel.model.TravellingAdult#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.crm.enlace.cotravel.model.TravellingAdult#getRole()
	 * @see #getTravellingAdult()
	 * @generated
	 */
	EAttribute getTravellingAdult_Role();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.cotravel.model.TravellingChild <em>Travelling Child</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Travelling Child</em>'.
	 * @see org.crm.enlace.cotravel.model.TravellingChild
	 * @generated
	 */
	EClass getTravellingChild();

	/**
	 * Returns the meta object for the containment reference '{@link org.crm.enlace.cotravel.model.TravellingChild#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Person</em>'.
	 * @see org.crm.enlace.cotravel.model.TravellingChild#getPerson()
	 * @see #getTravellingChild()
	 * @generated
	 */
	EReference getTravellingChild_Person();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.cotravel.model.TravellingChild#getAgeAtTime <em>Age At Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Age At Time</em>'.
	 * @see org.crm.enlace.cotravel.model.TravellingChild#getAgeAtTime()
	 * @see #getTravellingChild()
	 * @generated
	 */
	EAttribute getTravellingChild_AgeAtTime();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.cotravel.model.ClaimedRelationship <em>Claimed Relationship</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Claimed Relationship</em>'.
	 * @see org.crm.enlace.cotravel.model.ClaimedRelationship
	 * @generated
	 */
	EClass getClaimedRelationship();

	/**
	 * Returns the meta object for the reference '{@link org.crm.enlace.cotravel.model.ClaimedRelationship#getChild <em>Child</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Child</em>'.
	 * @see org.crm.enlace.cotravel.model.ClaimedRelationship#getChild()
	 * @see #getClaimedRelationship()
	 * @generated
	 */
	EReference getClaimedRelationship_Child();

	/**
	 * Returns the meta object for the reference '{@link org.crm.enlace.cotravel.model.ClaimedRelationship#getAdult <em>Adult</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Adult</em>'.
	 * @see org.crm.enlace.cotravel.model.ClaimedRelationship#getAdult()
	 * @see #getClaimedRelationship()
	 * @generated
	 */
	EReference getClaimedRelationship_Adult();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.cotravel.model.ClaimedRelationship#getRelationship <em>Relationship</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Relationship</em>'.
	 * @see org.crm.enlace.cotravel.model.ClaimedRelationship#getRelationship()
	 * @see #getClaimedRelationship()
	 * @generated
	 */
	EAttribute getClaimedRelationship_Relationship();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.cotravel.model.Evidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence</em>'.
	 * @see org.crm.enlace.cotravel.model.Evidence
	 * @generated
	 */
	EClass getEvidence();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.cotravel.model.Evidence#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.crm.enlace.cotravel.model.Evidence#getKind()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.cotravel.model.Evidence#getResult <em>Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Result</em>'.
	 * @see org.crm.enlace.cotravel.model.Evidence#getResult()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Result();

	/**
	 * Returns the meta object for the reference '{@link org.crm.enlace.cotravel.model.Evidence#getChild <em>Child</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Child</em>'.
	 * @see org.crm.enlace.cotravel.model.Evidence#getChild()
	 * @see #getEvidence()
	 * @generated
	 */
	EReference getEvidence_Child();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.cotravel.model.Evidence#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.crm.enlace.cotravel.model.Evidence#getNote()
	 * @see #getEvidence()
	 * @generated
	 */
	EAttribute getEvidence_Note();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.cotravel.model.FollowUpAction <em>Follow Up Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Follow Up Action</em>'.
	 * @see org.crm.enlace.cotravel.model.FollowUpAction
	 * @generated
	 */
	EClass getFollowUpAction();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.cotravel.model.FollowUpAction#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.crm.enlace.cotravel.model.FollowUpAction#getDate()
	 * @see #getFollowUpAction()
	 * @generated
	 */
	EAttribute getFollowUpAction_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.cotravel.model.FollowUpAction#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.crm.enlace.cotravel.model.FollowUpAction#getAction()
	 * @see #getFollowUpAction()
	 * @generated
	 */
	EAttribute getFollowUpAction_Action();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.cotravel.model.FollowUpAction#getBy <em>By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>By</em>'.
	 * @see org.crm.enlace.cotravel.model.FollowUpAction#getBy()
	 * @see #getFollowUpAction()
	 * @generated
	 */
	EAttribute getFollowUpAction_By();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.cotravel.model.FollowUpAction#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.crm.enlace.cotravel.model.FollowUpAction#getStatus()
	 * @see #getFollowUpAction()
	 * @generated
	 */
	EAttribute getFollowUpAction_Status();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.cotravel.model.LinkDecision <em>Link Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Link Decision</em>'.
	 * @see org.crm.enlace.cotravel.model.LinkDecision
	 * @generated
	 */
	EClass getLinkDecision();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.cotravel.model.LinkDecision#getPersonA <em>Person A</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Person A</em>'.
	 * @see org.crm.enlace.cotravel.model.LinkDecision#getPersonA()
	 * @see #getLinkDecision()
	 * @generated
	 */
	EAttribute getLinkDecision_PersonA();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.cotravel.model.LinkDecision#getPersonB <em>Person B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Person B</em>'.
	 * @see org.crm.enlace.cotravel.model.LinkDecision#getPersonB()
	 * @see #getLinkDecision()
	 * @generated
	 */
	EAttribute getLinkDecision_PersonB();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.cotravel.model.LinkDecision#getDecision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision</em>'.
	 * @see org.crm.enlace.cotravel.model.LinkDecision#getDecision()
	 * @see #getLinkDecision()
	 * @generated
	 */
	EAttribute getLinkDecision_Decision();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.cotravel.model.LinkDecision#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.crm.enlace.cotravel.model.LinkDecision#getNote()
	 * @see #getLinkDecision()
	 * @generated
	 */
	EAttribute getLinkDecision_Note();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.cotravel.model.Direction <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Direction</em>'.
	 * @see org.crm.enlace.cotravel.model.Direction
	 * @generated
	 */
	EEnum getDirection();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.cotravel.model.TravelMode <em>Travel Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Travel Mode</em>'.
	 * @see org.crm.enlace.cotravel.model.TravelMode
	 * @generated
	 */
	EEnum getTravelMode();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.cotravel.model.AdultRole <em>Adult Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Adult Role</em>'.
	 * @see org.crm.enlace.cotravel.model.AdultRole
	 * @generated
	 */
	EEnum getAdultRole();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.cotravel.model.Relationship <em>Relationship</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Relationship</em>'.
	 * @see org.crm.enlace.cotravel.model.Relationship
	 * @generated
	 */
	EEnum getRelationship();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.cotravel.model.EvidenceKind <em>Evidence Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Evidence Kind</em>'.
	 * @see org.crm.enlace.cotravel.model.EvidenceKind
	 * @generated
	 */
	EEnum getEvidenceKind();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.cotravel.model.VerificationResult <em>Verification Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Verification Result</em>'.
	 * @see org.crm.enlace.cotravel.model.VerificationResult
	 * @generated
	 */
	EEnum getVerificationResult();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.cotravel.model.Outcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Outcome</em>'.
	 * @see org.crm.enlace.cotravel.model.Outcome
	 * @generated
	 */
	EEnum getOutcome();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.cotravel.model.FollowUpStatus <em>Follow Up Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Follow Up Status</em>'.
	 * @see org.crm.enlace.cotravel.model.FollowUpStatus
	 * @generated
	 */
	EEnum getFollowUpStatus();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.cotravel.model.LinkVerdict <em>Link Verdict</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Link Verdict</em>'.
	 * @see org.crm.enlace.cotravel.model.LinkVerdict
	 * @generated
	 */
	EEnum getLinkVerdict();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CoTravelFactory getCoTravelFactory();

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
		 * The meta object literal for the '{@link org.crm.enlace.cotravel.model.impl.CoTravelAlertImpl <em>Alert</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.cotravel.model.impl.CoTravelAlertImpl
		 * @see org.crm.enlace.cotravel.model.impl.CoTravelPackageImpl#getCoTravelAlert()
		 * @generated
		 */
		EClass CO_TRAVEL_ALERT = eINSTANCE.getCoTravelAlert();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CO_TRAVEL_ALERT__DATE = eINSTANCE.getCoTravelAlert_Date();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CO_TRAVEL_ALERT__TIME = eINSTANCE.getCoTravelAlert_Time();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CO_TRAVEL_ALERT__COUNTRY = eINSTANCE.getCoTravelAlert_Country();

		/**
		 * The meta object literal for the '<em><b>Crossing Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CO_TRAVEL_ALERT__CROSSING_ID = eINSTANCE.getCoTravelAlert_CrossingId();

		/**
		 * The meta object literal for the '<em><b>Airport Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CO_TRAVEL_ALERT__AIRPORT_CODE = eINSTANCE.getCoTravelAlert_AirportCode();

		/**
		 * The meta object literal for the '<em><b>Place Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CO_TRAVEL_ALERT__PLACE_NAME = eINSTANCE.getCoTravelAlert_PlaceName();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CO_TRAVEL_ALERT__DIRECTION = eINSTANCE.getCoTravelAlert_Direction();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CO_TRAVEL_ALERT__MODE = eINSTANCE.getCoTravelAlert_Mode();

		/**
		 * The meta object literal for the '<em><b>Carrier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CO_TRAVEL_ALERT__CARRIER = eINSTANCE.getCoTravelAlert_Carrier();

		/**
		 * The meta object literal for the '<em><b>Flight Or Route</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CO_TRAVEL_ALERT__FLIGHT_OR_ROUTE = eINSTANCE.getCoTravelAlert_FlightOrRoute();

		/**
		 * The meta object literal for the '<em><b>Adults</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CO_TRAVEL_ALERT__ADULTS = eINSTANCE.getCoTravelAlert_Adults();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CO_TRAVEL_ALERT__CHILDREN = eINSTANCE.getCoTravelAlert_Children();

		/**
		 * The meta object literal for the '<em><b>Relationships</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CO_TRAVEL_ALERT__RELATIONSHIPS = eINSTANCE.getCoTravelAlert_Relationships();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CO_TRAVEL_ALERT__EVIDENCE = eINSTANCE.getCoTravelAlert_Evidence();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CO_TRAVEL_ALERT__INDICATORS = eINSTANCE.getCoTravelAlert_Indicators();

		/**
		 * The meta object literal for the '<em><b>Observations</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CO_TRAVEL_ALERT__OBSERVATIONS = eINSTANCE.getCoTravelAlert_Observations();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CO_TRAVEL_ALERT__OUTCOME = eINSTANCE.getCoTravelAlert_Outcome();

		/**
		 * The meta object literal for the '<em><b>Follow Ups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CO_TRAVEL_ALERT__FOLLOW_UPS = eINSTANCE.getCoTravelAlert_FollowUps();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.cotravel.model.impl.TravellingAdultImpl <em>Travelling Adult</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.cotravel.model.impl.TravellingAdultImpl
		 * @see org.crm.enlace.cotravel.model.impl.CoTravelPackageImpl#getTravellingAdult()
		 * @generated
		 */
		EClass TRAVELLING_ADULT = eINSTANCE.getTravellingAdult();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAVELLING_ADULT__PERSON = eINSTANCE.getTravellingAdult_Person();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAVELLING_ADULT__ROLE = eINSTANCE.getTravellingAdult_Role();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.cotravel.model.impl.TravellingChildImpl <em>Travelling Child</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.cotravel.model.impl.TravellingChildImpl
		 * @see org.crm.enlace.cotravel.model.impl.CoTravelPackageImpl#getTravellingChild()
		 * @generated
		 */
		EClass TRAVELLING_CHILD = eINSTANCE.getTravellingChild();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAVELLING_CHILD__PERSON = eINSTANCE.getTravellingChild_Person();

		/**
		 * The meta object literal for the '<em><b>Age At Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAVELLING_CHILD__AGE_AT_TIME = eINSTANCE.getTravellingChild_AgeAtTime();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.cotravel.model.impl.ClaimedRelationshipImpl <em>Claimed Relationship</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.cotravel.model.impl.ClaimedRelationshipImpl
		 * @see org.crm.enlace.cotravel.model.impl.CoTravelPackageImpl#getClaimedRelationship()
		 * @generated
		 */
		EClass CLAIMED_RELATIONSHIP = eINSTANCE.getClaimedRelationship();

		/**
		 * The meta object literal for the '<em><b>Child</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIMED_RELATIONSHIP__CHILD = eINSTANCE.getClaimedRelationship_Child();

		/**
		 * The meta object literal for the '<em><b>Adult</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLAIMED_RELATIONSHIP__ADULT = eINSTANCE.getClaimedRelationship_Adult();

		/**
		 * The meta object literal for the '<em><b>Relationship</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLAIMED_RELATIONSHIP__RELATIONSHIP = eINSTANCE.getClaimedRelationship_Relationship();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.cotravel.model.impl.EvidenceImpl <em>Evidence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.cotravel.model.impl.EvidenceImpl
		 * @see org.crm.enlace.cotravel.model.impl.CoTravelPackageImpl#getEvidence()
		 * @generated
		 */
		EClass EVIDENCE = eINSTANCE.getEvidence();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__KIND = eINSTANCE.getEvidence_Kind();

		/**
		 * The meta object literal for the '<em><b>Result</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__RESULT = eINSTANCE.getEvidence_Result();

		/**
		 * The meta object literal for the '<em><b>Child</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVIDENCE__CHILD = eINSTANCE.getEvidence_Child();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE__NOTE = eINSTANCE.getEvidence_Note();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.cotravel.model.impl.FollowUpActionImpl <em>Follow Up Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.cotravel.model.impl.FollowUpActionImpl
		 * @see org.crm.enlace.cotravel.model.impl.CoTravelPackageImpl#getFollowUpAction()
		 * @generated
		 */
		EClass FOLLOW_UP_ACTION = eINSTANCE.getFollowUpAction();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP_ACTION__DATE = eINSTANCE.getFollowUpAction_Date();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP_ACTION__ACTION = eINSTANCE.getFollowUpAction_Action();

		/**
		 * The meta object literal for the '<em><b>By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP_ACTION__BY = eINSTANCE.getFollowUpAction_By();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP_ACTION__STATUS = eINSTANCE.getFollowUpAction_Status();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.cotravel.model.impl.LinkDecisionImpl <em>Link Decision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.cotravel.model.impl.LinkDecisionImpl
		 * @see org.crm.enlace.cotravel.model.impl.CoTravelPackageImpl#getLinkDecision()
		 * @generated
		 */
		EClass LINK_DECISION = eINSTANCE.getLinkDecision();

		/**
		 * The meta object literal for the '<em><b>Person A</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK_DECISION__PERSON_A = eINSTANCE.getLinkDecision_PersonA();

		/**
		 * The meta object literal for the '<em><b>Person B</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK_DECISION__PERSON_B = eINSTANCE.getLinkDecision_PersonB();

		/**
		 * The meta object literal for the '<em><b>Decision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK_DECISION__DECISION = eINSTANCE.getLinkDecision_Decision();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK_DECISION__NOTE = eINSTANCE.getLinkDecision_Note();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.cotravel.model.Direction <em>Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.cotravel.model.Direction
		 * @see org.crm.enlace.cotravel.model.impl.CoTravelPackageImpl#getDirection()
		 * @generated
		 */
		EEnum DIRECTION = eINSTANCE.getDirection();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.cotravel.model.TravelMode <em>Travel Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.cotravel.model.TravelMode
		 * @see org.crm.enlace.cotravel.model.impl.CoTravelPackageImpl#getTravelMode()
		 * @generated
		 */
		EEnum TRAVEL_MODE = eINSTANCE.getTravelMode();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.cotravel.model.AdultRole <em>Adult Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.cotravel.model.AdultRole
		 * @see org.crm.enlace.cotravel.model.impl.CoTravelPackageImpl#getAdultRole()
		 * @generated
		 */
		EEnum ADULT_ROLE = eINSTANCE.getAdultRole();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.cotravel.model.Relationship <em>Relationship</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.cotravel.model.Relationship
		 * @see org.crm.enlace.cotravel.model.impl.CoTravelPackageImpl#getRelationship()
		 * @generated
		 */
		EEnum RELATIONSHIP = eINSTANCE.getRelationship();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.cotravel.model.EvidenceKind <em>Evidence Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.cotravel.model.EvidenceKind
		 * @see org.crm.enlace.cotravel.model.impl.CoTravelPackageImpl#getEvidenceKind()
		 * @generated
		 */
		EEnum EVIDENCE_KIND = eINSTANCE.getEvidenceKind();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.cotravel.model.VerificationResult <em>Verification Result</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.cotravel.model.VerificationResult
		 * @see org.crm.enlace.cotravel.model.impl.CoTravelPackageImpl#getVerificationResult()
		 * @generated
		 */
		EEnum VERIFICATION_RESULT = eINSTANCE.getVerificationResult();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.cotravel.model.Outcome <em>Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.cotravel.model.Outcome
		 * @see org.crm.enlace.cotravel.model.impl.CoTravelPackageImpl#getOutcome()
		 * @generated
		 */
		EEnum OUTCOME = eINSTANCE.getOutcome();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.cotravel.model.FollowUpStatus <em>Follow Up Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.cotravel.model.FollowUpStatus
		 * @see org.crm.enlace.cotravel.model.impl.CoTravelPackageImpl#getFollowUpStatus()
		 * @generated
		 */
		EEnum FOLLOW_UP_STATUS = eINSTANCE.getFollowUpStatus();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.cotravel.model.LinkVerdict <em>Link Verdict</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.cotravel.model.LinkVerdict
		 * @see org.crm.enlace.cotravel.model.impl.CoTravelPackageImpl#getLinkVerdict()
		 * @generated
		 */
		EEnum LINK_VERDICT = eINSTANCE.getLinkVerdict();

	}

} //CoTravelPackage
