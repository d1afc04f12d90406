package se.samordna.documents.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import se.samordna.access.CitizenStanding;
import se.samordna.directory.Directory;
import se.samordna.directory.Organisation;
import se.samordna.directory.OrganisationKind;
import se.samordna.directory.StaffAccount;
import se.samordna.directory.Unit;
import se.samordna.documents.InvitationSheet;
import se.samordna.documents.PlanExport;
import se.samordna.documents.PlanSheet;
import se.samordna.meetings.Invitation;
import se.samordna.meetings.InviteeKind;
import se.samordna.meetings.Meeting;
import se.samordna.people.Individual;
import se.samordna.people.Personnummer;
import se.samordna.sip.Participant;
import se.samordna.sip.PlanContent;
import se.samordna.sip.PlanVersion;
import se.samordna.sip.PlansOnPaper;

/**
 * Turns a plan version or a meeting into what a reader needs on paper: names instead of
 * ids, the actions sorted by who gives them, dates in the Stockholm zone. Reads only the
 * directory; the personal data comes in already checked and logged.
 */
@Component
public class Sheets {

	private final Directory directory;

	private final Clock clock;

	Sheets(Directory directory, Clock clock) {
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * Personal details as staff print them: the address only when the person is not
	 * protected.
	 */
	public PlanSheet.Person person(Individual individual) {
		return new PlanSheet.Person(individual.fullName(), individual.personnummer().formatted(), address(individual),
				individual.protectedIdentity());
	}

	/** Personal details on a copy the person prints from their own pages. */
	public PlanSheet.Person person(CitizenStanding standing) {
		return new PlanSheet.Person(standing.individualName(),
				new Personnummer(standing.subject().personalIdentity()).formatted(), null,
				standing.subject().protectedIdentity());
	}

	public PlanSheet plan(PlansOnPaper.PlanOnPaper paper, PlanSheet.Person person) {
		PlanVersion version = paper.version();
		Map<UUID, Unit> units = directory.unitsById();
		Map<UUID, Organisation> organisations = directory.organisationsById();
		PlanContent content = version.content();
		List<PlanSheet.ActionLine> kommun = new ArrayList<>();
		List<PlanSheet.ActionLine> region = new ArrayList<>();
		List<PlanSheet.ActionLine> other = new ArrayList<>();
		for (PlanContent.Action action : content.actions()) {
			Unit unit = units.get(action.responsibleUnitId());
			Organisation organisation = unit == null ? null : organisations.get(unit.organisationId());
			PlanSheet.Principal principal = principal(organisation);
			var line = new PlanSheet.ActionLine(action.id(), action.description(), action.responsibleUnitId(),
					unit == null ? "" : unit.name(), organisation == null ? "" : organisation.name(), principal,
					action.start(), action.end(), action.timing(), action.relatedActionId(),
					action.relatedActionId() == null ? null : content.descriptionOf(action.relatedActionId()));
			(switch (principal) {
				case KOMMUN -> kommun;
				case REGION -> region;
				case OTHER -> other;
			}).add(line);
		}
		List<PlanSheet.ParticipantLine> participants = version.participants().stream().map(participant -> {
			if (participant.kind() == Participant.Kind.UNIT) {
				Unit unit = units.get(participant.unitId());
				Organisation organisation = unit == null ? null : organisations.get(unit.organisationId());
				return new PlanSheet.ParticipantLine(unit == null ? "" : unit.name(),
						organisation == null ? null : organisation.name(), participant.kind(), participant.role());
			}
			return new PlanSheet.ParticipantLine(Objects.requireNonNullElse(participant.name(), ""), null,
					participant.kind(), participant.role());
		}).toList();
		return new PlanSheet(version.sipId(), version.number(), version.kind(),
				LocalDate.ofInstant(version.confirmedAt(), clock.getZone()), staffName(version.confirmedBy()), person,
				participants, content.needs(),
				content.goals()
					.stream()
					.map(goal -> new PlanSheet.GoalLine(goal.individualsWords(), goal.term(), goal.subGoals(),
							goal.followedUpBy()))
					.toList(),
				kommun, region, other, coordinator(version.coordinator().staffId(), version.coordinator().unitId()),
				version.nextFollowUp(), content.contacts());
	}

	public InvitationSheet invitation(Meeting meeting, Individual individual, @Nullable UUID invitationId) {
		Map<UUID, Unit> units = directory.unitsById();
		Map<UUID, Organisation> organisations = directory.organisationsById();
		List<InvitationSheet.Invited> invited = new ArrayList<>();
		invited.add(new InvitationSheet.Invited(InviteeKind.INDIVIDUAL, individual.fullName(), null));
		InvitationSheet.Recipient recipient = null;
		boolean toAUnit = false;
		for (Invitation invitation : meeting.invitations()) {
			var invitee = invitation.invitee();
			String name;
			String organisation = null;
			if (invitee.kind() == InviteeKind.UNIT) {
				Unit unit = units.get(invitee.unitId());
				name = unit == null ? "" : unit.name();
				Organisation owner = unit == null ? null : organisations.get(unit.organisationId());
				organisation = owner == null ? null : owner.name();
			}
			else {
				name = Objects.requireNonNullElse(invitee.name(), "");
			}
			if (invitee.kind() != InviteeKind.INDIVIDUAL) {
				invited.add(new InvitationSheet.Invited(invitee.kind(), name, organisation));
			}
			if (invitation.invitationId().equals(invitationId)) {
				boolean theIndividual = invitee.kind() == InviteeKind.INDIVIDUAL;
				recipient = new InvitationSheet.Recipient(theIndividual ? individual.fullName() : name,
						theIndividual ? address(individual) : null);
				toAUnit = invitee.kind() == InviteeKind.UNIT;
			}
		}
		String message = meeting.messageToIndividual();
		StaffAccount caller = directory.staff(meeting.calledBy()).orElse(null);
		Unit callerUnit = units.get(meeting.callerUnitId());
		return new InvitationSheet(meeting.sequence(), meeting.kind(), individual.fullName(),
				individual.protectedIdentity(), recipient, meeting.purpose(), meeting.time().startsAt(),
				meeting.time().endsAt(), meeting.time().place(), meeting.time().videoLink(), invited,
				toAUnit || message.isBlank() ? null : message,
				new InvitationSheet.Caller(caller == null ? "" : caller.displayName(),
						caller == null ? null : caller.title(), callerUnit == null ? "" : callerUnit.name(),
						callerUnit == null ? null : callerUnit.phone(), caller != null && caller.email() != null
								? caller.email() : callerUnit == null ? null : callerUnit.email()));
	}

	/**
	 * Never for a protected person (the aggregate gives none either; this says so where
	 * it is printed).
	 */
	private static PlanSheet.@Nullable Address address(Individual individual) {
		return individual.protectedIdentity() ? null
				: individual.address()
					.map(a -> new PlanSheet.Address(a.street(), a.postalCode(), a.city()))
					.orElse(null);
	}

	/** Which unit an export is for: the exporting user's. */
	public PlanExport.ExportedFor exportedFor(UUID unitId) {
		Unit unit = directory.unit(unitId).orElseThrow();
		String organisation = directory.organisation(unit.organisationId()).map(Organisation::name).orElse("");
		return new PlanExport.ExportedFor(unit.id(), unit.name(), unit.hsaId(), organisation);
	}

	private PlanSheet.CoordinatorLine coordinator(UUID staffId, UUID unitId) {
		StaffAccount staff = directory.staff(staffId).orElse(null);
		Unit unit = directory.unit(unitId).orElse(null);
		String organisation = unit == null ? ""
				: directory.organisation(unit.organisationId()).map(Organisation::name).orElse("");
		return new PlanSheet.CoordinatorLine(staff == null ? "" : staff.displayName(),
				staff == null ? null : staff.title(), unit == null ? "" : unit.name(), organisation,
				unit == null ? null : unit.phone(),
				staff != null && staff.email() != null ? staff.email() : unit == null ? null : unit.email());
	}

	private String staffName(UUID staffId) {
		return directory.staff(staffId).map(staff -> {
			String unit = directory.unit(staff.unitId()).map(Unit::name).orElse("");
			return unit.isEmpty() ? staff.displayName() : staff.displayName() + ", " + unit;
		}).orElse("");
	}

	private static PlanSheet.Principal principal(@Nullable Organisation organisation) {
		if (organisation == null) {
			return PlanSheet.Principal.OTHER;
		}
		return organisation.kind() == OrganisationKind.KOMMUN ? PlanSheet.Principal.KOMMUN
				: organisation.kind() == OrganisationKind.REGION ? PlanSheet.Principal.REGION
						: PlanSheet.Principal.OTHER;
	}

}
