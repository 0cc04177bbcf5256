/**
 */
package org.crm.enlace.campaigns.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.crm.enlace.campaigns.model.CampaignsPackage;
import org.crm.enlace.campaigns.model.Channel;
import org.crm.enlace.campaigns.model.DisseminationEvent;
import org.crm.enlace.campaigns.model.NationalAdaptation;
import org.crm.enlace.campaigns.model.Sponsorship;

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
 * An implementation of the model object '<em><b>National Adaptation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.NationalAdaptationImpl#getProjectId <em>Project Id</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.NationalAdaptationImpl#getCountry <em>Country</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.NationalAdaptationImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.NationalAdaptationImpl#getLanguages <em>Languages</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.NationalAdaptationImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.NationalAdaptationImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.NationalAdaptationImpl#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.NationalAdaptationImpl#getEvents <em>Events</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.NationalAdaptationImpl#getSponsorships <em>Sponsorships</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.NationalAdaptationImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NationalAdaptationImpl extends RecordImpl implements NationalAdaptation {
	/**
	 * The default value of the '{@link #getProjectId() <em>Project Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProjectId()
	 * @generated
	 * @ordered
	 */
	protected static final String PROJECT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProjectId() <em>Project Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProjectId()
	 * @generated
	 * @ordered
	 */
	protected String projectId = PROJECT_ID_EDEFAULT;

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
	 * The cached value of the '{@link #getLanguages() <em>Languages</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguages()
	 * @generated
	 * @ordered
	 */
	protected EList<String> languages;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<Channel> channels;

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
	 * The cached value of the '{@link #getEvents() <em>Events</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvents()
	 * @generated
	 * @ordered
	 */
	protected EList<DisseminationEvent> events;

	/**
	 * The cached value of the '{@link #getSponsorships() <em>Sponsorships</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSponsorships()
	 * @generated
	 * @ordered
	 */
	protected EList<Sponsorship> sponsorships;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NationalAdaptationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CampaignsPackage.Literals.NATIONAL_ADAPTATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProjectId() {
		return projectId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProjectId(String newProjectId) {
		String oldProjectId = projectId;
		projectId = newProjectId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignsPackage.NATIONAL_ADAPTATION__PROJECT_ID, oldProjectId, projectId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignsPackage.NATIONAL_ADAPTATION__COUNTRY, oldCountry, country));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignsPackage.NATIONAL_ADAPTATION__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLanguages() {
		if (languages == null) {
			languages = new EDataTypeUniqueEList<String>(String.class, this, CampaignsPackage.NATIONAL_ADAPTATION__LANGUAGES);
		}
		return languages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Channel> getChannels() {
		if (channels == null) {
			channels = new EDataTypeUniqueEList<Channel>(Channel.class, this, CampaignsPackage.NATIONAL_ADAPTATION__CHANNELS);
		}
		return channels;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignsPackage.NATIONAL_ADAPTATION__START_DATE, oldStartDate, startDate));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignsPackage.NATIONAL_ADAPTATION__END_DATE, oldEndDate, endDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DisseminationEvent> getEvents() {
		if (events == null) {
			events = new EObjectContainmentEList<DisseminationEvent>(DisseminationEvent.class, this, CampaignsPackage.NATIONAL_ADAPTATION__EVENTS);
		}
		return events;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Sponsorship> getSponsorships() {
		if (sponsorships == null) {
			sponsorships = new EObjectContainmentEList<Sponsorship>(Sponsorship.class, this, CampaignsPackage.NATIONAL_ADAPTATION__SPONSORSHIPS);
		}
		return sponsorships;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignsPackage.NATIONAL_ADAPTATION__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CampaignsPackage.NATIONAL_ADAPTATION__EVENTS:
				return ((InternalEList<?>)getEvents()).basicRemove(otherEnd, msgs);
			case CampaignsPackage.NATIONAL_ADAPTATION__SPONSORSHIPS:
				return ((InternalEList<?>)getSponsorships()).basicRemove(otherEnd, msgs);
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
			case CampaignsPackage.NATIONAL_ADAPTATION__PROJECT_ID:
				return getProjectId();
			case CampaignsPackage.NATIONAL_ADAPTATION__COUNTRY:
				return getCountry();
			case CampaignsPackage.NATIONAL_ADAPTATION__TITLE:
				return getTitle();
			case CampaignsPackage.NATIONAL_ADAPTATION__LANGUAGES:
				return getLanguages();
			case CampaignsPackage.NATIONAL_ADAPTATION__CHANNELS:
				return getChannels();
			case CampaignsPackage.NATIONAL_ADAPTATION__START_DATE:
				return getStartDate();
			case CampaignsPackage.NATIONAL_ADAPTATION__END_DATE:
				return getEndDate();
			case CampaignsPackage.NATIONAL_ADAPTATION__EVENTS:
				return getEvents();
			case CampaignsPackage.NATIONAL_ADAPTATION__SPONSORSHIPS:
				return getSponsorships();
			case CampaignsPackage.NATIONAL_ADAPTATION__NOTES:
				return getNotes();
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
			case CampaignsPackage.NATIONAL_ADAPTATION__PROJECT_ID:
				setProjectId((String)newValue);
				return;
			case CampaignsPackage.NATIONAL_ADAPTATION__COUNTRY:
				setCountry((String)newValue);
				return;
			case CampaignsPackage.NATIONAL_ADAPTATION__TITLE:
				setTitle((String)newValue);
				return;
			case CampaignsPackage.NATIONAL_ADAPTATION__LANGUAGES:
				getLanguages().clear();
				getLanguages().addAll((Collection<? extends String>)newValue);
				return;
			case CampaignsPackage.NATIONAL_ADAPTATION__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends Channel>)newValue);
				return;
			case CampaignsPackage.NATIONAL_ADAPTATION__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case CampaignsPackage.NATIONAL_ADAPTATION__END_DATE:
				setEndDate((LocalDate)newValue);
				return;
			case CampaignsPackage.NATIONAL_ADAPTATION__EVENTS:
				getEvents().clear();
				getEvents().addAll((Collection<? extends DisseminationEvent>)newValue);
				return;
			case CampaignsPackage.NATIONAL_ADAPTATION__SPONSORSHIPS:
				getSponsorships().clear();
				getSponsorships().addAll((Collection<? extends Sponsorship>)newValue);
				return;
			case CampaignsPackage.NATIONAL_ADAPTATION__NOTES:
				setNotes((String)newValue);
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
			case CampaignsPackage.NATIONAL_ADAPTATION__PROJECT_ID:
				setProjectId(PROJECT_ID_EDEFAULT);
				return;
			case CampaignsPackage.NATIONAL_ADAPTATION__COUNTRY:
				setCountry(COUNTRY_EDEFAULT);
				return;
			case CampaignsPackage.NATIONAL_ADAPTATION__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CampaignsPackage.NATIONAL_ADAPTATION__LANGUAGES:
				getLanguages().clear();
				return;
			case CampaignsPackage.NATIONAL_ADAPTATION__CHANNELS:
				getChannels().clear();
				return;
			case CampaignsPackage.NATIONAL_ADAPTATION__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case CampaignsPackage.NATIONAL_ADAPTATION__END_DATE:
				setEndDate(END_DATE_EDEFAULT);
				return;
			case CampaignsPackage.NATIONAL_ADAPTATION__EVENTS:
				getEvents().clear();
				return;
			case CampaignsPackage.NATIONAL_ADAPTATION__SPONSORSHIPS:
				getSponsorships().clear();
				return;
			case CampaignsPackage.NATIONAL_ADAPTATION__NOTES:
				setNotes(NOTES_EDEFAULT);
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
			case CampaignsPackage.NATIONAL_ADAPTATION__PROJECT_ID:
				return PROJECT_ID_EDEFAULT == null ? projectId != null : !PROJECT_ID_EDEFAULT.equals(projectId);
			case CampaignsPackage.NATIONAL_ADAPTATION__COUNTRY:
				return COUNTRY_EDEFAULT == null ? country != null : !COUNTRY_EDEFAULT.equals(country);
			case CampaignsPackage.NATIONAL_ADAPTATION__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CampaignsPackage.NATIONAL_ADAPTATION__LANGUAGES:
				return languages != null && !languages.isEmpty();
			case CampaignsPackage.NATIONAL_ADAPTATION__CHANNELS:
				return channels != null && !channels.isEmpty();
			case CampaignsPackage.NATIONAL_ADAPTATION__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case CampaignsPackage.NATIONAL_ADAPTATION__END_DATE:
				return END_DATE_EDEFAULT == null ? endDate != null : !END_DATE_EDEFAULT.equals(endDate);
			case CampaignsPackage.NATIONAL_ADAPTATION__EVENTS:
				return events != null && !events.isEmpty();
			case CampaignsPackage.NATIONAL_ADAPTATION__SPONSORSHIPS:
				return sponsorships != null && !sponsorships.isEmpty();
			case CampaignsPackage.NATIONAL_ADAPTATION__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
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
		result.append(" (projectId: ");
		result.append(projectId);
		result.append(", country: ");
		result.append(country);
		result.append(", title: ");
		result.append(title);
		result.append(", languages: ");
		result.append(languages);
		result.append(", channels: ");
		result.append(channels);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", endDate: ");
		result.append(endDate);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //NationalAdaptationImpl
