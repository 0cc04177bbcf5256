package org.crm.enlace.specimens.internal.demo;

import java.awt.image.BufferedImage;
import java.util.List;

import org.crm.enlace.specimens.model.Light;

/** One page drawn under one light, with the features drawn on it. */
public record Drawn(Light light, BufferedImage image, List<Feature> features) {
}
