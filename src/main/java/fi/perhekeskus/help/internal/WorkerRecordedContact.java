package fi.perhekeskus.help.internal;

import fi.perhekeskus.access.UserId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A phone call or walk-in visit that an on-call worker records: the worker assessed the urgency
 * while talking with the family and took the contact, so both are stored with it in one transaction.
 */
@Service
public class WorkerRecordedContact {

    private final HelpRequestIntake intake;
    private final HelpRequestHandling handling;

    WorkerRecordedContact(HelpRequestIntake intake, HelpRequestHandling handling) {
        this.intake = intake;
        this.handling = handling;
    }

    @Transactional
    public Receipt record(NewHelpRequest request, Urgency urgency, String key, UserId worker) {
        Receipt receipt = intake.receive(request, key);
        if (receipt.replayed()) return receipt;
        handling.assessUrgency(receipt.id().value(), 0, urgency, null, worker);
        handling.assign(receipt.id().value(), 1, worker, null, worker);
        return receipt;
    }
}
