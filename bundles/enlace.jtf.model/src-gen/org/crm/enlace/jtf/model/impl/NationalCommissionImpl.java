/**
 */
package org.crm.enlace.jtf.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.crm.enlace.jtf.model.JtfPackage;
import org.crm.enlace.jtf.model.NationalCommission;

import org.crm.enlace.model.impl.RecordImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>National Commission</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.jtf.model.impl.NationalCommissionImpl#getCountry <em>Country</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.impl.NationalCommissionImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.impl.NationalCommissionImpl#getInstitutions <em>Institutions</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.impl.NationalCommissionImpl#isCoordinated <em>Coordinated</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.impl.NationalCommissionImpl#getLastJointActivityDate <em>Last Joint Activity Date</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.impl.NationalCommissionImpl#getLastJointActivity <em>Last Joint Activity</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.impl.NationalCommissionImpl#getEvidenceAttachmentId <em>Evidence Attachment Id</em>}</li>
 *   <li>{@link org.crm.enlace.jtf.model.impl.NationalCommissionImpl#getEvidenceReference <em>Evidence Reference</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NationalCommissionImpl extends RecordImpl implements NationalCommission {
	/**
	 * The default value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected String country = COUNTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInstitutions() <em>Institutions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstitutions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> institutions;

	/**
	 * The default value of the '{@link #isCoordinated() <em>Coordinated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCoordinated()
	 * @generated
	 * @ordered
	 */
	protected static final boolean COORDINATED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCoordinated() <em>Coordinated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCoordinated()
	 * @generated
	 * @ordered
	 */
	protected boolean coordinated = COORDINATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastJointActivityDate() <em>Last Joint Activity Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastJointActivityDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate LAST_JOINT_ACTIVITY_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastJointActivityDate() <em>Last Joint Activity Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastJointActivityDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate lastJointActivityDate = LAST_JOINT_ACTIVITY_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastJointActivity() <em>Last Joint Activity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastJointActivity()
	 * @generated
	 * @ordered
	 */
	protected static final String LAST_JOINT_ACTIVITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastJointActivity() <em>Last Joint Activity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastJointActivity()
	 * @generated
	 * @ordered
	 */
	protected String lastJointActivity = LAST_JOINT_ACTIVITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvidenceAttachmentId() <em>Evidence Attachment Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceAttachmentId()
	 * @generated
	 * @ordered
	 */
	protected static final String EVIDENCE_ATTACHMENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvidenceAttachmentId() <em>Evidence Attachment Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceAttachmentId()
	 * @generated
	 * @ordered
	 */
	protected String evidenceAttachmentId = EVIDENCE_ATTACHMENT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvidenceReference() <em>Evidence Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceReference()
	 * @generated
	 * @ordered
	 */
	protected static final String EVIDENCE_REFERENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvidenceReference() <em>Evidence Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidenceReference()
	 * @generated
	 * @ordered
	 */
	protected String evidenceReference = EVIDENCE_REFERENCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NationalCommissionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return JtfPackage.Literals.NATIONAL_COMMISSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCountry() {
		return country;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCountry(String newCountry) {
		String oldCountry = country;
		country = newCountry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JtfPackage.NATIONAL_COMMISSION__COUNTRY, oldCountry, country));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JtfPackage.NATIONAL_COMMISSION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getInstitutions() {
		if (institutions == null) {
			institutions = new EDataTypeUniqueEList<String>(String.class, this, JtfPackage.NATIONAL_COMMISSION__INSTITUTIONS);
		}
		return institutions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCoordinated() {
		return coordinated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCoordinated(boolean newCoordinated) {
		boolean oldCoordinated = coordinated;
		coordinated = newCoordinated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JtfPackage.NATIONAL_COMMISSION__COORDINATED, oldCoordinated, coordinated));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getLastJointActivityDate() {
		return lastJointActivityDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastJointActivityDate(LocalDate newLastJointActivityDate) {
		LocalDate oldLastJointActivityDate = lastJointActivityDate;
		lastJointActivityDate = newLastJointActivityDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JtfPackage.NATIONAL_COMMISSION__LAST_JOINT_ACTIVITY_DATE, oldLastJointActivityDate, lastJointActivityDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLastJointActivity() {
		return lastJointActivity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastJointActivity(String newLastJointActivity) {
		String oldLastJointActivity = lastJointActivity;
		lastJointActivity = newLastJointActivity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JtfPackage.NATIONAL_COMMISSION__LAST_JOINT_ACTIVITY, oldLastJointActivity, lastJointActivity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEvidenceAttachmentId() {
		return evidenceAttachmentId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidenceAttachmentId(String newEvidenceAttachmentId) {
		String oldEvidenceAttachmentId = evidenceAttachmentId;
		evidenceAttachmentId = newEvidenceAttachmentId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JtfPackage.NATIONAL_COMMISSION__EVIDENCE_ATTACHMENT_ID, oldEvidenceAttachmentId, evidenceAttachmentId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEvidenceReference() {
		return evidenceReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidenceReference(String newEvidenceReference) {
		String oldEvidenceReference = evidenceReference;
		evidenceReference = newEvidenceReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, JtfPackage.NATIONAL_COMMISSION__EVIDENCE_REFERENCE, oldEvidenceReference, evidenceReference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case JtfPackage.NATIONAL_COMMISSION__COUNTRY:
				return getCountry();
			case JtfPackage.NATIONAL_COMMISSION__NAME:
				return getName();
			case JtfPackage.NATIONAL_COMMISSION__INSTITUTIONS:
				return getInstitutions();
			case JtfPackage.NATIONAL_COMMISSION__COORDINATED:
				return isCoordinated();
			case JtfPackage.NATIONAL_COMMISSION__LAST_JOINT_ACTIVITY_DATE:
				return getLastJointActivityDate();
			case JtfPackage.NATIONAL_COMMISSION__LAST_JOINT_ACTIVITY:
				return getLastJointActivity();
			case JtfPackage.NATIONAL_COMMISSION__EVIDENCE_ATTACHMENT_ID:
				return getEvidenceAttachmentId();
			case JtfPackage.NATIONAL_COMMISSION__EVIDENCE_REFERENCE:
				return getEvidenceReference();
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
			case JtfPackage.NATIONAL_COMMISSION__COUNTRY:
				setCountry((String)newValue);
				return;
			case JtfPackage.NATIONAL_COMMISSION__NAME:
				setName((String)newValue);
				return;
			case JtfPackage.NATIONAL_COMMISSION__INSTITUTIONS:
				getInstitutions().clear();
				getInstitutions().addAll((Collection<? extends String>)newValue);
				return;
			case JtfPackage.NATIONAL_COMMISSION__COORDINATED:
				setCoordinated((Boolean)newValue);
				return;
			case JtfPackage.NATIONAL_COMMISSION__LAST_JOINT_ACTIVITY_DATE:
				setLastJointActivityDate((LocalDate)newValue);
				return;
			case JtfPackage.NATIONAL_COMMISSION__LAST_JOINT_ACTIVITY:
				setLastJointActivity((String)newValue);
				return;
			case JtfPackage.NATIONAL_COMMISSION__EVIDENCE_ATTACHMENT_ID:
				setEvidenceAttachmentId((String)newValue);
				return;
			case JtfPackage.NATIONAL_COMMISSION__EVIDENCE_REFERENCE:
				setEvidenceReference((String)newValue);
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
			case JtfPackage.NATIONAL_COMMISSION__COUNTRY:
				setCountry(COUNTRY_EDEFAULT);
				return;
			case JtfPackage.NATIONAL_COMMISSION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case JtfPackage.NATIONAL_COMMISSION__INSTITUTIONS:
				getInstitutions().clear();
				return;
			case JtfPackage.NATIONAL_COMMISSION__COORDINATED:
				setCoordinated(COORDINATED_EDEFAULT);
				return;
			case JtfPackage.NATIONAL_COMMISSION__LAST_JOINT_ACTIVITY_DATE:
				setLastJointActivityDate(LAST_JOINT_ACTIVITY_DATE_EDEFAULT);
				return;
			case JtfPackage.NATIONAL_COMMISSION__LAST_JOINT_ACTIVITY:
				setLastJointActivity(LAST_JOINT_ACTIVITY_EDEFAULT);
				return;
			case JtfPackage.NATIONAL_COMMISSION__EVIDENCE_ATTACHMENT_ID:
				setEvidenceAttachmentId(EVIDENCE_ATTACHMENT_ID_EDEFAULT);
				return;
			case JtfPackage.NATIONAL_COMMISSION__EVIDENCE_REFERENCE:
				setEvidenceReference(EVIDENCE_REFERENCE_EDEFAULT);
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
			case JtfPackage.NATIONAL_COMMISSION__COUNTRY:
				return COUNTRY_EDEFAULT == null ? country != null : !COUNTRY_EDEFAULT.equals(country);
			case JtfPackage.NATIONAL_COMMISSION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case JtfPackage.NATIONAL_COMMISSION__INSTITUTIONS:
				return institutions != null && !institutions.isEmpty();
			case JtfPackage.NATIONAL_COMMISSION__COORDINATED:
				return coordinated != COORDINATED_EDEFAULT;
			case JtfPackage.NATIONAL_COMMISSION__LAST_JOINT_ACTIVITY_DATE:
				return LAST_JOINT_ACTIVITY_DATE_EDEFAULT == null ? lastJointActivityDate != null : !LAST_JOINT_ACTIVITY_DATE_EDEFAULT.equals(lastJointActivityDate);
			case JtfPackage.NATIONAL_COMMISSION__LAST_JOINT_ACTIVITY:
				return LAST_JOINT_ACTIVITY_EDEFAULT == null ? lastJointActivity != null : !LAST_JOINT_ACTIVITY_EDEFAULT.equals(lastJointActivity);
			case JtfPackage.NATIONAL_COMMISSION__EVIDENCE_ATTACHMENT_ID:
				return EVIDENCE_ATTACHMENT_ID_EDEFAULT == null ? evidenceAttachmentId != null : !EVIDENCE_ATTACHMENT_ID_EDEFAULT.equals(evidenceAttachmentId);
			case JtfPackage.NATIONAL_COMMISSION__EVIDENCE_REFERENCE:
				return EVIDENCE_REFERENCE_EDEFAULT == null ? evidenceReference != null : !EVIDENCE_REFERENCE_EDEFAULT.equals(evidenceReference);
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
		result.append(" (country: ");
		result.append(country);
		result.append(", name: ");
		result.append(name);
		result.append(", institutions: ");
		result.append(institutions);
		result.append(", coordinated: ");
		result.append(coordinated);
		result.append(", lastJointActivityDate: ");
		result.append(lastJointActivityDate);
		result.append(", lastJointActivity: ");
		result.append(lastJointActivity);
		result.append(", evidenceAttachmentId: ");
		result.append(evidenceAttachmentId);
		result.append(", evidenceReference: ");
		result.append(evidenceReference);
		result.append(')');
		return result.toString();
	}

} //NationalCommissionImpl
