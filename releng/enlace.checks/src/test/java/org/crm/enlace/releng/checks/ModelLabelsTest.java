package org.crm.enlace.releng.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Every class, attribute and enumeration literal of a work area's model has a name in {@code model/labels.properties}
 * beside its {@code .ecore} (the History view and the record lists show them; the translations are checked by
 * {@link TranslationsTest}), and the shared model's are in {@code enlace.records}' messages.
 */
class ModelLabelsTest {

	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	@Test
	void everyModelElementHasASpanishName() {
		List<Path> models = SourceTree.files("bundles", p -> p.toString().endsWith(".ecore"));
		assertTrue(models.size() >= 5, "found only " + models);
		List<String> missing = new ArrayList<>();
		for (Path ecore : models) {
			Path labels = SourceTree.name(ecore).startsWith("bundles/enlace.model/")
					? SourceTree.ROOT.resolve("bundles/enlace.records/src/org/crm/enlace/records/internal/messages.properties")
					: ecore.resolveSibling("labels.properties");
			Properties names = Files.exists(labels) ? load(labels) : new Properties();
			for (String key : keys(ecore)) {
				if (!names.containsKey(key)) {
					missing.add(SourceTree.name(labels) + ": " + key);
				}
			}
		}
		assertEquals(List.of(), missing);
	}

	/* type.<prefix>.<Class>, attribute.<prefix>.<Class>.<feature>, literal.<prefix>.<Enum>.<LITERAL>, as RecordNames. */
	private static TreeSet<String> keys(Path ecore) {
		TreeSet<String> keys = new TreeSet<>();
		Element root = parse(ecore);
		String prefix = root.getAttribute("nsPrefix");
		NodeList classifiers = root.getElementsByTagName("eClassifiers");
		for (int i = 0; i < classifiers.getLength(); i++) {
			Element classifier = (Element) classifiers.item(i);
			String name = classifier.getAttribute("name");
			String type = classifier.getAttributeNS(XSI, "type");
			if (type.equals("ecore:EClass")) {
				keys.add("type." + prefix + "." + name);
				children(classifier, "eStructuralFeatures")
						.forEach(f -> keys.add("attribute." + prefix + "." + name + "." + f.getAttribute("name")));
			} else if (type.equals("ecore:EEnum")) {
				children(classifier, "eLiterals")
						.forEach(l -> keys.add("literal." + prefix + "." + name + "." + l.getAttribute("name")));
			}
		}
		return keys;
	}

	private static List<Element> children(Element parent, String tag) {
		List<Element> found = new ArrayList<>();
		NodeList nodes = parent.getElementsByTagName(tag);
		for (int i = 0; i < nodes.getLength(); i++) {
			found.add((Element) nodes.item(i));
		}
		return found;
	}

	private static Element parse(Path ecore) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(new InputSource(new StringReader(SourceTree.read(ecore))))
					.getDocumentElement();
		} catch (ParserConfigurationException | SAXException | IOException e) {
			throw new IllegalStateException(SourceTree.name(ecore), e);
		}
	}

	private static Properties load(Path file) {
		Properties properties = new Properties();
		try {
			properties.load(new StringReader(SourceTree.read(file)));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return properties;
	}
}
