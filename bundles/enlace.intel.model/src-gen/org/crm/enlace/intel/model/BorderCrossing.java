/**
 */
package org.crm.enlace.intel.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Border Crossing</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A border crossing point a user adds to the places the gazetteer ships.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.intel.model.BorderCrossing#getName <em>Name</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.BorderCrossing#getCountry <em>Country</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.BorderCrossing#getLatitude <em>Latitude</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.BorderCrossing#getLongitude <em>Longitude</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.BorderCrossing#getOtherCountry <em>Other Country</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.BorderCrossing#getKind <em>Kind</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.BorderCrossing#getStatus <em>Status</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.BorderCrossing#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.intel.model.IntelPackage#getBorderCrossing()
 * @model
 * @generated
 */
public interface BorderCrossing extends org.crm.enlace.model.Record {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.crm.enlace.intel.model.IntelPackage#getBorderCrossing_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.crm.enlace.intel.model.BorderCrossing#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-3 code of the country on whose side the point lies (for a port or an airport, the country it is in).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see org.crm.enlace.intel.model.IntelPackage#getBorderCrossing_Country()
	 * @model annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link org.crm.enlace.intel.model.BorderCrossing#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Latitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Latitude</em>' attribute.
	 * @see #setLatitude(double)
	 * @see org.crm.enlace.intel.model.IntelPackage#getBorderCrossing_Latitude()
	 * @model
	 * @generated
	 */
	double getLatitude();

	/**
	 * Sets the value of the '{@link org.crm.enlace.intel.model.BorderCrossing#getLatitude <em>Latitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Latitude</em>' attribute.
	 * @see #getLatitude()
	 * @generated
	 */
	void setLatitude(double value);

	/**
	 * Returns the value of the '<em><b>Longitude</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Longitude</em>' attribute.
	 * @see #setLongitude(double)
	 * @see org.crm.enlace.intel.model.IntelPackage#getBorderCrossing_Longitude()
	 * @model
	 * @generated
	 */
	double getLongitude();

	/**
	 * Sets the value of the '{@link org.crm.enlace.intel.model.BorderCrossing#getLongitude <em>Longitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Longitude</em>' attribute.
	 * @see #getLongitude()
	 * @generated
	 */
	void setLongitude(double value);

	/**
	 * Returns the value of the '<em><b>Other Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-3 code of the other country the point joins: the neighbour across the border, or where the ferries or flights go.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Other Country</em>' attribute.
	 * @see #setOtherCountry(String)
	 * @see org.crm.enlace.intel.model.IntelPackage#getBorderCrossing_OtherCountry()
	 * @model annotation="http://crm-enlace.org/store/index"
	 * @generated
	 */
	String getOtherCountry();

	/**
	 * Sets the value of the '{@link org.crm.enlace.intel.model.BorderCrossing#getOtherCountry <em>Other Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Other Country</em>' attribute.
	 * @see #getOtherCountry()
	 * @generated
	 */
	void setOtherCountry(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.intel.model.CrossingKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.crm.enlace.intel.model.CrossingKind
	 * @see #setKind(CrossingKind)
	 * @see org.crm.enlace.intel.model.IntelPackage#getBorderCrossing_Kind()
	 * @model
	 * @generated
	 */
	CrossingKind getKind();

	/**
	 * Sets the value of the '{@link org.crm.enlace.intel.model.BorderCrossing#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.crm.enlace.intel.model.CrossingKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CrossingKind value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.intel.model.CrossingStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An official port of entry, or a point where people cross irregularly (a blind crossing, a trail, a river ford).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.crm.enlace.intel.model.CrossingStatus
	 * @see #setStatus(CrossingStatus)
	 * @see org.crm.enlace.intel.model.IntelPackage#getBorderCrossing_Status()
	 * @model
	 * @generated
	 */
	CrossingStatus getStatus();

	/**
	 * Sets the value of the '{@link org.crm.enlace.intel.model.BorderCrossing#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.crm.enlace.intel.model.CrossingStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(CrossingStatus value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.crm.enlace.intel.model.IntelPackage#getBorderCrossing_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.crm.enlace.intel.model.BorderCrossing#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // BorderCrossing
