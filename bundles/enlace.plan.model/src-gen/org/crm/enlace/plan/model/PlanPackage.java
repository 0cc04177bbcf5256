/**
 */
package org.crm.enlace.plan.model;

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
 * The network's work plan as data, and its follow-up: activity updates and indicator values entered by hand.
 * <!-- end-model-doc -->
 * @see org.crm.enlace.plan.model.PlanFactory
 * @model kind="package"
 * @generated
 */
public interface PlanPackage extends EPackage {
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
	String eNS_URI = "http://crm-enlace.org/model/plan/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "plan";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PlanPackage eINSTANCE = org.crm.enlace.plan.model.impl.PlanPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.crm.enlace.plan.model.impl.WorkPlanImpl <em>Work Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.plan.model.impl.WorkPlanImpl
	 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getWorkPlan()
	 * @generated
	 */
	int WORK_PLAN = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__ID = EnlacePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__OWNER_COUNTRY = EnlacePackage.RECORD__OWNER_COUNTRY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__CREATED_AT = EnlacePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__CREATED_BY = EnlacePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__MODIFIED_AT = EnlacePackage.RECORD__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__MODIFIED_BY = EnlacePackage.RECORD__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__VERSION = EnlacePackage.RECORD__VERSION;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__AUTHOR = EnlacePackage.RECORD__AUTHOR;

	/**
	 * The feature id for the '<em><b>Handling Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__HANDLING_CODE = EnlacePackage.RECORD__HANDLING_CODE;

	/**
	 * The feature id for the '<em><b>Tlp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__TLP = EnlacePackage.RECORD__TLP;

	/**
	 * The feature id for the '<em><b>Releasability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__RELEASABILITY = EnlacePackage.RECORD__RELEASABILITY;

	/**
	 * The feature id for the '<em><b>Releasable To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__RELEASABLE_TO = EnlacePackage.RECORD__RELEASABLE_TO;

	/**
	 * The feature id for the '<em><b>Source Reliability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__SOURCE_RELIABILITY = EnlacePackage.RECORD__SOURCE_RELIABILITY;

	/**
	 * The feature id for the '<em><b>Information Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__INFORMATION_ACCURACY = EnlacePackage.RECORD__INFORMATION_ACCURACY;

	/**
	 * The feature id for the '<em><b>Provenance Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__PROVENANCE_KIND = EnlacePackage.RECORD__PROVENANCE_KIND;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__PROVENANCE = EnlacePackage.RECORD__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Retention Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__RETENTION_UNTIL = EnlacePackage.RECORD__RETENTION_UNTIL;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__CODE = EnlacePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title Es</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__TITLE_ES = EnlacePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Title En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__TITLE_EN = EnlacePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Scope Es</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__SCOPE_ES = EnlacePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Scope En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__SCOPE_EN = EnlacePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Period From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__PERIOD_FROM = EnlacePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Period To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__PERIOD_TO = EnlacePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Edition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__EDITION = EnlacePackage.RECORD_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__STATUS = EnlacePackage.RECORD_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Approved On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__APPROVED_ON = EnlacePackage.RECORD_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Work Areas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN__WORK_AREAS = EnlacePackage.RECORD_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Work Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN_FEATURE_COUNT = EnlacePackage.RECORD_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Work Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_PLAN_OPERATION_COUNT = EnlacePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.plan.model.impl.PlanItemImpl <em>Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.plan.model.impl.PlanItemImpl
	 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getPlanItem()
	 * @generated
	 */
	int PLAN_ITEM = 1;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ITEM__KEY = 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ITEM__CODE = 1;

	/**
	 * The feature id for the '<em><b>Text Es</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ITEM__TEXT_ES = 2;

	/**
	 * The feature id for the '<em><b>Text En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ITEM__TEXT_EN = 3;

	/**
	 * The number of structural features of the '<em>Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ITEM_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PLAN_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.plan.model.impl.WorkAreaImpl <em>Work Area</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.plan.model.impl.WorkAreaImpl
	 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getWorkArea()
	 * @generated
	 */
	int WORK_AREA = 2;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_AREA__KEY = PLAN_ITEM__KEY;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_AREA__CODE = PLAN_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Text Es</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_AREA__TEXT_ES = PLAN_ITEM__TEXT_ES;

	/**
	 * The feature id for the '<em><b>Text En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_AREA__TEXT_EN = PLAN_ITEM__TEXT_EN;

	/**
	 * The feature id for the '<em><b>Objectives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_AREA__OBJECTIVES = PLAN_ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Work Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_AREA_FEATURE_COUNT = PLAN_ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Work Area</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORK_AREA_OPERATION_COUNT = PLAN_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.plan.model.impl.CommitmentImpl <em>Commitment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.plan.model.impl.CommitmentImpl
	 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getCommitment()
	 * @generated
	 */
	int COMMITMENT = 3;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__KEY = PLAN_ITEM__KEY;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__CODE = PLAN_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Text Es</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__TEXT_ES = PLAN_ITEM__TEXT_ES;

