package se.samordna.documents.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.bidi.support.ICUBreakers;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;

import se.samordna.documents.DocumentLanguage;

/**
 * Renders a Thymeleaf template to a PDF that is both PDF/UA-1 (tagged, with title,
 * language and reading order) and PDF/A-2u (for archiving). The fonts ship in the jar, so
 * a server without fonts prints å, ä, ö and Arabic script alike; ICU shapes and orders
 * right-to-left text.
 */
@Component
public class PdfRenderer {

	static final String FONT_FAMILY = "DejaVu Sans";

	static {
		// into the application's logging (levels in application.properties), not straight
		// to the console
		XRLog.setLoggerImpl(new Slf4jLogger());
	}

	private final ITemplateEngine templates;

	private final byte[] regular;

	private final byte[] bold;

	private final byte[] colourProfile;

	PdfRenderer(ITemplateEngine templates) {
		this.templates = templates;
		this.regular = read("documents/fonts/DejaVuSans.ttf");
		this.bold = read("documents/fonts/DejaVuSans-Bold.ttf");
		// PDF/A needs an output intent; the JDK's own sRGB profile is one
		this.colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
	}

	/**
	 * @param template a template under {@code templates/documents/}; its {@code <title>}
	 * is the PDF's title, its {@code lang} the PDF's language
	 */
	public byte[] render(String template, DocumentLanguage language, Map<String, Object> variables) {
		String html = templates.process(template, new Context(language.locale(), variables));
		org.w3c.dom.Document document = W3CDom.convert(Jsoup.parse(html));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfUaAccessibility(true);
		builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
		builder.useColorProfile(colourProfile);
		builder.withProducer("Samordna");
		builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
		builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
		builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
		builder.useUnicodeLineBreaker(new ICUBreakers.ICULineBreaker(language.locale()));
		builder.defaultTextDirection(TextDirection.LTR);
		// nothing is fetched while rendering: every resource is in the template or the
		// jar
		builder.useExternalResourceAccessControl((uri, type) -> false,
				com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.withW3cDocument(document, "/");
		builder.toStream(pdf);
		try {
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not render " + template, e);
		}
		return pdf.toByteArray();
	}

	private static byte[] read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("missing " + path, e);
		}
	}

}
