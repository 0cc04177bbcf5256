/**
 */
package org.crm.enlace.plan.model.impl;

import org.crm.enlace.model.EnlacePackage;

import org.crm.enlace.plan.model.Activity;
import org.crm.enlace.plan.model.ActivityStatus;
import org.crm.enlace.plan.model.ActivityUpdate;
import org.crm.enlace.plan.model.Commitment;
import org.crm.enlace.plan.model.EvidenceLink;
import org.crm.enlace.plan.model.Indicator;
import org.crm.enlace.plan.model.IndicatorEntry;
import org.crm.enlace.plan.model.Objective;
import org.crm.enlace.plan.model.PlanFactory;
import org.crm.enlace.plan.model.PlanItem;
import org.crm.enlace.plan.model.PlanPackage;
import org.crm.enlace.plan.model.PlanStatus;
import org.crm.enlace.plan.model.ResourceLine;
import org.crm.enlace.plan.model.Responsible;
import org.crm.enlace.plan.model.Result;
import org.crm.enlace.plan.model.Timeline;
import org.crm.enlace.plan.model.TimelineAnchor;
import org.crm.enlace.plan.model.WorkArea;
import org.crm.enlace.plan.model.WorkPlan;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PlanPackageImpl extends EPackageImpl implements PlanPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workPlanEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass planItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workAreaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass commitmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass objectiveEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass resultEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass activityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass indicatorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass timelineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass responsibleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass resourceLineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evidenceLinkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass activityUpdateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass indicatorEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum planStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum timelineAnchorEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum activityStatusEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.crm.enlace.plan.model.PlanPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private PlanPackageImpl() {
		super(eNS_URI, PlanFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link PlanPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static PlanPackage init() {
		if (isInited) return (PlanPackage)EPackage.Registry.INSTANCE.getEPackage(PlanPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredPlanPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		PlanPackageImpl thePlanPackage = registeredPlanPackage instanceof PlanPackageImpl ? (PlanPackageImpl)registeredPlanPackage : new PlanPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EnlacePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		thePlanPackage.createPackageContents();

		// Initialize created meta-data
		thePlanPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		thePlanPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(PlanPackage.eNS_URI, thePlanPackage);
		return thePlanPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkPlan() {
		return workPlanEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkPlan_Code() {
		return (EAttribute)workPlanEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkPlan_TitleEs() {
		return (EAttribute)workPlanEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkPlan_TitleEn() {
		return (EAttribute)workPlanEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkPlan_ScopeEs() {
		return (EAttribute)workPlanEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkPlan_ScopeEn() {
		return (EAttribute)workPlanEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkPlan_PeriodFrom() {
		return (EAttribute)workPlanEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkPlan_PeriodTo() {
		return (EAttribute)workPlanEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkPlan_Edition() {
		return (EAttribute)workPlanEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkPlan_Status() {
		return (EAttribute)workPlanEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkPlan_ApprovedOn() {
		return (EAttribute)workPlanEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkPlan_WorkAreas() {
		return (EReference)workPlanEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPlanItem() {
		return planItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanItem_Key() {
		return (EAttribute)planItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanItem_Code() {
		return (EAttribute)planItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanItem_TextEs() {
		return (EAttribute)planItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPlanItem_TextEn() {
		return (EAttribute)planItemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkArea() {
		return workAreaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkArea_Objectives() {
		return (EReference)workAreaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCommitment() {
		return commitmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCommitment_Indicators() {
		return (EReference)commitmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCommitment_Timelines() {
		return (EReference)commitmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCommitment_Responsibles() {
		return (EReference)commitmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCommitment_Resources() {
		return (EReference)commitmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCommitment_Evidence() {
		return (EReference)commitmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getObjective() {
		return objectiveEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getObjective_Results() {
		return (EReference)objectiveEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResult() {
		return resultEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResult_Activities() {
		return (EReference)resultEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActivity() {
		return activityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActivity_Evidence() {
		return (EReference)activityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIndicator() {
		return indicatorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_IndicatorCode() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Unit() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Target() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Computed() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTimeline() {
		return timelineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimeline_Deadline() {
		return (EAttribute)timelineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimeline_Anchor() {
		return (EAttribute)timelineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimeline_MonthsAfter() {
		return (EAttribute)timelineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResponsible() {
		return responsibleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResponsible_Party() {
		return (EAttribute)responsibleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResourceLine() {
		return resourceLineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvidenceLink() {
		return evidenceLinkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceLink_RecordType() {
		return (EAttribute)evidenceLinkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvidenceLink_RecordId() {
		return (EAttribute)evidenceLinkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActivityUpdate() {
		return activityUpdateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivityUpdate_Plan() {
		return (EAttribute)activityUpdateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivityUpdate_Item() {
		return (EAttribute)activityUpdateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivityUpdate_Date() {
		return (EAttribute)activityUpdateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivityUpdate_Status() {
		return (EAttribute)activityUpdateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActivityUpdate_Note() {
		return (EAttribute)activityUpdateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getActivityUpdate_Evidence() {
		return (EReference)activityUpdateEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIndicatorEntry() {
		return indicatorEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorEntry_Plan() {
		return (EAttribute)indicatorEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorEntry_Indicator() {
		return (EAttribute)indicatorEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorEntry_Value() {
		return (EAttribute)indicatorEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorEntry_Date() {
		return (EAttribute)indicatorEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorEntry_Source() {
		return (EAttribute)indicatorEntryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPlanStatus() {
		return planStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTimelineAnchor() {
		return timelineAnchorEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActivityStatus() {
		return activityStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanFactory getPlanFactory() {
		return (PlanFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		workPlanEClass = createEClass(WORK_PLAN);
		createEAttribute(workPlanEClass, WORK_PLAN__CODE);
		createEAttribute(workPlanEClass, WORK_PLAN__TITLE_ES);
		createEAttribute(workPlanEClass, WORK_PLAN__TITLE_EN);
		createEAttribute(workPlanEClass, WORK_PLAN__SCOPE_ES);
		createEAttribute(workPlanEClass, WORK_PLAN__SCOPE_EN);
		createEAttribute(workPlanEClass, WORK_PLAN__PERIOD_FROM);
		createEAttribute(workPlanEClass, WORK_PLAN__PERIOD_TO);
		createEAttribute(workPlanEClass, WORK_PLAN__EDITION);
		createEAttribute(workPlanEClass, WORK_PLAN__STATUS);
		createEAttribute(workPlanEClass, WORK_PLAN__APPROVED_ON);
		createEReference(workPlanEClass, WORK_PLAN__WORK_AREAS);

		planItemEClass = createEClass(PLAN_ITEM);
		createEAttribute(planItemEClass, PLAN_ITEM__KEY);
		createEAttribute(planItemEClass, PLAN_ITEM__CODE);
		createEAttribute(planItemEClass, PLAN_ITEM__TEXT_ES);
		createEAttribute(planItemEClass, PLAN_ITEM__TEXT_EN);

		workAreaEClass = createEClass(WORK_AREA);
		createEReference(workAreaEClass, WORK_AREA__OBJECTIVES);

		commitmentEClass = createEClass(COMMITMENT);
		createEReference(commitmentEClass, COMMITMENT__INDICATORS);
		createEReference(commitmentEClass, COMMITMENT__TIMELINES);
		createEReference(commitmentEClass, COMMITMENT__RESPONSIBLES);
		createEReference(commitmentEClass, COMMITMENT__RESOURCES);
		createEReference(commitmentEClass, COMMITMENT__EVIDENCE);

		objectiveEClass = createEClass(OBJECTIVE);
		createEReference(objectiveEClass, OBJECTIVE__RESULTS);

		resultEClass = createEClass(RESULT);
		createEReference(resultEClass, RESULT__ACTIVITIES);

		activityEClass = createEClass(ACTIVITY);
		createEReference(activityEClass, ACTIVITY__EVIDENCE);

		indicatorEClass = createEClass(INDICATOR);
		createEAttribute(indicatorEClass, INDICATOR__INDICATOR_CODE);
		createEAttribute(indicatorEClass, INDICATOR__UNIT);
		createEAttribute(indicatorEClass, INDICATOR__TARGET);
		createEAttribute(indicatorEClass, INDICATOR__COMPUTED);

		timelineEClass = createEClass(TIMELINE);
		createEAttribute(timelineEClass, TIMELINE__DEADLINE);
		createEAttribute(timelineEClass, TIMELINE__ANCHOR);
		createEAttribute(timelineEClass, TIMELINE__MONTHS_AFTER);

		responsibleEClass = createEClass(RESPONSIBLE);
		createEAttribute(responsibleEClass, RESPONSIBLE__PARTY);

		resourceLineEClass = createEClass(RESOURCE_LINE);

		evidenceLinkEClass = createEClass(EVIDENCE_LINK);
		createEAttribute(evidenceLinkEClass, EVIDENCE_LINK__RECORD_TYPE);
		createEAttribute(evidenceLinkEClass, EVIDENCE_LINK__RECORD_ID);

		activityUpdateEClass = createEClass(ACTIVITY_UPDATE);
		createEAttribute(activityUpdateEClass, ACTIVITY_UPDATE__PLAN);
		createEAttribute(activityUpdateEClass, ACTIVITY_UPDATE__ITEM);
		createEAttribute(activityUpdateEClass, ACTIVITY_UPDATE__DATE);
		createEAttribute(activityUpdateEClass, ACTIVITY_UPDATE__STATUS);
		createEAttribute(activityUpdateEClass, ACTIVITY_UPDATE__NOTE);
		createEReference(activityUpdateEClass, ACTIVITY_UPDATE__EVIDENCE);

		indicatorEntryEClass = createEClass(INDICATOR_ENTRY);
		createEAttribute(indicatorEntryEClass, INDICATOR_ENTRY__PLAN);
		createEAttribute(indicatorEntryEClass, INDICATOR_ENTRY__INDICATOR);
		createEAttribute(indicatorEntryEClass, INDICATOR_ENTRY__VALUE);
		createEAttribute(indicatorEntryEClass, INDICATOR_ENTRY__DATE);
		createEAttribute(indicatorEntryEClass, INDICATOR_ENTRY__SOURCE);

		// Create enums
		planStatusEEnum = createEEnum(PLAN_STATUS);
		timelineAnchorEEnum = createEEnum(TIMELINE_ANCHOR);
		activityStatusEEnum = createEEnum(ACTIVITY_STATUS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		EnlacePackage theEnlacePackage = (EnlacePackage)EPackage.Registry.INSTANCE.getEPackage(EnlacePackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		workPlanEClass.getESuperTypes().add(theEnlacePackage.getRecord());
		workAreaEClass.getESuperTypes().add(this.getPlanItem());
		commitmentEClass.getESuperTypes().add(this.getPlanItem());
		objectiveEClass.getESuperTypes().add(this.getCommitment());
		resultEClass.getESuperTypes().add(this.getCommitment());
		activityEClass.getESuperTypes().add(this.getPlanItem());
		indicatorEClass.getESuperTypes().add(this.getPlanItem());
		timelineEClass.getESuperTypes().add(this.getPlanItem());
		responsibleEClass.getESuperTypes().add(this.getPlanItem());
		resourceLineEClass.getESuperTypes().add(this.getPlanItem());
		activityUpdateEClass.getESuperTypes().add(theEnlacePackage.getRecord());
		indicatorEntryEClass.getESuperTypes().add(theEnlacePackage.getRecord());

		// Initialize classes, features, and operations; add parameters
		initEClass(workPlanEClass, WorkPlan.class, "WorkPlan", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWorkPlan_Code(), ecorePackage.getEString(), "code", null, 1, 1, WorkPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkPlan_TitleEs(), ecorePackage.getEString(), "titleEs", null, 1, 1, WorkPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkPlan_TitleEn(), ecorePackage.getEString(), "titleEn", null, 0, 1, WorkPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkPlan_ScopeEs(), ecorePackage.getEString(), "scopeEs", null, 0, 1, WorkPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkPlan_ScopeEn(), ecorePackage.getEString(), "scopeEn", null, 0, 1, WorkPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkPlan_PeriodFrom(), theEnlacePackage.getLocalDate(), "periodFrom", null, 0, 1, WorkPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkPlan_PeriodTo(), theEnlacePackage.getLocalDate(), "periodTo", null, 0, 1, WorkPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkPlan_Edition(), ecorePackage.getEString(), "edition", null, 0, 1, WorkPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkPlan_Status(), this.getPlanStatus(), "status", null, 0, 1, WorkPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkPlan_ApprovedOn(), theEnlacePackage.getLocalDate(), "approvedOn", null, 0, 1, WorkPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkPlan_WorkAreas(), this.getWorkArea(), null, "workAreas", null, 0, -1, WorkPlan.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(planItemEClass, PlanItem.class, "PlanItem", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPlanItem_Key(), ecorePackage.getEString(), "key", null, 1, 1, PlanItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanItem_Code(), ecorePackage.getEString(), "code", null, 0, 1, PlanItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanItem_TextEs(), ecorePackage.getEString(), "textEs", null, 1, 1, PlanItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPlanItem_TextEn(), ecorePackage.getEString(), "textEn", null, 0, 1, PlanItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(workAreaEClass, WorkArea.class, "WorkArea", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getWorkArea_Objectives(), this.getObjective(), null, "objectives", null, 0, -1, WorkArea.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(commitmentEClass, Commitment.class, "Commitment", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCommitment_Indicators(), this.getIndicator(), null, "indicators", null, 0, -1, Commitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCommitment_Timelines(), this.getTimeline(), null, "timelines", null, 0, -1, Commitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCommitment_Responsibles(), this.getResponsible(), null, "responsibles", null, 0, -1, Commitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCommitment_Resources(), this.getResourceLine(), null, "resources", null, 0, -1, Commitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCommitment_Evidence(), this.getEvidenceLink(), null, "evidence", null, 0, -1, Commitment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(objectiveEClass, Objective.class, "Objective", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getObjective_Results(), this.getResult(), null, "results", null, 0, -1, Objective.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(resultEClass, Result.class, "Result", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getResult_Activities(), this.getActivity(), null, "activities", null, 0, -1, Result.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(activityEClass, Activity.class, "Activity", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getActivity_Evidence(), this.getEvidenceLink(), null, "evidence", null, 0, -1, Activity.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(indicatorEClass, Indicator.class, "Indicator", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIndicator_IndicatorCode(), ecorePackage.getEString(), "indicatorCode", null, 1, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_Target(), ecorePackage.getEBigDecimal(), "target", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicator_Computed(), ecorePackage.getEBoolean(), "computed", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(timelineEClass, Timeline.class, "Timeline", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTimeline_Deadline(), theEnlacePackage.getLocalDate(), "deadline", null, 0, 1, Timeline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimeline_Anchor(), this.getTimelineAnchor(), "anchor", null, 0, 1, Timeline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimeline_MonthsAfter(), ecorePackage.getEIntegerObject(), "monthsAfter", null, 0, 1, Timeline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(responsibleEClass, Responsible.class, "Responsible", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getResponsible_Party(), ecorePackage.getEString(), "party", null, 0, 1, Responsible.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(resourceLineEClass, ResourceLine.class, "ResourceLine", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

		initEClass(evidenceLinkEClass, EvidenceLink.class, "EvidenceLink", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEvidenceLink_RecordType(), ecorePackage.getEString(), "recordType", null, 1, 1, EvidenceLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvidenceLink_RecordId(), ecorePackage.getEString(), "recordId", null, 0, 1, EvidenceLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(activityUpdateEClass, ActivityUpdate.class, "ActivityUpdate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getActivityUpdate_Plan(), ecorePackage.getEString(), "plan", null, 1, 1, ActivityUpdate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivityUpdate_Item(), ecorePackage.getEString(), "item", null, 1, 1, ActivityUpdate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivityUpdate_Date(), theEnlacePackage.getLocalDate(), "date", null, 1, 1, ActivityUpdate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivityUpdate_Status(), this.getActivityStatus(), "status", null, 0, 1, ActivityUpdate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActivityUpdate_Note(), ecorePackage.getEString(), "note", null, 0, 1, ActivityUpdate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getActivityUpdate_Evidence(), this.getEvidenceLink(), null, "evidence", null, 0, -1, ActivityUpdate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(indicatorEntryEClass, IndicatorEntry.class, "IndicatorEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIndicatorEntry_Plan(), ecorePackage.getEString(), "plan", null, 1, 1, IndicatorEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicatorEntry_Indicator(), ecorePackage.getEString(), "indicator", null, 1, 1, IndicatorEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicatorEntry_Value(), ecorePackage.getEBigDecimal(), "value", null, 1, 1, IndicatorEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicatorEntry_Date(), theEnlacePackage.getLocalDate(), "date", null, 1, 1, IndicatorEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicatorEntry_Source(), ecorePackage.getEString(), "source", null, 1, 1, IndicatorEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(planStatusEEnum, PlanStatus.class, "PlanStatus");
		addEEnumLiteral(planStatusEEnum, PlanStatus.DRAFT);
		addEEnumLiteral(planStatusEEnum, PlanStatus.IN_FORCE);
		addEEnumLiteral(planStatusEEnum, PlanStatus.CLOSED);

		initEEnum(timelineAnchorEEnum, TimelineAnchor.class, "TimelineAnchor");
		addEEnumLiteral(timelineAnchorEEnum, TimelineAnchor.NONE);
		addEEnumLiteral(timelineAnchorEEnum, TimelineAnchor.PLAN_APPROVAL);
		addEEnumLiteral(timelineAnchorEEnum, TimelineAnchor.PRIVATE_SPACE_APPROVAL);

		initEEnum(activityStatusEEnum, ActivityStatus.class, "ActivityStatus");
		addEEnumLiteral(activityStatusEEnum, ActivityStatus.NOT_STARTED);
		addEEnumLiteral(activityStatusEEnum, ActivityStatus.IN_PROGRESS);
		addEEnumLiteral(activityStatusEEnum, ActivityStatus.DONE);
		addEEnumLiteral(activityStatusEEnum, ActivityStatus.BLOCKED);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://crm-enlace.org/store/index
		createIndexAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://crm-enlace.org/store/index</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createIndexAnnotations() {
		String source = "http://crm-enlace.org/store/index";
		addAnnotation
		  (getWorkPlan_Code(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getActivityUpdate_Plan(),
		   source,
		   new String[] {
		   });
		addAnnotation
		  (getIndicatorEntry_Plan(),
		   source,
		   new String[] {
		   });
	}

} //PlanPackageImpl
