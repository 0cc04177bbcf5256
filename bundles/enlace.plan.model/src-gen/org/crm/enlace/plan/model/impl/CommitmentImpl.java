/**
 */
package org.crm.enlace.plan.model.impl;

import java.util.Collection;

import org.crm.enlace.plan.model.Commitment;
import org.crm.enlace.plan.model.EvidenceLink;
import org.crm.enlace.plan.model.Indicator;
import org.crm.enlace.plan.model.PlanPackage;
import org.crm.enlace.plan.model.ResourceLine;
import org.crm.enlace.plan.model.Responsible;
import org.crm.enlace.plan.model.Timeline;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Commitment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.plan.model.impl.CommitmentImpl#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.impl.CommitmentImpl#getTimelines <em>Timelines</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.impl.CommitmentImpl#getResponsibles <em>Responsibles</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.impl.CommitmentImpl#getResources <em>Resources</em>}</li>
 *   <li>{@link org.crm.enlace.plan.model.impl.CommitmentImpl#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class CommitmentImpl extends PlanItemImpl implements Commitment {
	/**
	 * The cached value of the '{@link #getIndicators() <em>Indicators</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<Indicator> indicators;

	/**
	 * The cached value of the '{@link #getTimelines() <em>Timelines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimelines()
	 * @generated
	 * @ordered
	 */
	protected EList<Timeline> timelines;

	/**
	 * The cached value of the '{@link #getResponsibles() <em>Responsibles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibles()
	 * @generated
	 * @ordered
	 */
	protected EList<Responsible> responsibles;

	/**
	 * The cached value of the '{@link #getResources() <em>Resources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResources()
	 * @generated
	 * @ordered
	 */
	protected EList<ResourceLine> resources;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<EvidenceLink> evidence;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CommitmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlanPackage.Literals.COMMITMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Indicator> getIndicators() {
		if (indicators == null) {
			indicators = new EObjectContainmentEList<Indicator>(Indicator.class, this, PlanPackage.COMMITMENT__INDICATORS);
		}
		return indicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Timeline> getTimelines() {
		if (timelines == null) {
			timelines = new EObjectContainmentEList<Timeline>(Timeline.class, this, PlanPackage.COMMITMENT__TIMELINES);
		}
		return timelines;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Responsible> getResponsibles() {
		if (responsibles == null) {
			responsibles = new EObjectContainmentEList<Responsible>(Responsible.class, this, PlanPackage.COMMITMENT__RESPONSIBLES);
		}
		return responsibles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ResourceLine> getResources() {
		if (resources == null) {
			resources = new EObjectContainmentEList<ResourceLine>(ResourceLine.class, this, PlanPackage.COMMITMENT__RESOURCES);
		}
		return resources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EvidenceLink> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectContainmentEList<EvidenceLink>(EvidenceLink.class, this, PlanPackage.COMMITMENT__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PlanPackage.COMMITMENT__INDICATORS:
				return ((InternalEList<?>)getIndicators()).basicRemove(otherEnd, msgs);
			case PlanPackage.COMMITMENT__TIMELINES:
				return ((InternalEList<?>)getTimelines()).basicRemove(otherEnd, msgs);
			case PlanPackage.COMMITMENT__RESPONSIBLES:
				return ((InternalEList<?>)getResponsibles()).basicRemove(otherEnd, msgs);
			case PlanPackage.COMMITMENT__RESOURCES:
				return ((InternalEList<?>)getResources()).basicRemove(otherEnd, msgs);
			case PlanPackage.COMMITMENT__EVIDENCE:
				return ((InternalEList<?>)getEvidence()).basicRemove(otherEnd, msgs);
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
			case PlanPackage.COMMITMENT__INDICATORS:
				return getIndicators();
			case PlanPackage.COMMITMENT__TIMELINES:
				return getTimelines();
			case PlanPackage.COMMITMENT__RESPONSIBLES:
				return getResponsibles();
			case PlanPackage.COMMITMENT__RESOURCES:
				return getResources();
			case PlanPackage.COMMITMENT__EVIDENCE:
				return getEvidence();
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
			case PlanPackage.COMMITMENT__INDICATORS:
				getIndicators().clear();
				getIndicators().addAll((Collection<? extends Indicator>)newValue);
				return;
			case PlanPackage.COMMITMENT__TIMELINES:
				getTimelines().clear();
				getTimelines().addAll((Collection<? extends Timeline>)newValue);
				return;
			case PlanPackage.COMMITMENT__RESPONSIBLES:
				getResponsibles().clear();
				getResponsibles().addAll((Collection<? extends Responsible>)newValue);
				return;
			case PlanPackage.COMMITMENT__RESOURCES:
				getResources().clear();
				getResources().addAll((Collection<? extends ResourceLine>)newValue);
				return;
			case PlanPackage.COMMITMENT__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends EvidenceLink>)newValue);
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
			case PlanPackage.COMMITMENT__INDICATORS:
				getIndicators().clear();
				return;
			case PlanPackage.COMMITMENT__TIMELINES:
				getTimelines().clear();
				return;
			case PlanPackage.COMMITMENT__RESPONSIBLES:
				getResponsibles().clear();
				return;
			case PlanPackage.COMMITMENT__RESOURCES:
				getResources().clear();
				return;
			case PlanPackage.COMMITMENT__EVIDENCE:
				getEvidence().clear();
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
			case PlanPackage.COMMITMENT__INDICATORS:
				return indicators != null && !indicators.isEmpty();
			case PlanPackage.COMMITMENT__TIMELINES:
				return timelines != null && !timelines.isEmpty();
			case PlanPackage.COMMITMENT__RESPONSIBLES:
				return responsibles != null && !responsibles.isEmpty();
			case PlanPackage.COMMITMENT__RESOURCES:
				return resources != null && !resources.isEmpty();
			case PlanPackage.COMMITMENT__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //CommitmentImpl
