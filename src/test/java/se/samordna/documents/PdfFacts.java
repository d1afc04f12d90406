package se.samordna.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * What a test needs to know about a PDF: its text, its declarations, and veraPDF's
 * verdict.
 */
public final class PdfFacts {

	static {
		VeraGreenfieldFoundryProvider.initialise();
	}

	private PdfFacts() {
	}

	public static String text(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException e) {
			throw new AssertionError("not a readable PDF", e);
		}
	}

	/** The document language, title, tagging and the XMP claims of PDF/UA and PDF/A. */
	public record Declarations(String language, String title, boolean tagged, String xmp, int pages,
			boolean allFontsEmbedded) {
	}

	public static Declarations declarations(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			var catalog = document.getDocumentCatalog();
			String xmp = new String(catalog.getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
			boolean embedded = true;
			for (PDPage page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					embedded &= font.isEmbedded();
				}
			}
			return new Declarations(
					catalog.getLanguage(), document.getDocumentInformation().getTitle(), catalog.getMarkInfo() != null
							&& catalog.getMarkInfo().isMarked() && catalog.getStructureTreeRoot() != null,
					xmp, document.getNumberOfPages(), embedded);
		}
		catch (IOException e) {
			throw new AssertionError("not a readable PDF", e);
		}
	}

	/**
	 * The rules of the flavour the PDF breaks, as veraPDF names them; empty when it
	 * conforms.
	 */
	public static List<String> violations(byte[] pdf, PDFAFlavour flavour) {
		try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
			ValidationResult result = validator.validate(parser);
			return result.getTestAssertions()
				.stream()
				.filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
				.map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": "
						+ assertion.getMessage())
				.distinct()
				.toList();
		}
		catch (Exception e) {
			throw new AssertionError("veraPDF could not read the PDF", e);
		}
	}

}
