/**
 */
package org.crm.enlace.campaigns.model.impl;

import org.crm.enlace.campaigns.model.AgeGroup;
import org.crm.enlace.campaigns.model.CampaignsPackage;
import org.crm.enlace.campaigns.model.Exploitation;
import org.crm.enlace.campaigns.model.Population;
import org.crm.enlace.campaigns.model.StatisticsCell;

import org.crm.enlace.model.Sex;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Statistics Cell</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.StatisticsCellImpl#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.StatisticsCellImpl#getSex <em>Sex</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.StatisticsCellImpl#getAgeGroup <em>Age Group</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.StatisticsCellImpl#getExploitation <em>Exploitation</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.StatisticsCellImpl#getNationality <em>Nationality</em>}</li>
 *   <li>{@link org.crm.enlace.campaigns.model.impl.StatisticsCellImpl#getCount <em>Count</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StatisticsCellImpl extends MinimalEObjectImpl.Container implements StatisticsCell {
	/**
	 * The default value of the '{@link #getPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected static final Population POPULATION_EDEFAULT = Population.TRAFFICKING_VICTIM;

	/**
	 * The cached value of the '{@link #getPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected Population population = POPULATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSex() <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSex()
	 * @generated
	 * @ordered
	 */
	protected static final Sex SEX_EDEFAULT = Sex.F;

	/**
	 * The cached value of the '{@link #getSex() <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSex()
	 * @generated
	 * @ordered
	 */
	protected Sex sex = SEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getAgeGroup() <em>Age Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgeGroup()
	 * @generated
	 * @ordered
	 */
	protected static final AgeGroup AGE_GROUP_EDEFAULT = AgeGroup.AGE_UNDER_12;

	/**
	 * The cached value of the '{@link #getAgeGroup() <em>Age Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgeGroup()
	 * @generated
	 * @ordered
	 */
	protected AgeGroup ageGroup = AGE_GROUP_EDEFAULT;

	/**
	 * The default value of the '{@link #getExploitation() <em>Exploitation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExploitation()
	 * @generated
	 * @ordered
	 */
	protected static final Exploitation EXPLOITATION_EDEFAULT = Exploitation.SEXUAL;

	/**
	 * The cached value of the '{@link #getExploitation() <em>Exploitation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExploitation()
	 * @generated
	 * @ordered
	 */
	protected Exploitation exploitation = EXPLOITATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getNationality() <em>Nationality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNationality()
	 * @generated
	 * @ordered
	 */
	protected static final String NATIONALITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNationality() <em>Nationality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNationality()
	 * @generated
	 * @ordered
	 */
	protected String nationality = NATIONALITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected static final int COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected int count = COUNT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StatisticsCellImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CampaignsPackage.Literals.STATISTICS_CELL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Population getPopulation() {
		return population;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPopulation(Population newPopulation) {
		Population oldPopulation = population;
		population = newPopulation == null ? POPULATION_EDEFAULT : newPopulation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignsPackage.STATISTICS_CELL__POPULATION, oldPopulation, population));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sex getSex() {
		return sex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSex(Sex newSex) {
		Sex oldSex = sex;
		sex = newSex == null ? SEX_EDEFAULT : newSex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignsPackage.STATISTICS_CELL__SEX, oldSex, sex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AgeGroup getAgeGroup() {
		return ageGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgeGroup(AgeGroup newAgeGroup) {
		AgeGroup oldAgeGroup = ageGroup;
		ageGroup = newAgeGroup == null ? AGE_GROUP_EDEFAULT : newAgeGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignsPackage.STATISTICS_CELL__AGE_GROUP, oldAgeGroup, ageGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Exploitation getExploitation() {
		return exploitation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExploitation(Exploitation newExploitation) {
		Exploitation oldExploitation = exploitation;
		exploitation = newExploitation == null ? EXPLOITATION_EDEFAULT : newExploitation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignsPackage.STATISTICS_CELL__EXPLOITATION, oldExploitation, exploitation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNationality() {
		return nationality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNationality(String newNationality) {
		String oldNationality = nationality;
		nationality = newNationality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignsPackage.STATISTICS_CELL__NATIONALITY, oldNationality, nationality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCount() {
		return count;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCount(int newCount) {
		int oldCount = count;
		count = newCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CampaignsPackage.STATISTICS_CELL__COUNT, oldCount, count));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CampaignsPackage.STATISTICS_CELL__POPULATION:
				return getPopulation();
			case CampaignsPackage.STATISTICS_CELL__SEX:
				return getSex();
			case CampaignsPackage.STATISTICS_CELL__AGE_GROUP:
				return getAgeGroup();
			case CampaignsPackage.STATISTICS_CELL__EXPLOITATION:
				return getExploitation();
			case CampaignsPackage.STATISTICS_CELL__NATIONALITY:
				return getNationality();
			case CampaignsPackage.STATISTICS_CELL__COUNT:
				return getCount();
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
			case CampaignsPackage.STATISTICS_CELL__POPULATION:
				setPopulation((Population)newValue);
				return;
			case CampaignsPackage.STATISTICS_CELL__SEX:
				setSex((Sex)newValue);
				return;
			case CampaignsPackage.STATISTICS_CELL__AGE_GROUP:
				setAgeGroup((AgeGroup)newValue);
				return;
			case CampaignsPackage.STATISTICS_CELL__EXPLOITATION:
				setExploitation((Exploitation)newValue);
				return;
			case CampaignsPackage.STATISTICS_CELL__NATIONALITY:
				setNationality((String)newValue);
				return;
			case CampaignsPackage.STATISTICS_CELL__COUNT:
				setCount((Integer)newValue);
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
			case CampaignsPackage.STATISTICS_CELL__POPULATION:
				setPopulation(POPULATION_EDEFAULT);
				return;
			case CampaignsPackage.STATISTICS_CELL__SEX:
				setSex(SEX_EDEFAULT);
				return;
			case CampaignsPackage.STATISTICS_CELL__AGE_GROUP:
				setAgeGroup(AGE_GROUP_EDEFAULT);
				return;
			case CampaignsPackage.STATISTICS_CELL__EXPLOITATION:
				setExploitation(EXPLOITATION_EDEFAULT);
				return;
			case CampaignsPackage.STATISTICS_CELL__NATIONALITY:
				setNationality(NATIONALITY_EDEFAULT);
				return;
			case CampaignsPackage.STATISTICS_CELL__COUNT:
				setCount(COUNT_EDEFAULT);
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
			case CampaignsPackage.STATISTICS_CELL__POPULATION:
				return population != POPULATION_EDEFAULT;
			case CampaignsPackage.STATISTICS_CELL__SEX:
				return sex != SEX_EDEFAULT;
			case CampaignsPackage.STATISTICS_CELL__AGE_GROUP:
				return ageGroup != AGE_GROUP_EDEFAULT;
			case CampaignsPackage.STATISTICS_CELL__EXPLOITATION:
				return exploitation != EXPLOITATION_EDEFAULT;
			case CampaignsPackage.STATISTICS_CELL__NATIONALITY:
				return NATIONALITY_EDEFAULT == null ? nationality != null : !NATIONALITY_EDEFAULT.equals(nationality);
			case CampaignsPackage.STATISTICS_CELL__COUNT:
				return count != COUNT_EDEFAULT;
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
		result.append(" (population: ");
		result.append(population);
		result.append(", sex: ");
		result.append(sex);
		result.append(", ageGroup: ");
		result.append(ageGroup);
		result.append(", exploitation: ");
		result.append(exploitation);
		result.append(", nationality: ");
		result.append(nationality);
		result.append(", count: ");
		result.append(count);
		result.append(')');
		return result.toString();
	}

} //StatisticsCellImpl
