package se.samordna.meetings.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import se.samordna.meetings.Meeting;

/**
 * The kallelse: purpose, time and place, agenda, a message to the individual in plain
 * words, and who is invited — units already in the SIP, new units, the individual and
 * their people. The form only binds: {@link Meeting#call} names every problem at once.
 */
public class CallForm extends MeetingTimeForm {

	private String purpose = "";

	private String agenda = "";

	private String messageToIndividual = "";

	private Set<UUID> units = new LinkedHashSet<>();

	private List<@Nullable UUID> otherUnits = new ArrayList<>(Arrays.asList(null, null));

	private Set<String> persons = new LinkedHashSet<>();

	public CallForm() {
		setMinutes(60);
	}

	Meeting.Call toCall() {
		return new Meeting.Call(purpose, toTime(), agenda, messageToIndividual);
	}

	Set<UUID> allUnits() {
		Set<UUID> all = new LinkedHashSet<>(units);
		otherUnits.stream().filter(unit -> unit != null).forEach(all::add);
		return all;
	}

	public String getPurpose() {
		return purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public String getAgenda() {
		return agenda;
	}

	public void setAgenda(String agenda) {
		this.agenda = agenda;
	}

	public String getMessageToIndividual() {
		return messageToIndividual;
	}

	public void setMessageToIndividual(String messageToIndividual) {
		this.messageToIndividual = messageToIndividual;
	}

	public Set<UUID> getUnits() {
		return units;
	}

	public void setUnits(Set<UUID> units) {
		this.units = units;
	}

	public List<@Nullable UUID> getOtherUnits() {
		return otherUnits;
	}

	public void setOtherUnits(List<@Nullable UUID> otherUnits) {
		this.otherUnits = otherUnits;
	}

	public Set<String> getPersons() {
		return persons;
	}

	public void setPersons(Set<String> persons) {
		this.persons = persons;
	}

}
