/**
 */
package org.crm.enlace.campaigns.model.impl;

import java.time.LocalDate;

import org.crm.enlace.campaigns.model.CampaignsPackage;
import org.crm.enlace.campaigns.model.Channel;
import org.crm.enlace.campaigns.model.DisseminationEvent;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dissemination Event</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.DisseminationEventImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.DisseminationEventImpl#getPlace <em>Place</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.DisseminationEventImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.DisseminationEventImpl#getEstimatedReach <em>Estimated Reach</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.DisseminationEventImpl#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DisseminationEventImpl extends MinimalEObjectImpl.Container implements DisseminationEvent {
	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

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
	 * The default value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected static final Channel CHANNEL_EDEFAULT = Channel.RADIO;

	/**
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected Channel channel = CHANNEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getEstimatedReach() <em>Estimated Reach</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimatedReach()
	 * @generated
	 * @ordered
	 */
	protected static final Integer ESTIMATED_REACH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEstimatedReach() <em>Estimated Reach</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimatedReach()
	 * @generated
	 * @ordered
	 */
	protected Integer estimatedReach = ESTIMATED_REACH_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DisseminationEventImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CampaignsPackage.Literals.DISSEMINATION_EVENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignsPackage.DISSEMINATION_EVENT__DATE, oldDate, date));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignsPackage.DISSEMINATION_EVENT__PLACE, oldPlace, place));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Channel getChannel() {
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(Channel newChannel) {
		Channel oldChannel = channel;
		channel = newChannel == null ? CHANNEL_EDEFAULT : newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignsPackage.DISSEMINATION_EVENT__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getEstimatedReach() {
		return estimatedReach;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEstimatedReach(Integer newEstimatedReach) {
		Integer oldEstimatedReach = estimatedReach;
		estimatedReach = newEstimatedReach;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignsPackage.DISSEMINATION_EVENT__ESTIMATED_REACH, oldEstimatedReach, estimatedReach));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignsPackage.DISSEMINATION_EVENT__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CampaignsPackage.DISSEMINATION_EVENT__DATE:
				return getDate();
			case CampaignsPackage.DISSEMINATION_EVENT__PLACE:
				return getPlace();
			case CampaignsPackage.DISSEMINATION_EVENT__CHANNEL:
				return getChannel();
			case CampaignsPackage.DISSEMINATION_EVENT__ESTIMATED_REACH:
				return getEstimatedReach();
			case CampaignsPackage.DISSEMINATION_EVENT__DESCRIPTION:
				return getDescription();
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
			case CampaignsPackage.DISSEMINATION_EVENT__DATE:
				setDate((LocalDate)newValue);
				return;
			case CampaignsPackage.DISSEMINATION_EVENT__PLACE:
				setPlace((String)newValue);
				return;
			case CampaignsPackage.DISSEMINATION_EVENT__CHANNEL:
				setChannel((Channel)newValue);
				return;
			case CampaignsPackage.DISSEMINATION_EVENT__ESTIMATED_REACH:
				setEstimatedReach((Integer)newValue);
				return;
			case CampaignsPackage.DISSEMINATION_EVENT__DESCRIPTION:
				setDescription((String)newValue);
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
			case CampaignsPackage.DISSEMINATION_EVENT__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case CampaignsPackage.DISSEMINATION_EVENT__PLACE:
				setPlace(PLACE_EDEFAULT);
				return;
			case CampaignsPackage.DISSEMINATION_EVENT__CHANNEL:
				setChannel(CHANNEL_EDEFAULT);
				return;
			case CampaignsPackage.DISSEMINATION_EVENT__ESTIMATED_REACH:
				setEstimatedReach(ESTIMATED_REACH_EDEFAULT);
				return;
			case CampaignsPackage.DISSEMINATION_EVENT__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
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
			case CampaignsPackage.DISSEMINATION_EVENT__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case CampaignsPackage.DISSEMINATION_EVENT__PLACE:
				return PLACE_EDEFAULT == null ? place != null : !PLACE_EDEFAULT.equals(place);
			case CampaignsPackage.DISSEMINATION_EVENT__CHANNEL:
				return channel != CHANNEL_EDEFAULT;
			case CampaignsPackage.DISSEMINATION_EVENT__ESTIMATED_REACH:
				return ESTIMATED_REACH_EDEFAULT == null ? estimatedReach != null : !ESTIMATED_REACH_EDEFAULT.equals(estimatedReach);
			case CampaignsPackage.DISSEMINATION_EVENT__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
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
		result.append(" (date: ");
		result.append(date);
		result.append(", place: ");
		result.append(place);
		result.append(", channel: ");
		result.append(channel);
		result.append(", estimatedReach: ");
		result.append(estimatedReach);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //DisseminationEventImpl
