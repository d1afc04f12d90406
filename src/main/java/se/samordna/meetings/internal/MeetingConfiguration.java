package se.samordna.meetings.internal;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.samordna.meetings.InvitationDeadlines;
import se.samordna.meetings.Meeting;
import se.samordna.meetings.Protocol;
import se.samordna.meetings.ProtocolDraft;
import se.samordna.platform.JsonbTypes;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MeetingConfiguration.ReminderSettings.class)
class MeetingConfiguration {

	/** The meeting's documents, each one jsonb column of the {@code meeting} table. */
	@Bean
	JsonbTypes meetingDocuments() {
		return JsonbTypes.of(Meeting.InvitationList.class, ProtocolDraft.class, Protocol.class);
	}

	@Bean
	InvitationDeadlines invitationDeadlines(ReminderSettings settings, Clock clock) {
		return new InvitationDeadlines(clock.getZone(), settings.reminderAfterWorkingDays(),
				settings.alertCallerBefore(), settings.shortNoticeWorkingDays());
	}

	/**
	 * @param reminderAfterWorkingDays a silent invitee is reminded after this many
	 * working days
	 * @param alertCallerBefore the caller is alerted this long before the meeting if
	 * someone is still silent
	 * @param shortNoticeWorkingDays the notice the county wants a kallelse (or a new
	 * time) to give, in Swedish working days: a meeting sooner than that is marked as
	 * called at short notice on the form and the meeting page, and still called
	 */
	@ConfigurationProperties("samordna.meetings")
	record ReminderSettings(@DefaultValue("2") int reminderAfterWorkingDays,
			@DefaultValue("2d") Duration alertCallerBefore,
			@DefaultValue("" + InvitationDeadlines.DEFAULT_SHORT_NOTICE_WORKING_DAYS) int shortNoticeWorkingDays) {
	}

}
