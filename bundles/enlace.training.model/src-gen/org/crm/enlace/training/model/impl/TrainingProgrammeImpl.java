/**
 */
package org.crm.enlace.training.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.crm.enlace.model.impl.RecordImpl;

import org.crm.enlace.training.model.ProgrammeStatus;
import org.crm.enlace.training.model.TrainingModule;
import org.crm.enlace.training.model.TrainingPackage;
import org.crm.enlace.training.model.TrainingProgramme;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Programme</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.training.model.impl.TrainingProgrammeImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.impl.TrainingProgrammeImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.impl.TrainingProgrammeImpl#getVersionLabel <em>Version Label</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.impl.TrainingProgrammeImpl#getVersionDate <em>Version Date</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.impl.TrainingProgrammeImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.impl.TrainingProgrammeImpl#getApprovedOn <em>Approved On</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.impl.TrainingProgrammeImpl#getWindowMonths <em>Window Months</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.impl.TrainingProgrammeImpl#getModules <em>Modules</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrainingProgrammeImpl extends RecordImpl implements TrainingProgramme {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

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
	 * The default value of the '{@link #getVersionLabel() <em>Version Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersionLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersionLabel() <em>Version Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersionLabel()
	 * @generated
	 * @ordered
	 */
	protected String versionLabel = VERSION_LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersionDate() <em>Version Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersionDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate VERSION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersionDate() <em>Version Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersionDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate versionDate = VERSION_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ProgrammeStatus STATUS_EDEFAULT = ProgrammeStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ProgrammeStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getApprovedOn() <em>Approved On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate APPROVED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApprovedOn() <em>Approved On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate approvedOn = APPROVED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getWindowMonths() <em>Window Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int WINDOW_MONTHS_EDEFAULT = 6;

	/**
	 * The cached value of the '{@link #getWindowMonths() <em>Window Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowMonths()
	 * @generated
	 * @ordered
	 */
	protected int windowMonths = WINDOW_MONTHS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getModules() <em>Modules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModules()
	 * @generated
	 * @ordered
	 */
	protected EList<TrainingModule> modules;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrainingProgrammeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TrainingPackage.Literals.TRAINING_PROGRAMME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_PROGRAMME__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_PROGRAMME__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersionLabel() {
		return versionLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersionLabel(String newVersionLabel) {
		String oldVersionLabel = versionLabel;
		versionLabel = newVersionLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_PROGRAMME__VERSION_LABEL, oldVersionLabel, versionLabel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getVersionDate() {
		return versionDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersionDate(LocalDate newVersionDate) {
		LocalDate oldVersionDate = versionDate;
		versionDate = newVersionDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_PROGRAMME__VERSION_DATE, oldVersionDate, versionDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProgrammeStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ProgrammeStatus newStatus) {
		ProgrammeStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_PROGRAMME__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getApprovedOn() {
		return approvedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprovedOn(LocalDate newApprovedOn) {
		LocalDate oldApprovedOn = approvedOn;
		approvedOn = newApprovedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_PROGRAMME__APPROVED_ON, oldApprovedOn, approvedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWindowMonths() {
		return windowMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWindowMonths(int newWindowMonths) {
		int oldWindowMonths = windowMonths;
		windowMonths = newWindowMonths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_PROGRAMME__WINDOW_MONTHS, oldWindowMonths, windowMonths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TrainingModule> getModules() {
		if (modules == null) {
			modules = new EObjectContainmentEList<TrainingModule>(TrainingModule.class, this, TrainingPackage.TRAINING_PROGRAMME__MODULES);
		}
		return modules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TrainingPackage.TRAINING_PROGRAMME__MODULES:
				return ((InternalEList<?>)getModules()).basicRemove(otherEnd, msgs);
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
			case TrainingPackage.TRAINING_PROGRAMME__CODE:
				return getCode();
			case TrainingPackage.TRAINING_PROGRAMME__TITLE:
				return getTitle();
			case TrainingPackage.TRAINING_PROGRAMME__VERSION_LABEL:
				return getVersionLabel();
			case TrainingPackage.TRAINING_PROGRAMME__VERSION_DATE:
				return getVersionDate();
			case TrainingPackage.TRAINING_PROGRAMME__STATUS:
				return getStatus();
			case TrainingPackage.TRAINING_PROGRAMME__APPROVED_ON:
				return getApprovedOn();
			case TrainingPackage.TRAINING_PROGRAMME__WINDOW_MONTHS:
				return getWindowMonths();
			case TrainingPackage.TRAINING_PROGRAMME__MODULES:
				return getModules();
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
			case TrainingPackage.TRAINING_PROGRAMME__CODE:
				setCode((String)newValue);
				return;
			case TrainingPackage.TRAINING_PROGRAMME__TITLE:
				setTitle((String)newValue);
				return;
			case TrainingPackage.TRAINING_PROGRAMME__VERSION_LABEL:
				setVersionLabel((String)newValue);
				return;
			case TrainingPackage.TRAINING_PROGRAMME__VERSION_DATE:
				setVersionDate((LocalDate)newValue);
				return;
			case TrainingPackage.TRAINING_PROGRAMME__STATUS:
				setStatus((ProgrammeStatus)newValue);
				return;
			case TrainingPackage.TRAINING_PROGRAMME__APPROVED_ON:
				setApprovedOn((LocalDate)newValue);
				return;
			case TrainingPackage.TRAINING_PROGRAMME__WINDOW_MONTHS:
				setWindowMonths((Integer)newValue);
				return;
			case TrainingPackage.TRAINING_PROGRAMME__MODULES:
				getModules().clear();
				getModules().addAll((Collection<? extends TrainingModule>)newValue);
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
			case TrainingPackage.TRAINING_PROGRAMME__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_PROGRAMME__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_PROGRAMME__VERSION_LABEL:
				setVersionLabel(VERSION_LABEL_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_PROGRAMME__VERSION_DATE:
				setVersionDate(VERSION_DATE_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_PROGRAMME__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_PROGRAMME__APPROVED_ON:
				setApprovedOn(APPROVED_ON_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_PROGRAMME__WINDOW_MONTHS:
				setWindowMonths(WINDOW_MONTHS_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_PROGRAMME__MODULES:
				getModules().clear();
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
			case TrainingPackage.TRAINING_PROGRAMME__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case TrainingPackage.TRAINING_PROGRAMME__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case TrainingPackage.TRAINING_PROGRAMME__VERSION_LABEL:
				return VERSION_LABEL_EDEFAULT == null ? versionLabel != null : !VERSION_LABEL_EDEFAULT.equals(versionLabel);
			case TrainingPackage.TRAINING_PROGRAMME__VERSION_DATE:
				return VERSION_DATE_EDEFAULT == null ? versionDate != null : !VERSION_DATE_EDEFAULT.equals(versionDate);
			case TrainingPackage.TRAINING_PROGRAMME__STATUS:
				return status != STATUS_EDEFAULT;
			case TrainingPackage.TRAINING_PROGRAMME__APPROVED_ON:
				return APPROVED_ON_EDEFAULT == null ? approvedOn != null : !APPROVED_ON_EDEFAULT.equals(approvedOn);
			case TrainingPackage.TRAINING_PROGRAMME__WINDOW_MONTHS:
				return windowMonths != WINDOW_MONTHS_EDEFAULT;
			case TrainingPackage.TRAINING_PROGRAMME__MODULES:
				return modules != null && !modules.isEmpty();
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
		result.append(" (code: ");
		result.append(code);
		result.append(", title: ");
		result.append(title);
		result.append(", versionLabel: ");
		result.append(versionLabel);
		result.append(", versionDate: ");
		result.append(versionDate);
		result.append(", status: ");
		result.append(status);
		result.append(", approvedOn: ");
		result.append(approvedOn);
		result.append(", windowMonths: ");
		result.append(windowMonths);
		result.append(')');
		return result.toString();
	}

} //TrainingProgrammeImpl
