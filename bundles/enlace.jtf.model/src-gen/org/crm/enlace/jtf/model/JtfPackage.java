/**
 */
package org.crm.enlace.jtf.model;

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
 * Coordination with the Joint Task Force (work plan result 1.3, second part; issue 7 section 3): meetings with their agenda, participants, minutes, decisions and action items, the plan's milestones, and each country's national commission with its last joint activity.
 * <!-- end-model-doc -->
 * @see org.crm.enlace.jtf.model.JtfFactory
 * @model kind="package"
 * @generated
 */
public interface JtfPackage extends EPackage {
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
	String eNS_URI = "http://crm-enlace.org/model/jtf/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "jtf";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	JtfPackage eINSTANCE = org.crm.enlace.jtf.model.impl.JtfPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.crm.enlace.jtf.model.impl.MeetingImpl <em>Meeting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.jtf.model.impl.MeetingImpl
	 * @see org.crm.enlace.jtf.model.impl.JtfPackageImpl#getMeeting()
	 * @generated
	 */
	int MEETING = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__ID = EnlacePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__OWNER_COUNTRY = EnlacePackage.RECORD__OWNER_COUNTRY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__CREATED_AT = EnlacePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__CREATED_BY = EnlacePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__MODIFIED_AT = EnlacePackage.RECORD__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__MODIFIED_BY = EnlacePackage.RECORD__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__VERSION = EnlacePackage.RECORD__VERSION;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__AUTHOR = EnlacePackage.RECORD__AUTHOR;

	/**
	 * The feature id for the '<em><b>Handling Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__HANDLING_CODE = EnlacePackage.RECORD__HANDLING_CODE;

	/**
	 * The feature id for the '<em><b>Tlp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__TLP = EnlacePackage.RECORD__TLP;

	/**
	 * The feature id for the '<em><b>Releasability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__RELEASABILITY = EnlacePackage.RECORD__RELEASABILITY;

	/**
	 * The feature id for the '<em><b>Releasable To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__RELEASABLE_TO = EnlacePackage.RECORD__RELEASABLE_TO;

	/**
	 * The feature id for the '<em><b>Source Reliability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__SOURCE_RELIABILITY = EnlacePackage.RECORD__SOURCE_RELIABILITY;

	/**
	 * The feature id for the '<em><b>Information Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__INFORMATION_ACCURACY = EnlacePackage.RECORD__INFORMATION_ACCURACY;

	/**
	 * The feature id for the '<em><b>Provenance Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__PROVENANCE_KIND = EnlacePackage.RECORD__PROVENANCE_KIND;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__PROVENANCE = EnlacePackage.RECORD__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Retention Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__RETENTION_UNTIL = EnlacePackage.RECORD__RETENTION_UNTIL;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__KIND = EnlacePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__TITLE = EnlacePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__DATE = EnlacePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__STATUS = EnlacePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__FORMAT = EnlacePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__COUNTRY = EnlacePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__PLACE = EnlacePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Agenda</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__AGENDA = EnlacePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Participants</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__PARTICIPANTS = EnlacePackage.RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__MINUTES = EnlacePackage.RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Minutes Attachment Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__MINUTES_ATTACHMENT_ID = EnlacePackage.RECORD_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Decisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__DECISIONS = EnlacePackage.RECORD_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Action Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__ACTION_ITEMS = EnlacePackage.RECORD_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Meeting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_FEATURE_COUNT = EnlacePackage.RECORD_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Meeting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_OPERATION_COUNT = EnlacePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.jtf.model.impl.AgendaItemImpl <em>Agenda Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.jtf.model.impl.AgendaItemImpl
	 * @see org.crm.enlace.jtf.model.impl.JtfPackageImpl#getAgendaItem()
	 * @generated
	 */
	int AGENDA_ITEM = 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Presenter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__PRESENTER = 1;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__NOTES = 2;

	/**
	 * The number of structural features of the '<em>Agenda Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Agenda Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.jtf.model.impl.ParticipantImpl <em>Participant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.jtf.model.impl.ParticipantImpl
	 * @see org.crm.enlace.jtf.model.impl.JtfPackageImpl#getParticipant()
	 * @generated
	 */
	int PARTICIPANT = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Organization</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__ORGANIZATION = 1;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__COUNTRY = 2;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT__ROLE = 3;

