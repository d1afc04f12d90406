package se.samordna.meetings.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import se.samordna.meetings.Meeting;
import se.samordna.meetings.MeetingTime;

/**
 * The kallelse: purpose, time and place, agenda, a message to the individual in plain words, and
 * who is invited — units already in the SIP, new units, the individual and their people.
 */
public class CallForm {

	@NotBlank
	@Size(max = 1000)
	private String purpose = "";

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate date;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
	private @Nullable LocalTime time;

	@NotNull
	@Min(MeetingTime.SHORTEST)
	@Max(MeetingTime.LONGEST)
	private @Nullable Integer minutes = 60;

	@Size(max = 300)
	private String place = "";

	@Size(max = 500)
	private String videoLink = "";

	@Size(max = 4000)
	private String agenda = "";

	@NotBlank
	@Size(max = 2000)
	private String messageToIndividual = "";

	private Set<UUID> units = new LinkedHashSet<>();

	private List<@Nullable UUID> otherUnits = new ArrayList<>(java.util.Arrays.asList(null, null));

	private Set<String> persons = new LinkedHashSet<>();

	Meeting.Call toCall() {
		return new Meeting.Call(purpose, MeetingTime.of(date.atTime(time), minutes, place, videoLink), agenda,
				messageToIndividual);
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

	public @Nullable LocalDate getDate() {
		return date;
	}

	public void setDate(@Nullable LocalDate date) {
		this.date = date;
	}

	public @Nullable LocalTime getTime() {
		return time;
	}

	public void setTime(@Nullable LocalTime time) {
		this.time = time;
	}

	public @Nullable Integer getMinutes() {
		return minutes;
	}

	public void setMinutes(@Nullable Integer minutes) {
		this.minutes = minutes;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getVideoLink() {
		return videoLink;
	}

	public void setVideoLink(String videoLink) {
		this.videoLink = videoLink;
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
