/**
 */
package org.crm.enlace.specimens.model.impl;

import java.util.Collection;

import org.crm.enlace.specimens.model.Callout;
import org.crm.enlace.specimens.model.PageImage;
import org.crm.enlace.specimens.model.SpecimenPage;
import org.crm.enlace.specimens.model.SpecimensPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Specimen Page</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.specimens.model.impl.SpecimenPageImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.SpecimenPageImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.SpecimenPageImpl#getImages <em>Images</em>}</li>
 *   <li>{@link org.crm.enlace.specimens.model.impl.SpecimenPageImpl#getCallouts <em>Callouts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SpecimenPageImpl extends MinimalEObjectImpl.Container implements SpecimenPage {
	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected int number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

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
	 * The cached value of the '{@link #getCallouts() <em>Callouts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCallouts()
	 * @generated
	 * @ordered
	 */
	protected EList<Callout> callouts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SpecimenPageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SpecimensPackage.Literals.SPECIMEN_PAGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(int newNumber) {
		int oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.SPECIMEN_PAGE__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SpecimensPackage.SPECIMEN_PAGE__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PageImage> getImages() {
		if (images == null) {
			images = new EObjectContainmentEList<PageImage>(PageImage.class, this, SpecimensPackage.SPECIMEN_PAGE__IMAGES);
		}
		return images;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Callout> getCallouts() {
		if (callouts == null) {
			callouts = new EObjectContainmentEList<Callout>(Callout.class, this, SpecimensPackage.SPECIMEN_PAGE__CALLOUTS);
		}
		return callouts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SpecimensPackage.SPECIMEN_PAGE__IMAGES:
				return ((InternalEList<?>)getImages()).basicRemove(otherEnd, msgs);
			case SpecimensPackage.SPECIMEN_PAGE__CALLOUTS:
				return ((InternalEList<?>)getCallouts()).basicRemove(otherEnd, msgs);
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
			case SpecimensPackage.SPECIMEN_PAGE__NUMBER:
				return getNumber();
			case SpecimensPackage.SPECIMEN_PAGE__LABEL:
				return getLabel();
			case SpecimensPackage.SPECIMEN_PAGE__IMAGES:
				return getImages();
			case SpecimensPackage.SPECIMEN_PAGE__CALLOUTS:
				return getCallouts();
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
			case SpecimensPackage.SPECIMEN_PAGE__NUMBER:
				setNumber((Integer)newValue);
				return;
			case SpecimensPackage.SPECIMEN_PAGE__LABEL:
				setLabel((String)newValue);
				return;
			case SpecimensPackage.SPECIMEN_PAGE__IMAGES:
				getImages().clear();
				getImages().addAll((Collection<? extends PageImage>)newValue);
				return;
			case SpecimensPackage.SPECIMEN_PAGE__CALLOUTS:
				getCallouts().clear();
				getCallouts().addAll((Collection<? extends Callout>)newValue);
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
			case SpecimensPackage.SPECIMEN_PAGE__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case SpecimensPackage.SPECIMEN_PAGE__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case SpecimensPackage.SPECIMEN_PAGE__IMAGES:
				getImages().clear();
				return;
			case SpecimensPackage.SPECIMEN_PAGE__CALLOUTS:
				getCallouts().clear();
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
			case SpecimensPackage.SPECIMEN_PAGE__NUMBER:
				return number != NUMBER_EDEFAULT;
			case SpecimensPackage.SPECIMEN_PAGE__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case SpecimensPackage.SPECIMEN_PAGE__IMAGES:
				return images != null && !images.isEmpty();
			case SpecimensPackage.SPECIMEN_PAGE__CALLOUTS:
				return callouts != null && !callouts.isEmpty();
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
		result.append(" (number: ");
		result.append(number);
		result.append(", label: ");
		result.append(label);
		result.append(')');
		return result.toString();
	}

} //SpecimenPageImpl