	/**
	 * The number of structural features of the '<em>Participant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Participant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTICIPANT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.jtf.model.impl.DecisionImpl <em>Decision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.jtf.model.impl.DecisionImpl
	 * @see org.crm.enlace.jtf.model.impl.JtfPackageImpl#getDecision()
	 * @generated
	 */
	int DECISION = 3;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION__TEXT = 0;

	/**
	 * The number of structural features of the '<em>Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.jtf.model.impl.ActionItemImpl <em>Action Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.jtf.model.impl.ActionItemImpl
	 * @see org.crm.enlace.jtf.model.impl.JtfPackageImpl#getActionItem()
	 * @generated
	 */
	int ACTION_ITEM = 4;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Owner Organization</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__OWNER_ORGANIZATION = 1;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__DUE_DATE = 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM__STATUS = 3;

	/**
	 * The number of structural features of the '<em>Action Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Action Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.jtf.model.impl.MilestoneImpl <em>Milestone</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.jtf.model.impl.MilestoneImpl
	 * @see org.crm.enlace.jtf.model.impl.JtfPackageImpl#getMilestone()
	 * @generated
	 */
	int MILESTONE = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__ID = EnlacePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__OWNER_COUNTRY = EnlacePackage.RECORD__OWNER_COUNTRY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__CREATED_AT = EnlacePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__CREATED_BY = EnlacePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__MODIFIED_AT = EnlacePackage.RECORD__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__MODIFIED_BY = EnlacePackage.RECORD__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__VERSION = EnlacePackage.RECORD__VERSION;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__AUTHOR = EnlacePackage.RECORD__AUTHOR;

	/**
	 * The feature id for the '<em><b>Handling Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__HANDLING_CODE = EnlacePackage.RECORD__HANDLING_CODE;

	/**
	 * The feature id for the '<em><b>Tlp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__TLP = EnlacePackage.RECORD__TLP;

	/**
	 * The feature id for the '<em><b>Releasability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__RELEASABILITY = EnlacePackage.RECORD__RELEASABILITY;

	/**
	 * The feature id for the '<em><b>Releasable To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__RELEASABLE_TO = EnlacePackage.RECORD__RELEASABLE_TO;

	/**
	 * The feature id for the '<em><b>Source Reliability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__SOURCE_RELIABILITY = EnlacePackage.RECORD__SOURCE_RELIABILITY;

	/**
	 * The feature id for the '<em><b>Information Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__INFORMATION_ACCURACY = EnlacePackage.RECORD__INFORMATION_ACCURACY;

	/**
	 * The feature id for the '<em><b>Provenance Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__PROVENANCE_KIND = EnlacePackage.RECORD__PROVENANCE_KIND;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__PROVENANCE = EnlacePackage.RECORD__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Retention Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__RETENTION_UNTIL = EnlacePackage.RECORD__RETENTION_UNTIL;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__CODE = EnlacePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__TITLE = EnlacePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Meeting Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__MEETING_KIND = EnlacePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Before Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__BEFORE_KIND = EnlacePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Before Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__BEFORE_COUNTRY = EnlacePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__NOTES = EnlacePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Milestone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE_FEATURE_COUNT = EnlacePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Milestone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE_OPERATION_COUNT = EnlacePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.jtf.model.impl.NationalCommissionImpl <em>National Commission</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.jtf.model.impl.NationalCommissionImpl
	 * @see org.crm.enlace.jtf.model.impl.JtfPackageImpl#getNationalCommission()
	 * @generated
	 */
	int NATIONAL_COMMISSION = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_COMMISSION__ID = EnlacePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_COMMISSION__OWNER_COUNTRY = EnlacePackage.RECORD__OWNER_COUNTRY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_COMMISSION__CREATED_AT = EnlacePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_COMMISSION__CREATED_BY = EnlacePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_COMMISSION__MODIFIED_AT = EnlacePackage.RECORD__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_COMMISSION__MODIFIED_BY = EnlacePackage.RECORD__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_COMMISSION__VERSION = EnlacePackage.RECORD__VERSION;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_COMMISSION__AUTHOR = EnlacePackage.RECORD__AUTHOR;