	/**
	 * The feature id for the '<em><b>Text En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__TEXT_EN = PLAN_ITEM__TEXT_EN;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__INDICATORS = PLAN_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Timelines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__TIMELINES = PLAN_ITEM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Responsibles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__RESPONSIBLES = PLAN_ITEM_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Resources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__RESOURCES = PLAN_ITEM_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__EVIDENCE = PLAN_ITEM_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Commitment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT_FEATURE_COUNT = PLAN_ITEM_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Commitment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT_OPERATION_COUNT = PLAN_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.plan.model.impl.ObjectiveImpl <em>Objective</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.plan.model.impl.ObjectiveImpl
	 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getObjective()
	 * @generated
	 */
	int OBJECTIVE = 4;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__KEY = COMMITMENT__KEY;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__CODE = COMMITMENT__CODE;

	/**
	 * The feature id for the '<em><b>Text Es</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__TEXT_ES = COMMITMENT__TEXT_ES;

	/**
	 * The feature id for the '<em><b>Text En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__TEXT_EN = COMMITMENT__TEXT_EN;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__INDICATORS = COMMITMENT__INDICATORS;

	/**
	 * The feature id for the '<em><b>Timelines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__TIMELINES = COMMITMENT__TIMELINES;

	/**
	 * The feature id for the '<em><b>Responsibles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__RESPONSIBLES = COMMITMENT__RESPONSIBLES;

	/**
	 * The feature id for the '<em><b>Resources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__RESOURCES = COMMITMENT__RESOURCES;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__EVIDENCE = COMMITMENT__EVIDENCE;

	/**
	 * The feature id for the '<em><b>Results</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE__RESULTS = COMMITMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE_FEATURE_COUNT = COMMITMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Objective</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OBJECTIVE_OPERATION_COUNT = COMMITMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.plan.model.impl.ResultImpl <em>Result</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.plan.model.impl.ResultImpl
	 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getResult()
	 * @generated
	 */
	int RESULT = 5;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__KEY = COMMITMENT__KEY;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__CODE = COMMITMENT__CODE;

	/**
	 * The feature id for the '<em><b>Text Es</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__TEXT_ES = COMMITMENT__TEXT_ES;

	/**
	 * The feature id for the '<em><b>Text En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__TEXT_EN = COMMITMENT__TEXT_EN;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__INDICATORS = COMMITMENT__INDICATORS;

	/**
	 * The feature id for the '<em><b>Timelines</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__TIMELINES = COMMITMENT__TIMELINES;

	/**
	 * The feature id for the '<em><b>Responsibles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__RESPONSIBLES = COMMITMENT__RESPONSIBLES;

	/**
	 * The feature id for the '<em><b>Resources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__RESOURCES = COMMITMENT__RESOURCES;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__EVIDENCE = COMMITMENT__EVIDENCE;

	/**
	 * The feature id for the '<em><b>Activities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT__ACTIVITIES = COMMITMENT_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_FEATURE_COUNT = COMMITMENT_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Result</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESULT_OPERATION_COUNT = COMMITMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.plan.model.impl.ActivityImpl <em>Activity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.plan.model.impl.ActivityImpl
	 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getActivity()
	 * @generated
	 */
	int ACTIVITY = 6;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__KEY = PLAN_ITEM__KEY;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__CODE = PLAN_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Text Es</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__TEXT_ES = PLAN_ITEM__TEXT_ES;

	/**
	 * The feature id for the '<em><b>Text En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__TEXT_EN = PLAN_ITEM__TEXT_EN;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY__EVIDENCE = PLAN_ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_FEATURE_COUNT = PLAN_ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Activity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_OPERATION_COUNT = PLAN_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.plan.model.impl.IndicatorImpl <em>Indicator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.plan.model.impl.IndicatorImpl
	 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getIndicator()
	 * @generated
	 */
	int INDICATOR = 7;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__KEY = PLAN_ITEM__KEY;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__CODE = PLAN_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Text Es</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TEXT_ES = PLAN_ITEM__TEXT_ES;

	/**
	 * The feature id for the '<em><b>Text En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TEXT_EN = PLAN_ITEM__TEXT_EN;

	/**
	 * The feature id for the '<em><b>Indicator Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__INDICATOR_CODE = PLAN_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__UNIT = PLAN_ITEM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TARGET = PLAN_ITEM_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Computed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__COMPUTED = PLAN_ITEM_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_FEATURE_COUNT = PLAN_ITEM_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_OPERATION_COUNT = PLAN_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.plan.model.impl.TimelineImpl <em>Timeline</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.plan.model.impl.TimelineImpl
	 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getTimeline()
	 * @generated
	 */
	int TIMELINE = 8;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE__KEY = PLAN_ITEM__KEY;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE__CODE = PLAN_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Text Es</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE__TEXT_ES = PLAN_ITEM__TEXT_ES;

	/**
	 * The feature id for the '<em><b>Text En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE__TEXT_EN = PLAN_ITEM__TEXT_EN;

	/**
	 * The feature id for the '<em><b>Deadline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE__DEADLINE = PLAN_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Anchor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE__ANCHOR = PLAN_ITEM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Months After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE__MONTHS_AFTER = PLAN_ITEM_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Timeline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_FEATURE_COUNT = PLAN_ITEM_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Timeline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMELINE_OPERATION_COUNT = PLAN_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.plan.model.impl.ResponsibleImpl <em>Responsible</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.plan.model.impl.ResponsibleImpl
	 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getResponsible()
	 * @generated
	 */
	int RESPONSIBLE = 9;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBLE__KEY = PLAN_ITEM__KEY;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBLE__CODE = PLAN_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Text Es</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBLE__TEXT_ES = PLAN_ITEM__TEXT_ES;

