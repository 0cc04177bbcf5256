/**
 */
package org.crm.enlace.intel.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.crm.enlace.intel.model.IntelPackage;
import org.crm.enlace.intel.model.Modality;
import org.crm.enlace.intel.model.RouteStep;
import org.crm.enlace.intel.model.SmugglerProfile;
import org.crm.enlace.intel.model.SmugglingReport;

import org.crm.enlace.model.impl.RecordImpl;

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
 * An implementation of the model object '<em><b>Smuggling Report</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.intel.model.impl.SmugglingReportImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.impl.SmugglingReportImpl#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.impl.SmugglingReportImpl#getObservedFrom <em>Observed From</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.impl.SmugglingReportImpl#getObservedTo <em>Observed To</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.impl.SmugglingReportImpl#getCountries <em>Countries</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.impl.SmugglingReportImpl#getModality <em>Modality</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.impl.SmugglingReportImpl#getModusOperandi <em>Modus Operandi</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.impl.SmugglingReportImpl#getRoute <em>Route</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.impl.SmugglingReportImpl#getProfiles <em>Profiles</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.impl.SmugglingReportImpl#getLinkedReports <em>Linked Reports</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SmugglingReportImpl extends RecordImpl implements SmugglingReport {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected String summary = SUMMARY_EDEFAULT;

	/**
	 * The default value of the '{@link #getObservedFrom() <em>Observed From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservedFrom()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate OBSERVED_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObservedFrom() <em>Observed From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservedFrom()
	 * @generated
	 * @ordered
	 */
	protected LocalDate observedFrom = OBSERVED_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getObservedTo() <em>Observed To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservedTo()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate OBSERVED_TO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObservedTo() <em>Observed To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservedTo()
	 * @generated
	 * @ordered
	 */
	protected LocalDate observedTo = OBSERVED_TO_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCountries() <em>Countries</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountries()
	 * @generated
	 * @ordered
	 */
	protected EList<String> countries;

	/**
	 * The default value of the '{@link #getModality() <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModality()
	 * @generated
	 * @ordered
	 */
	protected static final Modality MODALITY_EDEFAULT = Modality.LAND;

	/**
	 * The cached value of the '{@link #getModality() <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModality()
	 * @generated
	 * @ordered
	 */
	protected Modality modality = MODALITY_EDEFAULT;

	/**
	 * This is true if the Modality attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean modalityESet;

	/**
	 * The cached value of the '{@link #getModusOperandi() <em>Modus Operandi</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModusOperandi()
	 * @generated
	 * @ordered
	 */
	protected EList<String> modusOperandi;

	/**
	 * The cached value of the '{@link #getRoute() <em>Route</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoute()
	 * @generated
	 * @ordered
	 */
	protected EList<RouteStep> route;

	/**
	 * The cached value of the '{@link #getProfiles() <em>Profiles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfiles()
	 * @generated
	 * @ordered
	 */
	protected EList<SmugglerProfile> profiles;

	/**
	 * The cached value of the '{@link #getLinkedReports() <em>Linked Reports</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinkedReports()
	 * @generated
	 * @ordered
	 */
	protected EList<String> linkedReports;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SmugglingReportImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return IntelPackage.Literals.SMUGGLING_REPORT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntelPackage.SMUGGLING_REPORT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSummary() {
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummary(String newSummary) {
		String oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntelPackage.SMUGGLING_REPORT__SUMMARY, oldSummary, summary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getObservedFrom() {
		return observedFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObservedFrom(LocalDate newObservedFrom) {
		LocalDate oldObservedFrom = observedFrom;
		observedFrom = newObservedFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntelPackage.SMUGGLING_REPORT__OBSERVED_FROM, oldObservedFrom, observedFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getObservedTo() {
		return observedTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObservedTo(LocalDate newObservedTo) {
		LocalDate oldObservedTo = observedTo;
		observedTo = newObservedTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntelPackage.SMUGGLING_REPORT__OBSERVED_TO, oldObservedTo, observedTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getCountries() {
		if (countries == null) {
			countries = new EDataTypeUniqueEList<String>(String.class, this, IntelPackage.SMUGGLING_REPORT__COUNTRIES);
		}
		return countries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Modality getModality() {
		return modality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModality(Modality newModality) {
		Modality oldModality = modality;
		modality = newModality == null ? MODALITY_EDEFAULT : newModality;
		boolean oldModalityESet = modalityESet;
		modalityESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, IntelPackage.SMUGGLING_REPORT__MODALITY, oldModality, modality, !oldModalityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetModality() {
		Modality oldModality = modality;
		boolean oldModalityESet = modalityESet;
		modality = MODALITY_EDEFAULT;
		modalityESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, IntelPackage.SMUGGLING_REPORT__MODALITY, oldModality, MODALITY_EDEFAULT, oldModalityESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetModality() {
		return modalityESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getModusOperandi() {
		if (modusOperandi == null) {
			modusOperandi = new EDataTypeUniqueEList<String>(String.class, this, IntelPackage.SMUGGLING_REPORT__MODUS_OPERANDI);
		}
		return modusOperandi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RouteStep> getRoute() {
		if (route == null) {
			route = new EObjectContainmentEList<RouteStep>(RouteStep.class, this, IntelPackage.SMUGGLING_REPORT__ROUTE);
		}
		return route;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SmugglerProfile> getProfiles() {
		if (profiles == null) {
			profiles = new EObjectContainmentEList<SmugglerProfile>(SmugglerProfile.class, this, IntelPackage.SMUGGLING_REPORT__PROFILES);
		}
		return profiles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLinkedReports() {
		if (linkedReports == null) {
			linkedReports = new EDataTypeUniqueEList<String>(String.class, this, IntelPackage.SMUGGLING_REPORT__LINKED_REPORTS);
		}
		return linkedReports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case IntelPackage.SMUGGLING_REPORT__ROUTE:
				return ((InternalEList<?>)getRoute()).basicRemove(otherEnd, msgs);
			case IntelPackage.SMUGGLING_REPORT__PROFILES:
				return ((InternalEList<?>)getProfiles()).basicRemove(otherEnd, msgs);
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
			case IntelPackage.SMUGGLING_REPORT__TITLE:
				return getTitle();
			case IntelPackage.SMUGGLING_REPORT__SUMMARY:
				return getSummary();
			case IntelPackage.SMUGGLING_REPORT__OBSERVED_FROM:
				return getObservedFrom();
			case IntelPackage.SMUGGLING_REPORT__OBSERVED_TO:
				return getObservedTo();
			case IntelPackage.SMUGGLING_REPORT__COUNTRIES:
				return getCountries();
			case IntelPackage.SMUGGLING_REPORT__MODALITY:
				return getModality();
			case IntelPackage.SMUGGLING_REPORT__MODUS_OPERANDI:
				return getModusOperandi();
			case IntelPackage.SMUGGLING_REPORT__ROUTE:
				return getRoute();
			case IntelPackage.SMUGGLING_REPORT__PROFILES:
				return getProfiles();
			case IntelPackage.SMUGGLING_REPORT__LINKED_REPORTS:
				return getLinkedReports();
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
			case IntelPackage.SMUGGLING_REPORT__TITLE:
				setTitle((String)newValue);
				return;
			case IntelPackage.SMUGGLING_REPORT__SUMMARY:
				setSummary((String)newValue);
				return;
			case IntelPackage.SMUGGLING_REPORT__OBSERVED_FROM:
				setObservedFrom((LocalDate)newValue);
				return;
			case IntelPackage.SMUGGLING_REPORT__OBSERVED_TO:
				setObservedTo((LocalDate)newValue);
				return;
			case IntelPackage.SMUGGLING_REPORT__COUNTRIES:
				getCountries().clear();
				getCountries().addAll((Collection<? extends String>)newValue);
				return;
			case IntelPackage.SMUGGLING_REPORT__MODALITY:
				setModality((Modality)newValue);
				return;
			case IntelPackage.SMUGGLING_REPORT__MODUS_OPERANDI:
				getModusOperandi().clear();
				getModusOperandi().addAll((Collection<? extends String>)newValue);
				return;
			case IntelPackage.SMUGGLING_REPORT__ROUTE:
				getRoute().clear();
				getRoute().addAll((Collection<? extends RouteStep>)newValue);
				return;
			case IntelPackage.SMUGGLING_REPORT__PROFILES:
				getProfiles().clear();
				getProfiles().addAll((Collection<? extends SmugglerProfile>)newValue);
				return;
			case IntelPackage.SMUGGLING_REPORT__LINKED_REPORTS:
				getLinkedReports().clear();
				getLinkedReports().addAll((Collection<? extends String>)newValue);
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
			case IntelPackage.SMUGGLING_REPORT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case IntelPackage.SMUGGLING_REPORT__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
				return;
			case IntelPackage.SMUGGLING_REPORT__OBSERVED_FROM:
				setObservedFrom(OBSERVED_FROM_EDEFAULT);
				return;
			case IntelPackage.SMUGGLING_REPORT__OBSERVED_TO:
				setObservedTo(OBSERVED_TO_EDEFAULT);
				return;
			case IntelPackage.SMUGGLING_REPORT__COUNTRIES:
				getCountries().clear();
				return;
			case IntelPackage.SMUGGLING_REPORT__MODALITY:
				unsetModality();
				return;
			case IntelPackage.SMUGGLING_REPORT__MODUS_OPERANDI:
				getModusOperandi().clear();
				return;
			case IntelPackage.SMUGGLING_REPORT__ROUTE:
				getRoute().clear();
				return;
			case IntelPackage.SMUGGLING_REPORT__PROFILES:
				getProfiles().clear();
				return;
			case IntelPackage.SMUGGLING_REPORT__LINKED_REPORTS:
				getLinkedReports().clear();
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
			case IntelPackage.SMUGGLING_REPORT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case IntelPackage.SMUGGLING_REPORT__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
			case IntelPackage.SMUGGLING_REPORT__OBSERVED_FROM:
				return OBSERVED_FROM_EDEFAULT == null ? observedFrom != null : !OBSERVED_FROM_EDEFAULT.equals(observedFrom);
			case IntelPackage.SMUGGLING_REPORT__OBSERVED_TO:
				return OBSERVED_TO_EDEFAULT == null ? observedTo != null : !OBSERVED_TO_EDEFAULT.equals(observedTo);
			case IntelPackage.SMUGGLING_REPORT__COUNTRIES:
				return countries != null && !countries.isEmpty();
			case IntelPackage.SMUGGLING_REPORT__MODALITY:
				return isSetModality();
			case IntelPackage.SMUGGLING_REPORT__MODUS_OPERANDI:
				return modusOperandi != null && !modusOperandi.isEmpty();
			case IntelPackage.SMUGGLING_REPORT__ROUTE:
				return route != null && !route.isEmpty();
			case IntelPackage.SMUGGLING_REPORT__PROFILES:
				return profiles != null && !profiles.isEmpty();
			case IntelPackage.SMUGGLING_REPORT__LINKED_REPORTS:
				return linkedReports != null && !linkedReports.isEmpty();
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
		result.append(" (title: ");
		result.append(title);
		result.append(", summary: ");
		result.append(summary);
		result.append(", observedFrom: ");
		result.append(observedFrom);
		result.append(", observedTo: ");
		result.append(observedTo);
		result.append(", countries: ");
		result.append(countries);
		result.append(", modality: ");
		if (modalityESet) result.append(modality); else result.append("<unset>");
		result.append(", modusOperandi: ");
		result.append(modusOperandi);
		result.append(", linkedReports: ");
		result.append(linkedReports);
		result.append(')');
		return result.toString();
	}

} //SmugglingReportImpl