	/**
	 * The feature id for the '<em><b>Handling Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_COMMISSION__HANDLING_CODE = EnlacePackage.RECORD__HANDLING_CODE;

	/**
	 * The feature id for the '<em><b>Tlp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_COMMISSION__TLP = EnlacePackage.RECORD__TLP;

	/**
	 * The feature id for the '<em><b>Releasability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_COMMISSION__RELEASABILITY = EnlacePackage.RECORD__RELEASABILITY;

	/**
	 * The feature id for the '<em><b>Releasable To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_COMMISSION__RELEASABLE_TO = EnlacePackage.RECORD__RELEASABLE_TO;

	/**
	 * The feature id for the '<em><b>Source Reliability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_COMMISSION__SOURCE_RELIABILITY = EnlacePackage.RECORD__SOURCE_RELIABILITY;

	/**
	 * The feature id for the '<em><b>Information Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_COMMISSION__INFORMATION_ACCURACY = EnlacePackage.RECORD__INFORMATION_ACCURACY;

	/**
	 * The feature id for the '<em><b>Provenance Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_COMMISSION__PROVENANCE_KIND = EnlacePackage.RECORD__PROVENANCE_KIND;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_COMMISSION__PROVENANCE = EnlacePackage.RECORD__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Retention Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_COMMISSION__RETENTION_UNTIL = EnlacePackage.RECORD__RETENTION_UNTIL;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_COMMISSION__COUNTRY = EnlacePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_COMMISSION__NAME = EnlacePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Institutions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_COMMISSION__INSTITUTIONS = EnlacePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Coordinated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_COMMISSION__COORDINATED = EnlacePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Last Joint Activity Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_COMMISSION__LAST_JOINT_ACTIVITY_DATE = EnlacePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Last Joint Activity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_COMMISSION__LAST_JOINT_ACTIVITY = EnlacePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Evidence Attachment Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_COMMISSION__EVIDENCE_ATTACHMENT_ID = EnlacePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Evidence Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_COMMISSION__EVIDENCE_REFERENCE = EnlacePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>National Commission</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_COMMISSION_FEATURE_COUNT = EnlacePackage.RECORD_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>National Commission</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NATIONAL_COMMISSION_OPERATION_COUNT = EnlacePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.jtf.model.MeetingKind <em>Meeting Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.jtf.model.MeetingKind
	 * @see org.crm.enlace.jtf.model.impl.JtfPackageImpl#getMeetingKind()
	 * @generated
	 */
	int MEETING_KIND = 7;

	/**
	 * The meta object id for the '{@link org.crm.enlace.jtf.model.MeetingStatus <em>Meeting Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.jtf.model.MeetingStatus
	 * @see org.crm.enlace.jtf.model.impl.JtfPackageImpl#getMeetingStatus()
	 * @generated
	 */
	int MEETING_STATUS = 8;

	/**
	 * The meta object id for the '{@link org.crm.enlace.jtf.model.MeetingFormat <em>Meeting Format</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.jtf.model.MeetingFormat
	 * @see org.crm.enlace.jtf.model.impl.JtfPackageImpl#getMeetingFormat()
	 * @generated
	 */
	int MEETING_FORMAT = 9;

	/**
	 * The meta object id for the '{@link org.crm.enlace.jtf.model.ParticipantRole <em>Participant Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.jtf.model.ParticipantRole
	 * @see org.crm.enlace.jtf.model.impl.JtfPackageImpl#getParticipantRole()
	 * @generated
	 */
	int PARTICIPANT_ROLE = 10;

	/**
	 * The meta object id for the '{@link org.crm.enlace.jtf.model.ActionStatus <em>Action Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.jtf.model.ActionStatus
	 * @see org.crm.enlace.jtf.model.impl.JtfPackageImpl#getActionStatus()
	 * @generated
	 */
	int ACTION_STATUS = 11;