	/**
	 * The feature id for the '<em><b>Text En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBLE__TEXT_EN = PLAN_ITEM__TEXT_EN;

	/**
	 * The feature id for the '<em><b>Party</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBLE__PARTY = PLAN_ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Responsible</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBLE_FEATURE_COUNT = PLAN_ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Responsible</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESPONSIBLE_OPERATION_COUNT = PLAN_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.plan.model.impl.ResourceLineImpl <em>Resource Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.plan.model.impl.ResourceLineImpl
	 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getResourceLine()
	 * @generated
	 */
	int RESOURCE_LINE = 10;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_LINE__KEY = PLAN_ITEM__KEY;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_LINE__CODE = PLAN_ITEM__CODE;

	/**
	 * The feature id for the '<em><b>Text Es</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_LINE__TEXT_ES = PLAN_ITEM__TEXT_ES;

	/**
	 * The feature id for the '<em><b>Text En</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_LINE__TEXT_EN = PLAN_ITEM__TEXT_EN;

	/**
	 * The number of structural features of the '<em>Resource Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_LINE_FEATURE_COUNT = PLAN_ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Resource Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESOURCE_LINE_OPERATION_COUNT = PLAN_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.plan.model.impl.EvidenceLinkImpl <em>Evidence Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.plan.model.impl.EvidenceLinkImpl
	 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getEvidenceLink()
	 * @generated
	 */
	int EVIDENCE_LINK = 11;

	/**
	 * The feature id for the '<em><b>Record Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_LINK__RECORD_TYPE = 0;

	/**
	 * The feature id for the '<em><b>Record Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_LINK__RECORD_ID = 1;

	/**
	 * The number of structural features of the '<em>Evidence Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_LINK_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Evidence Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVIDENCE_LINK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.plan.model.impl.ActivityUpdateImpl <em>Activity Update</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.plan.model.impl.ActivityUpdateImpl
	 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getActivityUpdate()
	 * @generated
	 */
	int ACTIVITY_UPDATE = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_UPDATE__ID = EnlacePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_UPDATE__OWNER_COUNTRY = EnlacePackage.RECORD__OWNER_COUNTRY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_UPDATE__CREATED_AT = EnlacePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_UPDATE__CREATED_BY = EnlacePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_UPDATE__MODIFIED_AT = EnlacePackage.RECORD__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_UPDATE__MODIFIED_BY = EnlacePackage.RECORD__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_UPDATE__VERSION = EnlacePackage.RECORD__VERSION;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_UPDATE__AUTHOR = EnlacePackage.RECORD__AUTHOR;

	/**
	 * The feature id for the '<em><b>Handling Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_UPDATE__HANDLING_CODE = EnlacePackage.RECORD__HANDLING_CODE;

	/**
	 * The feature id for the '<em><b>Tlp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_UPDATE__TLP = EnlacePackage.RECORD__TLP;

	/**
	 * The feature id for the '<em><b>Releasability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_UPDATE__RELEASABILITY = EnlacePackage.RECORD__RELEASABILITY;

	/**
	 * The feature id for the '<em><b>Releasable To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_UPDATE__RELEASABLE_TO = EnlacePackage.RECORD__RELEASABLE_TO;

	/**
	 * The feature id for the '<em><b>Source Reliability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_UPDATE__SOURCE_RELIABILITY = EnlacePackage.RECORD__SOURCE_RELIABILITY;

	/**
	 * The feature id for the '<em><b>Information Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_UPDATE__INFORMATION_ACCURACY = EnlacePackage.RECORD__INFORMATION_ACCURACY;

	/**
	 * The feature id for the '<em><b>Provenance Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_UPDATE__PROVENANCE_KIND = EnlacePackage.RECORD__PROVENANCE_KIND;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_UPDATE__PROVENANCE = EnlacePackage.RECORD__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Retention Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_UPDATE__RETENTION_UNTIL = EnlacePackage.RECORD__RETENTION_UNTIL;

	/**
	 * The feature id for the '<em><b>Plan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_UPDATE__PLAN = EnlacePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Item</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_UPDATE__ITEM = EnlacePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_UPDATE__DATE = EnlacePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_UPDATE__STATUS = EnlacePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_UPDATE__NOTE = EnlacePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_UPDATE__EVIDENCE = EnlacePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Activity Update</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_UPDATE_FEATURE_COUNT = EnlacePackage.RECORD_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Activity Update</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTIVITY_UPDATE_OPERATION_COUNT = EnlacePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.plan.model.impl.IndicatorEntryImpl <em>Indicator Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.plan.model.impl.IndicatorEntryImpl
	 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getIndicatorEntry()
	 * @generated
	 */
	int INDICATOR_ENTRY = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_ENTRY__ID = EnlacePackage.RECORD__ID;

