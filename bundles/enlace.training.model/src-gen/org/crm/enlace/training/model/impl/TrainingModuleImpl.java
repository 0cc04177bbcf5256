/**
 */
package org.crm.enlace.training.model.impl;

import org.crm.enlace.training.model.TrainingModule;
import org.crm.enlace.training.model.TrainingPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Module</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.training.model.impl.TrainingModuleImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.impl.TrainingModuleImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.impl.TrainingModuleImpl#getHours <em>Hours</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.impl.TrainingModuleImpl#isVictimIdentification <em>Victim Identification</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrainingModuleImpl extends MinimalEObjectImpl.Container implements TrainingModule {
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
	 * The default value of the '{@link #getHours() <em>Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHours()
	 * @generated
	 * @ordered
	 */
	protected static final Integer HOURS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHours() <em>Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHours()
	 * @generated
	 * @ordered
	 */
	protected Integer hours = HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #isVictimIdentification() <em>Victim Identification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVictimIdentification()
	 * @generated
	 * @ordered
	 */
	protected static final boolean VICTIM_IDENTIFICATION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isVictimIdentification() <em>Victim Identification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVictimIdentification()
	 * @generated
	 * @ordered
	 */
	protected boolean victimIdentification = VICTIM_IDENTIFICATION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrainingModuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TrainingPackage.Literals.TRAINING_MODULE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_MODULE__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_MODULE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getHours() {
		return hours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHours(Integer newHours) {
		Integer oldHours = hours;
		hours = newHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_MODULE__HOURS, oldHours, hours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isVictimIdentification() {
		return victimIdentification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVictimIdentification(boolean newVictimIdentification) {
		boolean oldVictimIdentification = victimIdentification;
		victimIdentification = newVictimIdentification;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_MODULE__VICTIM_IDENTIFICATION, oldVictimIdentification, victimIdentification));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TrainingPackage.TRAINING_MODULE__CODE:
				return getCode();
			case TrainingPackage.TRAINING_MODULE__TITLE:
				return getTitle();
			case TrainingPackage.TRAINING_MODULE__HOURS:
				return getHours();
			case TrainingPackage.TRAINING_MODULE__VICTIM_IDENTIFICATION:
				return isVictimIdentification();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TrainingPackage.TRAINING_MODULE__CODE:
				setCode((String)newValue);
				return;
			case TrainingPackage.TRAINING_MODULE__TITLE:
				setTitle((String)newValue);
				return;
			case TrainingPackage.TRAINING_MODULE__HOURS:
				setHours((Integer)newValue);
				return;
			case TrainingPackage.TRAINING_MODULE__VICTIM_IDENTIFICATION:
				setVictimIdentification((Boolean)newValue);
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
			case TrainingPackage.TRAINING_MODULE__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_MODULE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_MODULE__HOURS:
				setHours(HOURS_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_MODULE__VICTIM_IDENTIFICATION:
				setVictimIdentification(VICTIM_IDENTIFICATION_EDEFAULT);
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
			case TrainingPackage.TRAINING_MODULE__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case TrainingPackage.TRAINING_MODULE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case TrainingPackage.TRAINING_MODULE__HOURS:
				return HOURS_EDEFAULT == null ? hours != null : !HOURS_EDEFAULT.equals(hours);
			case TrainingPackage.TRAINING_MODULE__VICTIM_IDENTIFICATION:
				return victimIdentification != VICTIM_IDENTIFICATION_EDEFAULT;
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
		result.append(", hours: ");
		result.append(hours);
		result.append(", victimIdentification: ");
		result.append(victimIdentification);
		result.append(')');
		return result.toString();
	}

} //TrainingModuleImpl