	/**
	 * Returns the meta object for class '{@link org.crm.enlace.jtf.model.Meeting <em>Meeting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Meeting</em>'.
	 * @see org.crm.enlace.jtf.model.Meeting
	 * @generated
	 */
	EClass getMeeting();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.Meeting#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.crm.enlace.jtf.model.Meeting#getKind()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.Meeting#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.crm.enlace.jtf.model.Meeting#getTitle()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.Meeting#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.crm.enlace.jtf.model.Meeting#getDate()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.Meeting#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.crm.enlace.jtf.model.Meeting#getStatus()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.Meeting#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.crm.enlace.jtf.model.Meeting#getFormat()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.Meeting#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.crm.enlace.jtf.model.Meeting#getCountry()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Country();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.Meeting#getPlace <em>Place</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Place</em>'.
	 * @see org.crm.enlace.jtf.model.Meeting#getPlace()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Place();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.jtf.model.Meeting#getAgenda <em>Agenda</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Agenda</em>'.
	 * @see org.crm.enlace.jtf.model.Meeting#getAgenda()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_Agenda();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.jtf.model.Meeting#getParticipants <em>Participants</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Participants</em>'.
	 * @see org.crm.enlace.jtf.model.Meeting#getParticipants()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_Participants();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.Meeting#getMinutes <em>Minutes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minutes</em>'.
	 * @see org.crm.enlace.jtf.model.Meeting#getMinutes()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Minutes();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.Meeting#getMinutesAttachmentId <em>Minutes Attachment Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minutes Attachment Id</em>'.
	 * @see org.crm.enlace.jtf.model.Meeting#getMinutesAttachmentId()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_MinutesAttachmentId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.jtf.model.Meeting#getDecisions <em>Decisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Decisions</em>'.
	 * @see org.crm.enlace.jtf.model.Meeting#getDecisions()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_Decisions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.jtf.model.Meeting#getActionItems <em>Action Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Action Items</em>'.
	 * @see org.crm.enlace.jtf.model.Meeting#getActionItems()
	 * @see #getMeeting()
	 * @generated
	 */
	EReference getMeeting_ActionItems();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.jtf.model.AgendaItem <em>Agenda Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Agenda Item</em>'.
	 * @see org.crm.enlace.jtf.model.AgendaItem
	 * @generated
	 */
	EClass getAgendaItem();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.AgendaItem#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.crm.enlace.jtf.model.AgendaItem#getTitle()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EAttribute getAgendaItem_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.AgendaItem#getPresenter <em>Presenter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Presenter</em>'.
	 * @see org.crm.enlace.jtf.model.AgendaItem#getPresenter()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EAttribute getAgendaItem_Presenter();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.AgendaItem#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.crm.enlace.jtf.model.AgendaItem#getNotes()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EAttribute getAgendaItem_Notes();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.jtf.model.Participant <em>Participant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Participant</em>'.
	 * @see org.crm.enlace.jtf.model.Participant
	 * @generated
	 */
	EClass getParticipant();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.Participant#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.crm.enlace.jtf.model.Participant#getName()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.Participant#getOrganization <em>Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Organization</em>'.
	 * @see org.crm.enlace.jtf.model.Participant#getOrganization()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_Organization();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.Participant#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.crm.enlace.jtf.model.Participant#getCountry()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_Country();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.Participant#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.crm.enlace.jtf.model.Participant#getRole()
	 * @see #getParticipant()
	 * @generated
	 */
	EAttribute getParticipant_Role();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.jtf.model.Decision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Decision</em>'.
	 * @see org.crm.enlace.jtf.model.Decision
	 * @generated
	 */
	EClass getDecision();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.Decision#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.crm.enlace.jtf.model.Decision#getText()
	 * @see #getDecision()
	 * @generated
	 */
	EAttribute getDecision_Text();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.jtf.model.ActionItem <em>Action Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Action Item</em>'.
	 * @see org.crm.enlace.jtf.model.ActionItem
	 * @generated
	 */
	EClass getActionItem();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.ActionItem#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.crm.enlace.jtf.model.ActionItem#getDescription()
	 * @see #getActionItem()
	 * @generated
	 */
	EAttribute getActionItem_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.ActionItem#getOwnerOrganization <em>Owner Organization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner Organization</em>'.
	 * @see org.crm.enlace.jtf.model.ActionItem#getOwnerOrganization()
	 * @see #getActionItem()
	 * @generated
	 */
	EAttribute getActionItem_OwnerOrganization();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.ActionItem#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see org.crm.enlace.jtf.model.ActionItem#getDueDate()
	 * @see #getActionItem()
	 * @generated
	 */
	EAttribute getActionItem_DueDate();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.ActionItem#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.crm.enlace.jtf.model.ActionItem#getStatus()
	 * @see #getActionItem()
	 * @generated
	 */
	EAttribute getActionItem_Status();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.jtf.model.Milestone <em>Milestone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Milestone</em>'.
	 * @see org.crm.enlace.jtf.model.Milestone
	 * @generated
	 */
	EClass getMilestone();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.Milestone#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.crm.enlace.jtf.model.Milestone#getCode()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.Milestone#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.crm.enlace.jtf.model.Milestone#getTitle()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.Milestone#getMeetingKind <em>Meeting Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Meeting Kind</em>'.
	 * @see org.crm.enlace.jtf.model.Milestone#getMeetingKind()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_MeetingKind();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.Milestone#getBeforeKind <em>Before Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Before Kind</em>'.
	 * @see org.crm.enlace.jtf.model.Milestone#getBeforeKind()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_BeforeKind();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.Milestone#getBeforeCountry <em>Before Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Before Country</em>'.
	 * @see org.crm.enlace.jtf.model.Milestone#getBeforeCountry()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_BeforeCountry();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.Milestone#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.crm.enlace.jtf.model.Milestone#getNotes()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_Notes();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.jtf.model.NationalCommission <em>National Commission</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>National Commission</em>'.
	 * @see org.crm.enlace.jtf.model.NationalCommission
	 * @generated
	 */
	EClass getNationalCommission();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.NationalCommission#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.crm.enlace.jtf.model.NationalCommission#getCountry()
	 * @see #getNationalCommission()
	 * @generated
	 */
	EAttribute getNationalCommission_Country();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.NationalCommission#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.crm.enlace.jtf.model.NationalCommission#getName()
	 * @see #getNationalCommission()
	 * @generated
	 */
	EAttribute getNationalCommission_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.crm.enlace.jtf.model.NationalCommission#getInstitutions <em>Institutions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Institutions</em>'.
	 * @see org.crm.enlace.jtf.model.NationalCommission#getInstitutions()
	 * @see #getNationalCommission()
	 * @generated
	 */
	EAttribute getNationalCommission_Institutions();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.NationalCommission#isCoordinated <em>Coordinated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Coordinated</em>'.
	 * @see org.crm.enlace.jtf.model.NationalCommission#isCoordinated()
	 * @see #getNationalCommission()
	 * @generated
	 */
	EAttribute getNationalCommission_Coordinated();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.NationalCommission#getLastJointActivityDate <em>Last Joint Activity Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Joint Activity Date</em>'.
	 * @see org.crm.enlace.jtf.model.NationalCommission#getLastJointActivityDate()
	 * @see #getNationalCommission()
	 * @generated
	 */
	EAttribute getNationalCommission_LastJointActivityDate();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.NationalCommission#getLastJointActivity <em>Last Joint Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Joint Activity</em>'.
	 * @see org.crm.enlace.jtf.model.NationalCommission#getLastJointActivity()
	 * @see #getNationalCommission()
	 * @generated
	 */
	EAttribute getNationalCommission_LastJointActivity();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.NationalCommission#getEvidenceAttachmentId <em>Evidence Attachment Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence Attachment Id</em>'.
	 * @see org.crm.enlace.jtf.model.NationalCommission#getEvidenceAttachmentId()
	 * @see #getNationalCommission()
	 * @generated
	 */
	EAttribute getNationalCommission_EvidenceAttachmentId();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.jtf.model.NationalCommission#getEvidenceReference <em>Evidence Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence Reference</em>'.
	 * @see org.crm.enlace.jtf.model.NationalCommission#getEvidenceReference()
	 * @see #getNationalCommission()
	 * @generated
	 */
	EAttribute getNationalCommission_EvidenceReference();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.jtf.model.MeetingKind <em>Meeting Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Meeting Kind</em>'.
	 * @see org.crm.enlace.jtf.model.MeetingKind
	 * @generated
	 */
	EEnum getMeetingKind();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.jtf.model.MeetingStatus <em>Meeting Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Meeting Status</em>'.
	 * @see org.crm.enlace.jtf.model.MeetingStatus
	 * @generated
	 */
	EEnum getMeetingStatus();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.jtf.model.MeetingFormat <em>Meeting Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Meeting Format</em>'.
	 * @see org.crm.enlace.jtf.model.MeetingFormat
	 * @generated
	 */
	EEnum getMeetingFormat();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.jtf.model.ParticipantRole <em>Participant Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Participant Role</em>'.
	 * @see org.crm.enlace.jtf.model.ParticipantRole
	 * @generated
	 */
	EEnum getParticipantRole();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.jtf.model.ActionStatus <em>Action Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Action Status</em>'.
	 * @see org.crm.enlace.jtf.model.ActionStatus
	 * @generated
	 */
	EEnum getActionStatus();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	JtfFactory getJtfFactory();

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
		 * The meta object literal for the '{@link org.crm.enlace.jtf.model.impl.MeetingImpl <em>Meeting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.jtf.model.impl.MeetingImpl
		 * @see org.crm.enlace.jtf.model.impl.JtfPackageImpl#getMeeting()
		 * @generated
		 */
		EClass MEETING = eINSTANCE.getMeeting();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__KIND = eINSTANCE.getMeeting_Kind();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__TITLE = eINSTANCE.getMeeting_Title();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__DATE = eINSTANCE.getMeeting_Date();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__STATUS = eINSTANCE.getMeeting_Status();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__FORMAT = eINSTANCE.getMeeting_Format();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__COUNTRY = eINSTANCE.getMeeting_Country();

