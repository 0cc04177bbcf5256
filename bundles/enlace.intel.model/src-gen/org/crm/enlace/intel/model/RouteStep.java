/**
 */
package org.crm.enlace.intel.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Route Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One waypoint of a report's route.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.crm.enlace.intel.model.RouteStep#getPlace <em>Place</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.RouteStep#getCountry <em>Country</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.RouteStep#getLatitude <em>Latitude</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.RouteStep#getLongitude <em>Longitude</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.RouteStep#getKind <em>Kind</em>}</li>
 *   <li>{@link org.crm.enlace.intel.model.RouteStep#getTransportToNext <em>Transport To Next</em>}</li>
 * </ul>
 *
 * @see org.crm.enlace.intel.model.IntelPackage#getRouteStep()
 * @model
 * @generated
 */
public interface RouteStep extends EObject {
	/**
	 * Returns the value of the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Place</em>' attribute.
	 * @see #setPlace(String)
	 * @see org.crm.enlace.intel.model.IntelPackage#getRouteStep_Place()
	 * @model
	 * @generated
	 */
	String getPlace();

	/**
	 * Sets the value of the '{@link org.crm.enlace.intel.model.RouteStep#getPlace <em>Place</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Place</em>' attribute.
	 * @see #getPlace()
	 * @generated
	 */
	void setPlace(String value);

	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-3 code of the country the place is in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see org.crm.enlace.intel.model.IntelPackage#getRouteStep_Country()
	 * @model
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link org.crm.enlace.intel.model.RouteStep#getCountry <em>Country</em>}' attribute.
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
	 * @see org.crm.enlace.intel.model.IntelPackage#getRouteStep_Latitude()
	 * @model
	 * @generated
	 */
	double getLatitude();

	/**
	 * Sets the value of the '{@link org.crm.enlace.intel.model.RouteStep#getLatitude <em>Latitude</em>}' attribute.
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
	 * @see org.crm.enlace.intel.model.IntelPackage#getRouteStep_Longitude()
	 * @model
	 * @generated
	 */
	double getLongitude();

	/**
	 * Sets the value of the '{@link org.crm.enlace.intel.model.RouteStep#getLongitude <em>Longitude</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Longitude</em>' attribute.
	 * @see #getLongitude()
	 * @generated
	 */
	void setLongitude(double value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.crm.enlace.intel.model.StepKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.crm.enlace.intel.model.StepKind
	 * @see #setKind(StepKind)
	 * @see org.crm.enlace.intel.model.IntelPackage#getRouteStep_Kind()
	 * @model
	 * @generated
	 */
	StepKind getKind();

	/**
	 * Sets the value of the '{@link org.crm.enlace.intel.model.RouteStep#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.crm.enlace.intel.model.StepKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(StepKind value);

	/**
	 * Returns the value of the '<em><b>Transport To Next</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Code of a term of the transport vocabulary: how the route goes on to the next waypoint.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Transport To Next</em>' attribute.
	 * @see #setTransportToNext(String)
	 * @see org.crm.enlace.intel.model.IntelPackage#getRouteStep_TransportToNext()
	 * @model
	 * @generated
	 */
	String getTransportToNext();

	/**
	 * Sets the value of the '{@link org.crm.enlace.intel.model.RouteStep#getTransportToNext <em>Transport To Next</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Transport To Next</em>' attribute.
	 * @see #getTransportToNext()
	 * @generated
	 */
	void setTransportToNext(String value);

} // RouteStep
