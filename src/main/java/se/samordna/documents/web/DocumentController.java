package se.samordna.documents.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.samordna.documents.DocumentLanguage;
import se.samordna.documents.Documents;
import se.samordna.platform.NotFoundException;

/**
 * Downloads: the plan and the kallelse as PDF, the export for a unit's record system, and
 * the blank forms. Staff reach them from the case and meeting pages, the person from
 * their own plan page. A refused print is the same 404 as a missing SIP.
 */
@Controller
class DocumentController {

	private final Documents documents;

	DocumentController(Documents documents) {
		this.documents = documents;
	}

	@GetMapping("/sip/{id}/plan/{version}.pdf")
	ResponseEntity<byte[]> plan(@PathVariable UUID id, @PathVariable int version,
			@RequestParam(name = "sprak", defaultValue = "sv") String language) {
		return send(documents.plan(id, version, language(language)));
	}

	@GetMapping("/sip/{id}/plan/{version}/export.zip")
	ResponseEntity<byte[]> export(@PathVariable UUID id, @PathVariable int version) {
		return send(documents.export(id, version));
	}

	@GetMapping("/sip/{id}/moten/{meetingId}/kallelse.pdf")
	ResponseEntity<byte[]> invitation(@PathVariable UUID id, @PathVariable UUID meetingId,
			@RequestParam(name = "till", required = false) @Nullable UUID invitationId,
			@RequestParam(name = "sprak", defaultValue = "sv") String language) {
		return send(documents.invitation(id, meetingId, invitationId, language(language)));
	}

	@GetMapping("/mina-sidor/sip/{id}/plan/{version}.pdf")
	ResponseEntity<byte[]> planForCitizen(@PathVariable UUID id, @PathVariable int version,
			@RequestParam(name = "sprak", defaultValue = "sv") String language) {
		return send(documents.planForCitizen(id, version, language(language)));
	}

	@GetMapping("/blanketter")
	String forms(Model model) {
		model.addAttribute("languages", DocumentLanguage.values());
		return "documents/forms";
	}

	@GetMapping("/blanketter/kallelse.pdf")
	ResponseEntity<byte[]> blankInvitation(@RequestParam(name = "sprak", defaultValue = "sv") String language) {
		return send(documents.blankInvitation(language(language)));
	}

	@GetMapping("/blanketter/planeringsunderlag.pdf")
	ResponseEntity<byte[]> blankPlan(@RequestParam(name = "sprak", defaultValue = "sv") String language) {
		return send(documents.blankPlan(language(language)));
	}

	private static DocumentLanguage language(String parameter) {
		return DocumentLanguage.fromParameter(parameter)
			.orElseThrow(() -> new NotFoundException("no document language " + parameter));
	}

	/**
	 * Opened in the browser's PDF viewer, ready to print; never kept in a shared cache.
	 */
	private static ResponseEntity<byte[]> send(Documents.File file) {
		ContentDisposition disposition = file.contentType().equals("application/pdf")
				? ContentDisposition.inline().filename(file.name()).build()
				: ContentDisposition.attachment().filename(file.name()).build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.cacheControl(CacheControl.noStore())
			.body(file.bytes());
	}

}