	/**
	 * The feature id for the '<em><b>Owner Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_ENTRY__OWNER_COUNTRY = EnlacePackage.RECORD__OWNER_COUNTRY;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_ENTRY__CREATED_AT = EnlacePackage.RECORD__CREATED_AT;

	/**
	 * The feature id for the '<em><b>Created By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_ENTRY__CREATED_BY = EnlacePackage.RECORD__CREATED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_ENTRY__MODIFIED_AT = EnlacePackage.RECORD__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_ENTRY__MODIFIED_BY = EnlacePackage.RECORD__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_ENTRY__VERSION = EnlacePackage.RECORD__VERSION;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_ENTRY__AUTHOR = EnlacePackage.RECORD__AUTHOR;

	/**
	 * The feature id for the '<em><b>Handling Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_ENTRY__HANDLING_CODE = EnlacePackage.RECORD__HANDLING_CODE;

	/**
	 * The feature id for the '<em><b>Tlp</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_ENTRY__TLP = EnlacePackage.RECORD__TLP;

	/**
	 * The feature id for the '<em><b>Releasability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_ENTRY__RELEASABILITY = EnlacePackage.RECORD__RELEASABILITY;

	/**
	 * The feature id for the '<em><b>Releasable To</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_ENTRY__RELEASABLE_TO = EnlacePackage.RECORD__RELEASABLE_TO;

	/**
	 * The feature id for the '<em><b>Source Reliability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_ENTRY__SOURCE_RELIABILITY = EnlacePackage.RECORD__SOURCE_RELIABILITY;

	/**
	 * The feature id for the '<em><b>Information Accuracy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_ENTRY__INFORMATION_ACCURACY = EnlacePackage.RECORD__INFORMATION_ACCURACY;

	/**
	 * The feature id for the '<em><b>Provenance Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_ENTRY__PROVENANCE_KIND = EnlacePackage.RECORD__PROVENANCE_KIND;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_ENTRY__PROVENANCE = EnlacePackage.RECORD__PROVENANCE;

	/**
	 * The feature id for the '<em><b>Retention Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_ENTRY__RETENTION_UNTIL = EnlacePackage.RECORD__RETENTION_UNTIL;

	/**
	 * The feature id for the '<em><b>Plan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_ENTRY__PLAN = EnlacePackage.RECORD_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Indicator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_ENTRY__INDICATOR = EnlacePackage.RECORD_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_ENTRY__VALUE = EnlacePackage.RECORD_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_ENTRY__DATE = EnlacePackage.RECORD_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_ENTRY__SOURCE = EnlacePackage.RECORD_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Indicator Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_ENTRY_FEATURE_COUNT = EnlacePackage.RECORD_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Indicator Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_ENTRY_OPERATION_COUNT = EnlacePackage.RECORD_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.crm.enlace.plan.model.PlanStatus <em>Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.plan.model.PlanStatus
	 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getPlanStatus()
	 * @generated
	 */
	int PLAN_STATUS = 14;

	/**
	 * The meta object id for the '{@link org.crm.enlace.plan.model.TimelineAnchor <em>Timeline Anchor</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.plan.model.TimelineAnchor
	 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getTimelineAnchor()
	 * @generated
	 */
	int TIMELINE_ANCHOR = 15;

	/**
	 * The meta object id for the '{@link org.crm.enlace.plan.model.ActivityStatus <em>Activity Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.crm.enlace.plan.model.ActivityStatus
	 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getActivityStatus()
	 * @generated
	 */
	int ACTIVITY_STATUS = 16;


