package org.crm.enlace.specimens.internal.demo;

import java.util.List;

import org.crm.enlace.specimens.model.Light;

/**
 * The pages the demo documents have, each with the lights it is drawn under and its size: 6 px per mm, and UV and IR
 * on passports' data pages only, so that drawing them keeps the first start short (see docs/benchmarks.md).
 */
public enum PageKind {
	/** A passport's data page, TD3 (125 x 88 mm), with a two-line MRZ. */
	DATA_PAGE("Página de datos", 750, 528, List.of(Light.VISIBLE, Light.UV_365, Light.IR)),
	/** A card's front, TD1 (85.6 x 54 mm): photo and data, no MRZ. */
	CARD_FRONT("Anverso", 514, 324, List.of(Light.VISIBLE)),
	/** A card's back, TD1, with a three-line MRZ. */
	CARD_BACK("Reverso", 514, 324, List.of(Light.VISIBLE)),
	/** A permit printed on a card-sized form, without an MRZ. */
	PERMIT("Anverso", 514, 324, List.of(Light.VISIBLE));

	private final String label;
	private final int width;
	private final int height;
	private final List<Light> lights;

	PageKind(String label, int width, int height, List<Light> lights) {
		this.label = label;
		this.width = width;
		this.height = height;
		this.lights = lights;
	}

	/** Record content, in the language demo records are entered in. */
	public String label() {
		return label;
	}

	public int width() {
		return width;
	}

	public int height() {
		return height;
	}

	public List<Light> lights() {
		return lights;
	}

	boolean hasMrz() {
		return this == DATA_PAGE || this == CARD_BACK;
	}

	boolean hasPhoto() {
		return this != CARD_BACK;
	}
}
