package fi.perhekeskus.casework.internal;

/** A network or consent change refused by a rule; nothing was saved (the transaction rolls back). */
class NetworkRefused extends RuntimeException {

    final NetworkMembershipPolicy.Rejection rejection;

    NetworkRefused(NetworkMembershipPolicy.Rejection rejection) {
        super(rejection.messageKey(), null, false, false);
        this.rejection = rejection;
    }

    static NetworkRefused invalid(String field, String key) {
        return new NetworkRefused(new NetworkMembershipPolicy.Rejection(field, key, false));
    }

    static NetworkRefused conflict(String field, String key) {
        return new NetworkRefused(new NetworkMembershipPolicy.Rejection(field, key, true));
    }

    int status() {
        return rejection.conflict() ? 409 : 422;
    }
}
