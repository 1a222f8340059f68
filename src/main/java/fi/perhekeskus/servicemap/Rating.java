package fi.perhekeskus.servicemap;

/** A meeting place's own rating of one minimum criterion. */
public enum Rating {
    MET, PARTLY, NOT_MET;

    public String messageKey() {
        return "servicemap.rating." + name();
    }
}
