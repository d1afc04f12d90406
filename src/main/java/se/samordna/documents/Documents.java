package se.samordna.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import se.samordna.access.AccessAction;
import se.samordna.access.CurrentUser;
import se.samordna.access.CurrentUsers;
import se.samordna.documents.internal.PdfRenderer;
import se.samordna.documents.internal.Sheets;
import se.samordna.meetings.Meetings;
import se.samordna.platform.NotFoundException;
import se.samordna.sip.PlansOnPaper;

/**
 * The plan and the kallelse on paper. Each print or export is checked and logged by the
 * module that owns the record (the SIP, the meeting), with the version printed; the blank
 * forms carry no personal data. File names never name the person.
 */
@Service
public class Documents {

	private final PlansOnPaper plansOnPaper;

	private final Meetings meetings;

	private final Sheets sheets;

	private final PdfRenderer renderer;

	private final JsonMapper json;

	private final CurrentUsers users;

	private final Clock clock;

	Documents(PlansOnPaper plansOnPaper, Meetings meetings, Sheets sheets, PdfRenderer renderer, JsonMapper json,
			CurrentUsers users, Clock clock) {
		this.plansOnPaper = plansOnPaper;
		this.meetings = meetings;
		this.sheets = sheets;
		this.renderer = renderer;
		this.json = json;
		this.users = users;
		this.clock = clock;
	}

	/** A file to hand out: its name says what it is, never whom it is about. */
	public record File(String name, String contentType, byte[] bytes) {
	}

	/** A plan version printed by staff of a unit that takes part. */
	@Transactional
	public File plan(UUID sipId, int version, DocumentLanguage language) {
		PlanSheet sheet = staffSheet(sipId, version, AccessAction.PRINT);
		return pdf(planFileName(version, language), "documents/plan", language, Map.of("sheet", sheet));
	}

	/**
	 * A plan version printed from the person's own pages (no address: they print their
	 * own copy).
	 */
	@Transactional
	public File planForCitizen(UUID sipId, int version, DocumentLanguage language) {
		PlansOnPaper.CitizenPlanOnPaper paper = plansOnPaper.forCitizen(sipId, version);
		PlanSheet sheet = sheets.plan(paper.plan(), sheets.person(paper.standing()));
		return pdf(planFileName(version, language), "documents/plan", language, Map.of("sheet", sheet));
	}

	/**
	 * The export for the user's own unit's record system: the plan version as PDF and the
	 * same content as JSON ({@code plan-export.schema.json}), in one zip.
	 */
	@Transactional
	public File export(UUID sipId, int version) {
		PlanSheet sheet = staffSheet(sipId, version, AccessAction.EXPORT);
		CurrentUser user = users.current();
		byte[] pdf = render("documents/plan", DocumentLanguage.SV, Map.of("sheet", sheet));
		PlanExport export = PlanExport.of(sheet, sheets.exportedFor(user.unitId()), Instant.now(clock));
		String base = "sip-plan-version-" + version;
		ByteArrayOutputStream zip = new ByteArrayOutputStream(pdf.length + 16 * 1024);
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry(base + ".pdf"));
			out.write(pdf);
			out.closeEntry();
			out.putNextEntry(new ZipEntry(base + ".json"));
			out.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(export));
			out.closeEntry();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new File(base + "-export.zip", "application/zip", zip.toByteArray());
	}

	/**
	 * A kallelse to post to someone without digital access.
	 * @param invitationId whom the letter is addressed to; null for a copy without an
	 * addressee
	 */
	@Transactional
	public File invitation(UUID sipId, UUID meetingId, @Nullable UUID invitationId, DocumentLanguage language) {
		Meetings.InvitationOnPaper paper = meetings.printInvitation(sipId, meetingId);
		var individual = paper.individual();
		if (invitationId != null && paper.meeting()
			.invitations()
			.stream()
			.noneMatch(invitation -> invitation.invitationId().equals(invitationId))) {
			throw new NotFoundException("invitation " + invitationId);
		}
		var sheet = sheets.invitation(paper.meeting(), individual, invitationId);
		return pdf("sip-kallelse-" + paper.meeting().sequence() + "-" + language.parameter() + ".pdf",
				"documents/invitation", language, Map.of("sheet", sheet));
	}

	/**
	 * The forms for manual handling (protected identity, outage): the same layout, empty.
	 */
	public File blankPlan(DocumentLanguage language) {
		return pdf("sip-planeringsunderlag-" + language.parameter() + ".pdf", "documents/plan", language,
				Map.of("blank", true));
	}

	public File blankInvitation(DocumentLanguage language) {
		return pdf("sip-kallelse-blankett-" + language.parameter() + ".pdf", "documents/invitation", language,
				Map.of("blank", true));
	}

	/**
	 * A plan version as staff print or export it: the SIP's access check names the
	 * action.
	 */
	private PlanSheet staffSheet(UUID sipId, int version, AccessAction action) {
		PlansOnPaper.PlanOnPaper paper = plansOnPaper.forStaff(sipId, version, action);
		return sheets.plan(paper, sheets.person(Objects.requireNonNull(paper.individual())));
	}

	private File pdf(String name, String template, DocumentLanguage language, Map<String, Object> variables) {
		return new File(name, "application/pdf", render(template, language, variables));
	}

	private byte[] render(String template, DocumentLanguage language, Map<String, Object> variables) {
		Map<String, Object> all = new HashMap<>(variables);
		all.putIfAbsent("blank", false);
		all.put("language", language);
		return renderer.render(template, language, all);
	}

	private static String planFileName(int version, DocumentLanguage language) {
		return "sip-plan-version-" + version + "-" + language.parameter() + ".pdf";
	}

}