		/**
		 * The meta object literal for the '<em><b>Place</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__PLACE = eINSTANCE.getMeeting_Place();

		/**
		 * The meta object literal for the '<em><b>Agenda</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__AGENDA = eINSTANCE.getMeeting_Agenda();

		/**
		 * The meta object literal for the '<em><b>Participants</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__PARTICIPANTS = eINSTANCE.getMeeting_Participants();

		/**
		 * The meta object literal for the '<em><b>Minutes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__MINUTES = eINSTANCE.getMeeting_Minutes();

		/**
		 * The meta object literal for the '<em><b>Minutes Attachment Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__MINUTES_ATTACHMENT_ID = eINSTANCE.getMeeting_MinutesAttachmentId();

		/**
		 * The meta object literal for the '<em><b>Decisions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__DECISIONS = eINSTANCE.getMeeting_Decisions();

		/**
		 * The meta object literal for the '<em><b>Action Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEETING__ACTION_ITEMS = eINSTANCE.getMeeting_ActionItems();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.jtf.model.impl.AgendaItemImpl <em>Agenda Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.jtf.model.impl.AgendaItemImpl
		 * @see org.crm.enlace.jtf.model.impl.JtfPackageImpl#getAgendaItem()
		 * @generated
		 */
		EClass AGENDA_ITEM = eINSTANCE.getAgendaItem();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENDA_ITEM__TITLE = eINSTANCE.getAgendaItem_Title();