	/**
	 * Returns the meta object for class '{@link org.crm.enlace.plan.model.WorkPlan <em>Work Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Work Plan</em>'.
	 * @see org.crm.enlace.plan.model.WorkPlan
	 * @generated
	 */
	EClass getWorkPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.WorkPlan#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.crm.enlace.plan.model.WorkPlan#getCode()
	 * @see #getWorkPlan()
	 * @generated
	 */
	EAttribute getWorkPlan_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.WorkPlan#getTitleEs <em>Title Es</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title Es</em>'.
	 * @see org.crm.enlace.plan.model.WorkPlan#getTitleEs()
	 * @see #getWorkPlan()
	 * @generated
	 */
	EAttribute getWorkPlan_TitleEs();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.WorkPlan#getTitleEn <em>Title En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title En</em>'.
	 * @see org.crm.enlace.plan.model.WorkPlan#getTitleEn()
	 * @see #getWorkPlan()
	 * @generated
	 */
	EAttribute getWorkPlan_TitleEn();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.WorkPlan#getScopeEs <em>Scope Es</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope Es</em>'.
	 * @see org.crm.enlace.plan.model.WorkPlan#getScopeEs()
	 * @see #getWorkPlan()
	 * @generated
	 */
	EAttribute getWorkPlan_ScopeEs();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.WorkPlan#getScopeEn <em>Scope En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope En</em>'.
	 * @see org.crm.enlace.plan.model.WorkPlan#getScopeEn()
	 * @see #getWorkPlan()
	 * @generated
	 */
	EAttribute getWorkPlan_ScopeEn();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.WorkPlan#getPeriodFrom <em>Period From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period From</em>'.
	 * @see org.crm.enlace.plan.model.WorkPlan#getPeriodFrom()
	 * @see #getWorkPlan()
	 * @generated
	 */
	EAttribute getWorkPlan_PeriodFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.WorkPlan#getPeriodTo <em>Period To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period To</em>'.
	 * @see org.crm.enlace.plan.model.WorkPlan#getPeriodTo()
	 * @see #getWorkPlan()
	 * @generated
	 */
	EAttribute getWorkPlan_PeriodTo();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.WorkPlan#getEdition <em>Edition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Edition</em>'.
	 * @see org.crm.enlace.plan.model.WorkPlan#getEdition()
	 * @see #getWorkPlan()
	 * @generated
	 */
	EAttribute getWorkPlan_Edition();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.WorkPlan#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.crm.enlace.plan.model.WorkPlan#getStatus()
	 * @see #getWorkPlan()
	 * @generated
	 */
	EAttribute getWorkPlan_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.WorkPlan#getApprovedOn <em>Approved On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approved On</em>'.
	 * @see org.crm.enlace.plan.model.WorkPlan#getApprovedOn()
	 * @see #getWorkPlan()
	 * @generated
	 */
	EAttribute getWorkPlan_ApprovedOn();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.plan.model.WorkPlan#getWorkAreas <em>Work Areas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Work Areas</em>'.
	 * @see org.crm.enlace.plan.model.WorkPlan#getWorkAreas()
	 * @see #getWorkPlan()
	 * @generated
	 */
	EReference getWorkPlan_WorkAreas();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.plan.model.PlanItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Item</em>'.
	 * @see org.crm.enlace.plan.model.PlanItem
	 * @generated
	 */
	EClass getPlanItem();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.PlanItem#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.crm.enlace.plan.model.PlanItem#getKey()
	 * @see #getPlanItem()
	 * @generated
	 */
	EAttribute getPlanItem_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.PlanItem#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.crm.enlace.plan.model.PlanItem#getCode()
	 * @see #getPlanItem()
	 * @generated
	 */
	EAttribute getPlanItem_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.PlanItem#getTextEs <em>Text Es</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text Es</em>'.
	 * @see org.crm.enlace.plan.model.PlanItem#getTextEs()
	 * @see #getPlanItem()
	 * @generated
	 */
	EAttribute getPlanItem_TextEs();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.PlanItem#getTextEn <em>Text En</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text En</em>'.
	 * @see org.crm.enlace.plan.model.PlanItem#getTextEn()
	 * @see #getPlanItem()
	 * @generated
	 */
	EAttribute getPlanItem_TextEn();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.plan.model.WorkArea <em>Work Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Work Area</em>'.
	 * @see org.crm.enlace.plan.model.WorkArea
	 * @generated
	 */
	EClass getWorkArea();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.plan.model.WorkArea#getObjectives <em>Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Objectives</em>'.
	 * @see org.crm.enlace.plan.model.WorkArea#getObjectives()
	 * @see #getWorkArea()
	 * @generated
	 */
	EReference getWorkArea_Objectives();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.plan.model.Commitment <em>Commitment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Commitment</em>'.
	 * @see org.crm.enlace.plan.model.Commitment
	 * @generated
	 */
	EClass getCommitment();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.plan.model.Commitment#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicators</em>'.
	 * @see org.crm.enlace.plan.model.Commitment#getIndicators()
	 * @see #getCommitment()
	 * @generated
	 */
	EReference getCommitment_Indicators();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.plan.model.Commitment#getTimelines <em>Timelines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Timelines</em>'.
	 * @see org.crm.enlace.plan.model.Commitment#getTimelines()
	 * @see #getCommitment()
	 * @generated
	 */
	EReference getCommitment_Timelines();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.plan.model.Commitment#getResponsibles <em>Responsibles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Responsibles</em>'.
	 * @see org.crm.enlace.plan.model.Commitment#getResponsibles()
	 * @see #getCommitment()
	 * @generated
	 */
	EReference getCommitment_Responsibles();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.plan.model.Commitment#getResources <em>Resources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Resources</em>'.
	 * @see org.crm.enlace.plan.model.Commitment#getResources()
	 * @see #getCommitment()
	 * @generated
	 */
	EReference getCommitment_Resources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.plan.model.Commitment#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence</em>'.
	 * @see org.crm.enlace.plan.model.Commitment#getEvidence()
	 * @see #getCommitment()
	 * @generated
	 */
	EReference getCommitment_Evidence();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.plan.model.Objective <em>Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Objective</em>'.
	 * @see org.crm.enlace.plan.model.Objective
	 * @generated
	 */
	EClass getObjective();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.plan.model.Objective#getResults <em>Results</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Results</em>'.
	 * @see org.crm.enlace.plan.model.Objective#getResults()
	 * @see #getObjective()
	 * @generated
	 */
	EReference getObjective_Results();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.plan.model.Result <em>Result</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Result</em>'.
	 * @see org.crm.enlace.plan.model.Result
	 * @generated
	 */
	EClass getResult();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.plan.model.Result#getActivities <em>Activities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Activities</em>'.
	 * @see org.crm.enlace.plan.model.Result#getActivities()
	 * @see #getResult()
	 * @generated
	 */
	EReference getResult_Activities();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.plan.model.Activity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Activity</em>'.
	 * @see org.crm.enlace.plan.model.Activity
	 * @generated
	 */
	EClass getActivity();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.plan.model.Activity#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence</em>'.
	 * @see org.crm.enlace.plan.model.Activity#getEvidence()
	 * @see #getActivity()
	 * @generated
	 */
	EReference getActivity_Evidence();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.plan.model.Indicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator</em>'.
	 * @see org.crm.enlace.plan.model.Indicator
	 * @generated
	 */
	EClass getIndicator();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.Indicator#getIndicatorCode <em>Indicator Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Indicator Code</em>'.
	 * @see org.crm.enlace.plan.model.Indicator#getIndicatorCode()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_IndicatorCode();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.Indicator#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.crm.enlace.plan.model.Indicator#getUnit()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.Indicator#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.crm.enlace.plan.model.Indicator#getTarget()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.Indicator#isComputed <em>Computed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Computed</em>'.
	 * @see org.crm.enlace.plan.model.Indicator#isComputed()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Computed();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.plan.model.Timeline <em>Timeline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Timeline</em>'.
	 * @see org.crm.enlace.plan.model.Timeline
	 * @generated
	 */
	EClass getTimeline();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.Timeline#getDeadline <em>Deadline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deadline</em>'.
	 * @see org.crm.enlace.plan.model.Timeline#getDeadline()
	 * @see #getTimeline()
	 * @generated
	 */
	EAttribute getTimeline_Deadline();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.Timeline#getAnchor <em>Anchor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Anchor</em>'.
	 * @see org.crm.enlace.plan.model.Timeline#getAnchor()
	 * @see #getTimeline()
	 * @generated
	 */
	EAttribute getTimeline_Anchor();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.Timeline#getMonthsAfter <em>Months After</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Months After</em>'.
	 * @see org.crm.enlace.plan.model.Timeline#getMonthsAfter()
	 * @see #getTimeline()
	 * @generated
	 */
	EAttribute getTimeline_MonthsAfter();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.plan.model.Responsible <em>Responsible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Responsible</em>'.
	 * @see org.crm.enlace.plan.model.Responsible
	 * @generated
	 */
	EClass getResponsible();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.Responsible#getParty <em>Party</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Party</em>'.
	 * @see org.crm.enlace.plan.model.Responsible#getParty()
	 * @see #getResponsible()
	 * @generated
	 */
	EAttribute getResponsible_Party();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.plan.model.ResourceLine <em>Resource Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resource Line</em>'.
	 * @see org.crm.enlace.plan.model.ResourceLine
	 * @generated
	 */
	EClass getResourceLine();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.plan.model.EvidenceLink <em>Evidence Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evidence Link</em>'.
	 * @see org.crm.enlace.plan.model.EvidenceLink
	 * @generated
	 */
	EClass getEvidenceLink();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.EvidenceLink#getRecordType <em>Record Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Record Type</em>'.
	 * @see org.crm.enlace.plan.model.EvidenceLink#getRecordType()
	 * @see #getEvidenceLink()
	 * @generated
	 */
	EAttribute getEvidenceLink_RecordType();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.EvidenceLink#getRecordId <em>Record Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Record Id</em>'.
	 * @see org.crm.enlace.plan.model.EvidenceLink#getRecordId()
	 * @see #getEvidenceLink()
	 * @generated
	 */
	EAttribute getEvidenceLink_RecordId();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.plan.model.ActivityUpdate <em>Activity Update</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Activity Update</em>'.
	 * @see org.crm.enlace.plan.model.ActivityUpdate
	 * @generated
	 */
	EClass getActivityUpdate();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.ActivityUpdate#getPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plan</em>'.
	 * @see org.crm.enlace.plan.model.ActivityUpdate#getPlan()
	 * @see #getActivityUpdate()
	 * @generated
	 */
	EAttribute getActivityUpdate_Plan();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.ActivityUpdate#getItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item</em>'.
	 * @see org.crm.enlace.plan.model.ActivityUpdate#getItem()
	 * @see #getActivityUpdate()
	 * @generated
	 */
	EAttribute getActivityUpdate_Item();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.ActivityUpdate#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.crm.enlace.plan.model.ActivityUpdate#getDate()
	 * @see #getActivityUpdate()
	 * @generated
	 */
	EAttribute getActivityUpdate_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.ActivityUpdate#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.crm.enlace.plan.model.ActivityUpdate#getStatus()
	 * @see #getActivityUpdate()
	 * @generated
	 */
	EAttribute getActivityUpdate_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.ActivityUpdate#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.crm.enlace.plan.model.ActivityUpdate#getNote()
	 * @see #getActivityUpdate()
	 * @generated
	 */
	EAttribute getActivityUpdate_Note();

