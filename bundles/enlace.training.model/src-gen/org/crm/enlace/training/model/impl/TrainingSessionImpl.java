/**
 */
package org.crm.enlace.training.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.crm.enlace.model.impl.RecordImpl;

import org.crm.enlace.training.model.Delivery;
import org.crm.enlace.training.model.TrainingPackage;
import org.crm.enlace.training.model.TrainingSession;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Session</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.training.model.impl.TrainingSessionImpl#getProgrammeId <em>Programme Id</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.impl.TrainingSessionImpl#getModuleCodes <em>Module Codes</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.impl.TrainingSessionImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.impl.TrainingSessionImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.impl.TrainingSessionImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.impl.TrainingSessionImpl#getPlace <em>Place</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.impl.TrainingSessionImpl#getCountry <em>Country</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.impl.TrainingSessionImpl#getDelivery <em>Delivery</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.impl.TrainingSessionImpl#getTrainers <em>Trainers</em>}</li>
 *   <li>{@link org.crm.enlace.training.model.impl.TrainingSessionImpl#getOrganisers <em>Organisers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrainingSessionImpl extends RecordImpl implements TrainingSession {
	/**
	 * The default value of the '{@link #getProgrammeId() <em>Programme Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgrammeId()
	 * @generated
	 * @ordered
	 */
	protected static final String PROGRAMME_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProgrammeId() <em>Programme Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgrammeId()
	 * @generated
	 * @ordered
	 */
	protected String programmeId = PROGRAMME_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getModuleCodes() <em>Module Codes</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModuleCodes()
	 * @generated
	 * @ordered
	 */
	protected EList<String> moduleCodes;

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
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate END_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndDate() <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate endDate = END_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlace() <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlace()
	 * @generated
	 * @ordered
	 */
	protected static final String PLACE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlace() <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlace()
	 * @generated
	 * @ordered
	 */
	protected String place = PLACE_EDEFAULT;

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
	 * The default value of the '{@link #getDelivery() <em>Delivery</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelivery()
	 * @generated
	 * @ordered
	 */
	protected static final Delivery DELIVERY_EDEFAULT = Delivery.IN_PERSON;

	/**
	 * The cached value of the '{@link #getDelivery() <em>Delivery</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDelivery()
	 * @generated
	 * @ordered
	 */
	protected Delivery delivery = DELIVERY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTrainers() <em>Trainers</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainers()
	 * @generated
	 * @ordered
	 */
	protected EList<String> trainers;

	/**
	 * The cached value of the '{@link #getOrganisers() <em>Organisers</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisers()
	 * @generated
	 * @ordered
	 */
	protected EList<String> organisers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrainingSessionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TrainingPackage.Literals.TRAINING_SESSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProgrammeId() {
		return programmeId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProgrammeId(String newProgrammeId) {
		String oldProgrammeId = programmeId;
		programmeId = newProgrammeId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_SESSION__PROGRAMME_ID, oldProgrammeId, programmeId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getModuleCodes() {
		if (moduleCodes == null) {
			moduleCodes = new EDataTypeUniqueEList<String>(String.class, this, TrainingPackage.TRAINING_SESSION__MODULE_CODES);
		}
		return moduleCodes;
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
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_SESSION__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(LocalDate newStartDate) {
		LocalDate oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_SESSION__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getEndDate() {
		return endDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndDate(LocalDate newEndDate) {
		LocalDate oldEndDate = endDate;
		endDate = newEndDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_SESSION__END_DATE, oldEndDate, endDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPlace() {
		return place;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlace(String newPlace) {
		String oldPlace = place;
		place = newPlace;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_SESSION__PLACE, oldPlace, place));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_SESSION__COUNTRY, oldCountry, country));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Delivery getDelivery() {
		return delivery;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDelivery(Delivery newDelivery) {
		Delivery oldDelivery = delivery;
		delivery = newDelivery == null ? DELIVERY_EDEFAULT : newDelivery;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TrainingPackage.TRAINING_SESSION__DELIVERY, oldDelivery, delivery));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTrainers() {
		if (trainers == null) {
			trainers = new EDataTypeUniqueEList<String>(String.class, this, TrainingPackage.TRAINING_SESSION__TRAINERS);
		}
		return trainers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getOrganisers() {
		if (organisers == null) {
			organisers = new EDataTypeUniqueEList<String>(String.class, this, TrainingPackage.TRAINING_SESSION__ORGANISERS);
		}
		return organisers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TrainingPackage.TRAINING_SESSION__PROGRAMME_ID:
				return getProgrammeId();
			case TrainingPackage.TRAINING_SESSION__MODULE_CODES:
				return getModuleCodes();
			case TrainingPackage.TRAINING_SESSION__TITLE:
				return getTitle();
			case TrainingPackage.TRAINING_SESSION__START_DATE:
				return getStartDate();
			case TrainingPackage.TRAINING_SESSION__END_DATE:
				return getEndDate();
			case TrainingPackage.TRAINING_SESSION__PLACE:
				return getPlace();
			case TrainingPackage.TRAINING_SESSION__COUNTRY:
				return getCountry();
			case TrainingPackage.TRAINING_SESSION__DELIVERY:
				return getDelivery();
			case TrainingPackage.TRAINING_SESSION__TRAINERS:
				return getTrainers();
			case TrainingPackage.TRAINING_SESSION__ORGANISERS:
				return getOrganisers();
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
			case TrainingPackage.TRAINING_SESSION__PROGRAMME_ID:
				setProgrammeId((String)newValue);
				return;
			case TrainingPackage.TRAINING_SESSION__MODULE_CODES:
				getModuleCodes().clear();
				getModuleCodes().addAll((Collection<? extends String>)newValue);
				return;
			case TrainingPackage.TRAINING_SESSION__TITLE:
				setTitle((String)newValue);
				return;
			case TrainingPackage.TRAINING_SESSION__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case TrainingPackage.TRAINING_SESSION__END_DATE:
				setEndDate((LocalDate)newValue);
				return;
			case TrainingPackage.TRAINING_SESSION__PLACE:
				setPlace((String)newValue);
				return;
			case TrainingPackage.TRAINING_SESSION__COUNTRY:
				setCountry((String)newValue);
				return;
			case TrainingPackage.TRAINING_SESSION__DELIVERY:
				setDelivery((Delivery)newValue);
				return;
			case TrainingPackage.TRAINING_SESSION__TRAINERS:
				getTrainers().clear();
				getTrainers().addAll((Collection<? extends String>)newValue);
				return;
			case TrainingPackage.TRAINING_SESSION__ORGANISERS:
				getOrganisers().clear();
				getOrganisers().addAll((Collection<? extends String>)newValue);
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
			case TrainingPackage.TRAINING_SESSION__PROGRAMME_ID:
				setProgrammeId(PROGRAMME_ID_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_SESSION__MODULE_CODES:
				getModuleCodes().clear();
				return;
			case TrainingPackage.TRAINING_SESSION__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_SESSION__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_SESSION__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_SESSION__PLACE:
				setPlace(PLACE_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_SESSION__COUNTRY:
				setCountry(COUNTRY_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_SESSION__DELIVERY:
				setDelivery(DELIVERY_EDEFAULT);
				return;
			case TrainingPackage.TRAINING_SESSION__TRAINERS:
				getTrainers().clear();
				return;
			case TrainingPackage.TRAINING_SESSION__ORGANISERS:
				getOrganisers().clear();
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
			case TrainingPackage.TRAINING_SESSION__PROGRAMME_ID:
				return PROGRAMME_ID_EDEFAULT == null ? programmeId != null : !PROGRAMME_ID_EDEFAULT.equals(programmeId);
			case TrainingPackage.TRAINING_SESSION__MODULE_CODES:
				return moduleCodes != null && !moduleCodes.isEmpty();
			case TrainingPackage.TRAINING_SESSION__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case TrainingPackage.TRAINING_SESSION__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case TrainingPackage.TRAINING_SESSION__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
			case TrainingPackage.TRAINING_SESSION__PLACE:
				return PLACE_EDEFAULT == null ? place != null : !PLACE_EDEFAULT.equals(place);
			case TrainingPackage.TRAINING_SESSION__COUNTRY:
				return COUNTRY_EDEFAULT == null ? country != null : !COUNTRY_EDEFAULT.equals(country);
			case TrainingPackage.TRAINING_SESSION__DELIVERY:
				return delivery != DELIVERY_EDEFAULT;
			case TrainingPackage.TRAINING_SESSION__TRAINERS:
				return trainers != null && !trainers.isEmpty();
			case TrainingPackage.TRAINING_SESSION__ORGANISERS:
				return organisers != null && !organisers.isEmpty();
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
		result.append(" (programmeId: ");
		result.append(programmeId);
		result.append(", moduleCodes: ");
		result.append(moduleCodes);
		result.append(", title: ");
		result.append(title);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", endDate: ");
		result.append(endDate);
		result.append(", place: ");
		result.append(place);
		result.append(", country: ");
		result.append(country);
		result.append(", delivery: ");
		result.append(delivery);
		result.append(", trainers: ");
		result.append(trainers);
		result.append(", organisers: ");
		result.append(organisers);
		result.append(')');
		return result.toString();
	}

} //TrainingSessionImpl
