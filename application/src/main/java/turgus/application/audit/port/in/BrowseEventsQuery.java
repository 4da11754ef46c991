package turgus.application.audit.port.in;

import java.util.List;
import turgus.application.audit.port.out.EventFilter;
import turgus.application.audit.port.out.LoggedEvent;
import turgus.application.shared.Page;
import turgus.application.shared.PageRequest;

/** The admins' view of the event log: searched by type, user and time, newest first. */
public interface BrowseEventsQuery {
    Page<LoggedEvent> browse(EventFilter filter, PageRequest page);

    /** The names of every type of event, in the order the shop defines them. */
    List<String> types();
}