	/**
	 * Returns the meta object for the containment reference list '{@link org.crm.enlace.plan.model.ActivityUpdate#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evidence</em>'.
	 * @see org.crm.enlace.plan.model.ActivityUpdate#getEvidence()
	 * @see #getActivityUpdate()
	 * @generated
	 */
	EReference getActivityUpdate_Evidence();

	/**
	 * Returns the meta object for class '{@link org.crm.enlace.plan.model.IndicatorEntry <em>Indicator Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator Entry</em>'.
	 * @see org.crm.enlace.plan.model.IndicatorEntry
	 * @generated
	 */
	EClass getIndicatorEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.IndicatorEntry#getPlan <em>Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plan</em>'.
	 * @see org.crm.enlace.plan.model.IndicatorEntry#getPlan()
	 * @see #getIndicatorEntry()
	 * @generated
	 */
	EAttribute getIndicatorEntry_Plan();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.IndicatorEntry#getIndicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Indicator</em>'.
	 * @see org.crm.enlace.plan.model.IndicatorEntry#getIndicator()
	 * @see #getIndicatorEntry()
	 * @generated
	 */
	EAttribute getIndicatorEntry_Indicator();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.IndicatorEntry#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.crm.enlace.plan.model.IndicatorEntry#getValue()
	 * @see #getIndicatorEntry()
	 * @generated
	 */
	EAttribute getIndicatorEntry_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.IndicatorEntry#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.crm.enlace.plan.model.IndicatorEntry#getDate()
	 * @see #getIndicatorEntry()
	 * @generated
	 */
	EAttribute getIndicatorEntry_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.crm.enlace.plan.model.IndicatorEntry#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.crm.enlace.plan.model.IndicatorEntry#getSource()
	 * @see #getIndicatorEntry()
	 * @generated
	 */
	EAttribute getIndicatorEntry_Source();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.plan.model.PlanStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Status</em>'.
	 * @see org.crm.enlace.plan.model.PlanStatus
	 * @generated
	 */
	EEnum getPlanStatus();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.plan.model.TimelineAnchor <em>Timeline Anchor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Timeline Anchor</em>'.
	 * @see org.crm.enlace.plan.model.TimelineAnchor
	 * @generated
	 */
	EEnum getTimelineAnchor();

