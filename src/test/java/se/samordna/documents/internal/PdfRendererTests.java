package se.samordna.documents.internal;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import se.samordna.IntegrationTest;
import se.samordna.documents.DocumentLanguage;
import se.samordna.documents.PdfFacts;
import se.samordna.documents.PlanSheet;
import se.samordna.sip.Participant;
import se.samordna.sip.PlanContent;
import se.samordna.sip.PlanVersionKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The renderer with words the demo data does not have: a goal written in Arabic and a
 * name in Persian must come out in the embedded font, and the file must still be PDF/A
 * and PDF/UA.
 */
@IntegrationTest
class PdfRendererTests {

	static final String ARABIC_GOAL = "أريد أن أعود إلى المدرسة";

	static final String PERSIAN_NAME = "مریم احمدی";

	@Autowired
	PdfRenderer renderer;

	@Test
	void arabicScriptIsPrintedInTheEmbeddedFontAndTheFileStillConforms() {
		UUID unit = UUID.randomUUID();
		PlanSheet sheet = new PlanSheet(UUID.randomUUID(), 3, PlanVersionKind.REVISION, LocalDate.of(2026, 11, 2),
				"Anna Berglund, Socialtjänst barn och unga",
				new PlanSheet.Person("Yousef Haddad", "20100120-2397", null, false),
				List.of(new PlanSheet.ParticipantLine(PERSIAN_NAME, null, Participant.Kind.RELATIVE, "Tolk")),
				List.of("Stöd i skolan"),
				List.of(new PlanSheet.GoalLine(ARABIC_GOAL, PlanContent.Goal.Term.LONG, List.of("Två dagar i veckan"),
						"Elevhälsan")),
				List.of(new PlanSheet.ActionLine(UUID.randomUUID(), "Samtal med kurator", unit, "Elevhälsan",
						"Uppsala kommun", PlanSheet.Principal.KOMMUN, LocalDate.of(2026, 11, 9), null,
						PlanContent.Action.Timing.INDEPENDENT, null, null)),
				List.of(), List.of(), new PlanSheet.CoordinatorLine("Anna Berglund", "socialsekreterare",
						"Socialtjänst barn och unga", "Uppsala kommun", "08-465 004 08", null),
				LocalDate.of(2027, 2, 1), List.of());

		byte[] pdf = renderer.render("documents/plan", DocumentLanguage.SV,
				Map.of("sheet", sheet, "blank", false, "language", DocumentLanguage.SV));

		String text = PdfFacts.text(pdf);
		assertThat(
				text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC).count())
			.as("Arabic letters in the text layer")
			.isGreaterThan(15);
		assertThat(text).contains("Två dagar i veckan", "Samtal med kurator");
		assertThat(PdfFacts.declarations(pdf).allFontsEmbedded()).isTrue();
		// a glyph missing from the font would break PDF/A (.notdef) as well as the
		// reading
		assertThat(PdfFacts.violations(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
		assertThat(PdfFacts.violations(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
	}

	@Test
	void theConformanceCheckDoesRefuseAPdfThatIsNeitherTaggedNorArchivable() throws Exception {
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 720);
				content.showText("Utan taggar och utan inbäddat typsnitt");
				content.endText();
			}
			document.save(plain);
		}
		assertThat(PdfFacts.violations(plain.toByteArray(), PDFAFlavour.PDFA_2_U)).isNotEmpty();
		assertThat(PdfFacts.violations(plain.toByteArray(), PDFAFlavour.PDFUA_1)).isNotEmpty();
	}

}
