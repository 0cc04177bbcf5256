package org.crm.enlace.specimens.internal.demo;

import java.awt.Rectangle;

/**
 * A security feature (or, on a counterfeit, a deviation) where the painter drew it: the rectangle is the drawing's
 * own geometry, so a callout made from it frames exactly what is on the image.
 *
 * @param code a term of the security-feature vocabulary
 */
public record Feature(String code, Rectangle bounds, String descriptionEs, String descriptionEn) {
}