		/**
		 * The meta object literal for the '<em><b>Presenter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENDA_ITEM__PRESENTER = eINSTANCE.getAgendaItem_Presenter();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENDA_ITEM__NOTES = eINSTANCE.getAgendaItem_Notes();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.jtf.model.impl.ParticipantImpl <em>Participant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.jtf.model.impl.ParticipantImpl
		 * @see org.crm.enlace.jtf.model.impl.JtfPackageImpl#getParticipant()
		 * @generated
		 */
		EClass PARTICIPANT = eINSTANCE.getParticipant();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__NAME = eINSTANCE.getParticipant_Name();

		/**
		 * The meta object literal for the '<em><b>Organization</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__ORGANIZATION = eINSTANCE.getParticipant_Organization();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__COUNTRY = eINSTANCE.getParticipant_Country();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTICIPANT__ROLE = eINSTANCE.getParticipant_Role();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.jtf.model.impl.DecisionImpl <em>Decision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.jtf.model.impl.DecisionImpl
		 * @see org.crm.enlace.jtf.model.impl.JtfPackageImpl#getDecision()
		 * @generated
		 */
		EClass DECISION = eINSTANCE.getDecision();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION__TEXT = eINSTANCE.getDecision_Text();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.jtf.model.impl.ActionItemImpl <em>Action Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.jtf.model.impl.ActionItemImpl
		 * @see org.crm.enlace.jtf.model.impl.JtfPackageImpl#getActionItem()
		 * @generated
		 */
		EClass ACTION_ITEM = eINSTANCE.getActionItem();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_ITEM__DESCRIPTION = eINSTANCE.getActionItem_Description();

