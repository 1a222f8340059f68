package fi.perhekeskus.help.internal;

import fi.perhekeskus.help.HelpRequestId;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The details of a contact to social services or a child-protection notification, for the page of
 * its help request ({@code templates/help/notification-details.html :: details(n)}). Not audited
 * here: the page that shows them audits the view of the whole request.
 */
@Service
public class NotificationDetails {

    private final NotificationRecords records;

    NotificationDetails(NotificationRecords records) {
        this.records = records;
    }

    /** Empty for requests of other channels (a family's own request has no such details). */
    public Optional<Notification> find(HelpRequestId request) {
        return records.find(request);
    }
}
