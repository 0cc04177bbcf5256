/**
 */
package org.crm.enlace.specimens.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.crm.enlace.model.impl.RecordImpl;

import org.crm.enlace.specimens.model.Callout;
import org.crm.enlace.specimens.model.DetectionPlace;
import org.crm.enlace.specimens.model.FalseDocumentAlert;
import org.crm.enlace.specimens.model.FalseDocumentKind;
import org.crm.enlace.specimens.model.PageImage;
import org.crm.enlace.specimens.model.SpecimensPackage;

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
 * An implementation of the model object '<em><b>False Document Alert</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.specimens.model.impl.FalseDocumentAlertImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.FalseDocumentAlertImpl#getSpecimenId <em>Specimen Id</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.FalseDocumentAlertImpl#getImages <em>Images</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.FalseDocumentAlertImpl#getDeviations <em>Deviations</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.FalseDocumentAlertImpl#getPlaceKind <em>Place Kind</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.FalseDocumentAlertImpl#getPlace <em>Place</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.FalseDocumentAlertImpl#getDetectedOn <em>Detected On</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.FalseDocumentAlertImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FalseDocumentAlertImpl extends RecordImpl implements FalseDocumentAlert {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final FalseDocumentKind KIND_EDEFAULT = FalseDocumentKind.COUNTERFEIT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected FalseDocumentKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getSpecimenId() <em>Specimen Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpecimenId()
	 * @generated
	 * @ordered
	 */
	protected static final String SPECIMEN_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSpecimenId() <em>Specimen Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpecimenId()
	 * @generated
	 * @ordered
	 */
	protected String specimenId = SPECIMEN_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getImages() <em>Images</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImages()
	 * @generated
	 * @ordered
	 */
	protected EList<PageImage> images;

	/**
	 * The cached value of the '{@link #getDeviations() <em>Deviations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviations()
	 * @generated
	 * @ordered
	 */
	protected EList<Callout> deviations;

	/**
	 * The default value of the '{@link #getPlaceKind() <em>Place Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlaceKind()
	 * @generated
	 * @ordered
	 */
	protected static final DetectionPlace PLACE_KIND_EDEFAULT = DetectionPlace.LAND_BORDER;

	/**
	 * The cached value of the '{@link #getPlaceKind() <em>Place Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlaceKind()
	 * @generated
	 * @ordered
	 */
	protected DetectionPlace placeKind = PLACE_KIND_EDEFAULT;

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
	 * The default value of the '{@link #getDetectedOn() <em>Detected On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetectedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DETECTED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDetectedOn() <em>Detected On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetectedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate detectedOn = DETECTED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FalseDocumentAlertImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpecimensPackage.Literals.FALSE_DOCUMENT_ALERT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FalseDocumentKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(FalseDocumentKind newKind) {
		FalseDocumentKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.FALSE_DOCUMENT_ALERT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSpecimenId() {
		return specimenId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpecimenId(String newSpecimenId) {
		String oldSpecimenId = specimenId;
		specimenId = newSpecimenId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.FALSE_DOCUMENT_ALERT__SPECIMEN_ID, oldSpecimenId, specimenId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PageImage> getImages() {
		if (images == null) {
			images = new EObjectContainmentEList<PageImage>(PageImage.class, this, SpecimensPackage.FALSE_DOCUMENT_ALERT__IMAGES);
		}
		return images;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Callout> getDeviations() {
		if (deviations == null) {
			deviations = new EObjectContainmentEList<Callout>(Callout.class, this, SpecimensPackage.FALSE_DOCUMENT_ALERT__DEVIATIONS);
		}
		return deviations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DetectionPlace getPlaceKind() {
		return placeKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlaceKind(DetectionPlace newPlaceKind) {
		DetectionPlace oldPlaceKind = placeKind;
		placeKind = newPlaceKind == null ? PLACE_KIND_EDEFAULT : newPlaceKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.FALSE_DOCUMENT_ALERT__PLACE_KIND, oldPlaceKind, placeKind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.FALSE_DOCUMENT_ALERT__PLACE, oldPlace, place));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDetectedOn() {
		return detectedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDetectedOn(LocalDate newDetectedOn) {
		LocalDate oldDetectedOn = detectedOn;
		detectedOn = newDetectedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.FALSE_DOCUMENT_ALERT__DETECTED_ON, oldDetectedOn, detectedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.FALSE_DOCUMENT_ALERT__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__IMAGES:
				return ((InternalEList<?>)getImages()).basicRemove(otherEnd, msgs);
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__DEVIATIONS:
				return ((InternalEList<?>)getDeviations()).basicRemove(otherEnd, msgs);
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
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__KIND:
				return getKind();
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__SPECIMEN_ID:
				return getSpecimenId();
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__IMAGES:
				return getImages();
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__DEVIATIONS:
				return getDeviations();
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__PLACE_KIND:
				return getPlaceKind();
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__PLACE:
				return getPlace();
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__DETECTED_ON:
				return getDetectedOn();
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__NOTE:
				return getNote();
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
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__KIND:
				setKind((FalseDocumentKind)newValue);
				return;
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__SPECIMEN_ID:
				setSpecimenId((String)newValue);
				return;
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__IMAGES:
				getImages().clear();
				getImages().addAll((Collection<? extends PageImage>)newValue);
				return;
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__DEVIATIONS:
				getDeviations().clear();
				getDeviations().addAll((Collection<? extends Callout>)newValue);
				return;
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__PLACE_KIND:
				setPlaceKind((DetectionPlace)newValue);
				return;
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__PLACE:
				setPlace((String)newValue);
				return;
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__DETECTED_ON:
				setDetectedOn((LocalDate)newValue);
				return;
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__NOTE:
				setNote((String)newValue);
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
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__SPECIMEN_ID:
				setSpecimenId(SPECIMEN_ID_EDEFAULT);
				return;
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__IMAGES:
				getImages().clear();
				return;
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__DEVIATIONS:
				getDeviations().clear();
				return;
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__PLACE_KIND:
				setPlaceKind(PLACE_KIND_EDEFAULT);
				return;
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__PLACE:
				setPlace(PLACE_EDEFAULT);
				return;
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__DETECTED_ON:
				setDetectedOn(DETECTED_ON_EDEFAULT);
				return;
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__NOTE:
				setNote(NOTE_EDEFAULT);
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
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__KIND:
				return kind != KIND_EDEFAULT;
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__SPECIMEN_ID:
				return SPECIMEN_ID_EDEFAULT == null ? specimenId != null : !SPECIMEN_ID_EDEFAULT.equals(specimenId);
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__IMAGES:
				return images != null && !images.isEmpty();
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__DEVIATIONS:
				return deviations != null && !deviations.isEmpty();
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__PLACE_KIND:
				return placeKind != PLACE_KIND_EDEFAULT;
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__PLACE:
				return PLACE_EDEFAULT == null ? place != null : !PLACE_EDEFAULT.equals(place);
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__DETECTED_ON:
				return DETECTED_ON_EDEFAULT == null ? detectedOn != null : !DETECTED_ON_EDEFAULT.equals(detectedOn);
			case SpecimensPackage.FALSE_DOCUMENT_ALERT__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", specimenId: ");
		result.append(specimenId);
		result.append(", placeKind: ");
		result.append(placeKind);
		result.append(", place: ");
		result.append(place);
		result.append(", detectedOn: ");
		result.append(detectedOn);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //FalseDocumentAlertImpl