		/**
		 * The meta object literal for the '<em><b>Owner Organization</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_ITEM__OWNER_ORGANIZATION = eINSTANCE.getActionItem_OwnerOrganization();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_ITEM__DUE_DATE = eINSTANCE.getActionItem_DueDate();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_ITEM__STATUS = eINSTANCE.getActionItem_Status();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.jtf.model.impl.MilestoneImpl <em>Milestone</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.jtf.model.impl.MilestoneImpl
		 * @see org.crm.enlace.jtf.model.impl.JtfPackageImpl#getMilestone()
		 * @generated
		 */
		EClass MILESTONE = eINSTANCE.getMilestone();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__CODE = eINSTANCE.getMilestone_Code();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__TITLE = eINSTANCE.getMilestone_Title();

		/**
		 * The meta object literal for the '<em><b>Meeting Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__MEETING_KIND = eINSTANCE.getMilestone_MeetingKind();

		/**
		 * The meta object literal for the '<em><b>Before Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__BEFORE_KIND = eINSTANCE.getMilestone_BeforeKind();

		/**
		 * The meta object literal for the '<em><b>Before Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__BEFORE_COUNTRY = eINSTANCE.getMilestone_BeforeCountry();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__NOTES = eINSTANCE.getMilestone_Notes();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.jtf.model.impl.NationalCommissionImpl <em>National Commission</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.jtf.model.impl.NationalCommissionImpl
		 * @see org.crm.enlace.jtf.model.impl.JtfPackageImpl#getNationalCommission()
		 * @generated
		 */
		EClass NATIONAL_COMMISSION = eINSTANCE.getNationalCommission();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NATIONAL_COMMISSION__COUNTRY = eINSTANCE.getNationalCommission_Country();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NATIONAL_COMMISSION__NAME = eINSTANCE.getNationalCommission_Name();

		/**
		 * The meta object literal for the '<em><b>Institutions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NATIONAL_COMMISSION__INSTITUTIONS = eINSTANCE.getNationalCommission_Institutions();

		/**
		 * The meta object literal for the '<em><b>Coordinated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NATIONAL_COMMISSION__COORDINATED = eINSTANCE.getNationalCommission_Coordinated();

		/**
		 * The meta object literal for the '<em><b>Last Joint Activity Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NATIONAL_COMMISSION__LAST_JOINT_ACTIVITY_DATE = eINSTANCE.getNationalCommission_LastJointActivityDate();

		/**
		 * The meta object literal for the '<em><b>Last Joint Activity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NATIONAL_COMMISSION__LAST_JOINT_ACTIVITY = eINSTANCE.getNationalCommission_LastJointActivity();

		/**
		 * The meta object literal for the '<em><b>Evidence Attachment Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NATIONAL_COMMISSION__EVIDENCE_ATTACHMENT_ID = eINSTANCE.getNationalCommission_EvidenceAttachmentId();

		/**
		 * The meta object literal for the '<em><b>Evidence Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NATIONAL_COMMISSION__EVIDENCE_REFERENCE = eINSTANCE.getNationalCommission_EvidenceReference();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.jtf.model.MeetingKind <em>Meeting Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.jtf.model.MeetingKind
		 * @see org.crm.enlace.jtf.model.impl.JtfPackageImpl#getMeetingKind()
		 * @generated
		 */
		EEnum MEETING_KIND = eINSTANCE.getMeetingKind();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.jtf.model.MeetingStatus <em>Meeting Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.jtf.model.MeetingStatus
		 * @see org.crm.enlace.jtf.model.impl.JtfPackageImpl#getMeetingStatus()
		 * @generated
		 */
		EEnum MEETING_STATUS = eINSTANCE.getMeetingStatus();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.jtf.model.MeetingFormat <em>Meeting Format</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.jtf.model.MeetingFormat
		 * @see org.crm.enlace.jtf.model.impl.JtfPackageImpl#getMeetingFormat()
		 * @generated
		 */
		EEnum MEETING_FORMAT = eINSTANCE.getMeetingFormat();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.jtf.model.ParticipantRole <em>Participant Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.jtf.model.ParticipantRole
		 * @see org.crm.enlace.jtf.model.impl.JtfPackageImpl#getParticipantRole()
		 * @generated
		 */
		EEnum PARTICIPANT_ROLE = eINSTANCE.getParticipantRole();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.jtf.model.ActionStatus <em>Action Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.jtf.model.ActionStatus
		 * @see org.crm.enlace.jtf.model.impl.JtfPackageImpl#getActionStatus()
		 * @generated
		 */
		EEnum ACTION_STATUS = eINSTANCE.getActionStatus();

	}

} //JtfPackage