	/**
	 * Returns the meta object for enum '{@link org.crm.enlace.plan.model.ActivityStatus <em>Activity Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Activity Status</em>'.
	 * @see org.crm.enlace.plan.model.ActivityStatus
	 * @generated
	 */
	EEnum getActivityStatus();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	PlanFactory getPlanFactory();

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
		 * The meta object literal for the '{@link org.crm.enlace.plan.model.impl.WorkPlanImpl <em>Work Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.plan.model.impl.WorkPlanImpl
		 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getWorkPlan()
		 * @generated
		 */
		EClass WORK_PLAN = eINSTANCE.getWorkPlan();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_PLAN__CODE = eINSTANCE.getWorkPlan_Code();

		/**
		 * The meta object literal for the '<em><b>Title Es</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_PLAN__TITLE_ES = eINSTANCE.getWorkPlan_TitleEs();

		/**
		 * The meta object literal for the '<em><b>Title En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_PLAN__TITLE_EN = eINSTANCE.getWorkPlan_TitleEn();

		/**
		 * The meta object literal for the '<em><b>Scope Es</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_PLAN__SCOPE_ES = eINSTANCE.getWorkPlan_ScopeEs();

		/**
		 * The meta object literal for the '<em><b>Scope En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_PLAN__SCOPE_EN = eINSTANCE.getWorkPlan_ScopeEn();

		/**
		 * The meta object literal for the '<em><b>Period From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_PLAN__PERIOD_FROM = eINSTANCE.getWorkPlan_PeriodFrom();

		/**
		 * The meta object literal for the '<em><b>Period To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_PLAN__PERIOD_TO = eINSTANCE.getWorkPlan_PeriodTo();

		/**
		 * The meta object literal for the '<em><b>Edition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_PLAN__EDITION = eINSTANCE.getWorkPlan_Edition();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_PLAN__STATUS = eINSTANCE.getWorkPlan_Status();

		/**
		 * The meta object literal for the '<em><b>Approved On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORK_PLAN__APPROVED_ON = eINSTANCE.getWorkPlan_ApprovedOn();

		/**
		 * The meta object literal for the '<em><b>Work Areas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_PLAN__WORK_AREAS = eINSTANCE.getWorkPlan_WorkAreas();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.plan.model.impl.PlanItemImpl <em>Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.plan.model.impl.PlanItemImpl
		 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getPlanItem()
		 * @generated
		 */
		EClass PLAN_ITEM = eINSTANCE.getPlanItem();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ITEM__KEY = eINSTANCE.getPlanItem_Key();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ITEM__CODE = eINSTANCE.getPlanItem_Code();

		/**
		 * The meta object literal for the '<em><b>Text Es</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ITEM__TEXT_ES = eINSTANCE.getPlanItem_TextEs();

		/**
		 * The meta object literal for the '<em><b>Text En</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PLAN_ITEM__TEXT_EN = eINSTANCE.getPlanItem_TextEn();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.plan.model.impl.WorkAreaImpl <em>Work Area</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.plan.model.impl.WorkAreaImpl
		 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getWorkArea()
		 * @generated
		 */
		EClass WORK_AREA = eINSTANCE.getWorkArea();

		/**
		 * The meta object literal for the '<em><b>Objectives</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORK_AREA__OBJECTIVES = eINSTANCE.getWorkArea_Objectives();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.plan.model.impl.CommitmentImpl <em>Commitment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.plan.model.impl.CommitmentImpl
		 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getCommitment()
		 * @generated
		 */
		EClass COMMITMENT = eINSTANCE.getCommitment();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMITMENT__INDICATORS = eINSTANCE.getCommitment_Indicators();

		/**
		 * The meta object literal for the '<em><b>Timelines</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMITMENT__TIMELINES = eINSTANCE.getCommitment_Timelines();

		/**
		 * The meta object literal for the '<em><b>Responsibles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMITMENT__RESPONSIBLES = eINSTANCE.getCommitment_Responsibles();

		/**
		 * The meta object literal for the '<em><b>Resources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMITMENT__RESOURCES = eINSTANCE.getCommitment_Resources();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMITMENT__EVIDENCE = eINSTANCE.getCommitment_Evidence();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.plan.model.impl.ObjectiveImpl <em>Objective</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.plan.model.impl.ObjectiveImpl
		 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getObjective()
		 * @generated
		 */
		EClass OBJECTIVE = eINSTANCE.getObjective();

		/**
		 * The meta object literal for the '<em><b>Results</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OBJECTIVE__RESULTS = eINSTANCE.getObjective_Results();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.plan.model.impl.ResultImpl <em>Result</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.plan.model.impl.ResultImpl
		 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getResult()
		 * @generated
		 */
		EClass RESULT = eINSTANCE.getResult();

