/**
 * Calendars: the events a bundle puts in a person's calendar (assemblies, deadlines, rounds, due
 * dates) and the iCalendar (RFC 5545) the platform writes of them, as a personal feed and as a
 * message's {@code .ics} invitation.
 *
 * @since 0.1.0
 */
@Export
@Version("0.1.0")
package eu.os2.platform.api.calendar;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