		/**
		 * The meta object literal for the '<em><b>Activities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESULT__ACTIVITIES = eINSTANCE.getResult_Activities();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.plan.model.impl.ActivityImpl <em>Activity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.plan.model.impl.ActivityImpl
		 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getActivity()
		 * @generated
		 */
		EClass ACTIVITY = eINSTANCE.getActivity();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY__EVIDENCE = eINSTANCE.getActivity_Evidence();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.plan.model.impl.IndicatorImpl <em>Indicator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.plan.model.impl.IndicatorImpl
		 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getIndicator()
		 * @generated
		 */
		EClass INDICATOR = eINSTANCE.getIndicator();

		/**
		 * The meta object literal for the '<em><b>Indicator Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__INDICATOR_CODE = eINSTANCE.getIndicator_IndicatorCode();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__UNIT = eINSTANCE.getIndicator_Unit();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__TARGET = eINSTANCE.getIndicator_Target();

		/**
		 * The meta object literal for the '<em><b>Computed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__COMPUTED = eINSTANCE.getIndicator_Computed();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.plan.model.impl.TimelineImpl <em>Timeline</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.plan.model.impl.TimelineImpl
		 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getTimeline()
		 * @generated
		 */
		EClass TIMELINE = eINSTANCE.getTimeline();

		/**
		 * The meta object literal for the '<em><b>Deadline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMELINE__DEADLINE = eINSTANCE.getTimeline_Deadline();

		/**
		 * The meta object literal for the '<em><b>Anchor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMELINE__ANCHOR = eINSTANCE.getTimeline_Anchor();

		/**
		 * The meta object literal for the '<em><b>Months After</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMELINE__MONTHS_AFTER = eINSTANCE.getTimeline_MonthsAfter();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.plan.model.impl.ResponsibleImpl <em>Responsible</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.plan.model.impl.ResponsibleImpl
		 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getResponsible()
		 * @generated
		 */
		EClass RESPONSIBLE = eINSTANCE.getResponsible();

		/**
		 * The meta object literal for the '<em><b>Party</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESPONSIBLE__PARTY = eINSTANCE.getResponsible_Party();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.plan.model.impl.ResourceLineImpl <em>Resource Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.plan.model.impl.ResourceLineImpl
		 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getResourceLine()
		 * @generated
		 */
		EClass RESOURCE_LINE = eINSTANCE.getResourceLine();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.plan.model.impl.EvidenceLinkImpl <em>Evidence Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.plan.model.impl.EvidenceLinkImpl
		 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getEvidenceLink()
		 * @generated
		 */
		EClass EVIDENCE_LINK = eINSTANCE.getEvidenceLink();

		/**
		 * The meta object literal for the '<em><b>Record Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_LINK__RECORD_TYPE = eINSTANCE.getEvidenceLink_RecordType();

		/**
		 * The meta object literal for the '<em><b>Record Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVIDENCE_LINK__RECORD_ID = eINSTANCE.getEvidenceLink_RecordId();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.plan.model.impl.ActivityUpdateImpl <em>Activity Update</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.plan.model.impl.ActivityUpdateImpl
		 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getActivityUpdate()
		 * @generated
		 */
		EClass ACTIVITY_UPDATE = eINSTANCE.getActivityUpdate();

		/**
		 * The meta object literal for the '<em><b>Plan</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY_UPDATE__PLAN = eINSTANCE.getActivityUpdate_Plan();

		/**
		 * The meta object literal for the '<em><b>Item</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY_UPDATE__ITEM = eINSTANCE.getActivityUpdate_Item();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY_UPDATE__DATE = eINSTANCE.getActivityUpdate_Date();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY_UPDATE__STATUS = eINSTANCE.getActivityUpdate_Status();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTIVITY_UPDATE__NOTE = eINSTANCE.getActivityUpdate_Note();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTIVITY_UPDATE__EVIDENCE = eINSTANCE.getActivityUpdate_Evidence();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.plan.model.impl.IndicatorEntryImpl <em>Indicator Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.plan.model.impl.IndicatorEntryImpl
		 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getIndicatorEntry()
		 * @generated
		 */
		EClass INDICATOR_ENTRY = eINSTANCE.getIndicatorEntry();

		/**
		 * The meta object literal for the '<em><b>Plan</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_ENTRY__PLAN = eINSTANCE.getIndicatorEntry_Plan();

		/**
		 * The meta object literal for the '<em><b>Indicator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_ENTRY__INDICATOR = eINSTANCE.getIndicatorEntry_Indicator();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_ENTRY__VALUE = eINSTANCE.getIndicatorEntry_Value();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_ENTRY__DATE = eINSTANCE.getIndicatorEntry_Date();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_ENTRY__SOURCE = eINSTANCE.getIndicatorEntry_Source();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.plan.model.PlanStatus <em>Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.plan.model.PlanStatus
		 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getPlanStatus()
		 * @generated
		 */
		EEnum PLAN_STATUS = eINSTANCE.getPlanStatus();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.plan.model.TimelineAnchor <em>Timeline Anchor</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.plan.model.TimelineAnchor
		 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getTimelineAnchor()
		 * @generated
		 */
		EEnum TIMELINE_ANCHOR = eINSTANCE.getTimelineAnchor();

		/**
		 * The meta object literal for the '{@link org.crm.enlace.plan.model.ActivityStatus <em>Activity Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.crm.enlace.plan.model.ActivityStatus
		 * @see org.crm.enlace.plan.model.impl.PlanPackageImpl#getActivityStatus()
		 * @generated
		 */
		EEnum ACTIVITY_STATUS = eINSTANCE.getActivityStatus();

	}

} //PlanPackage
