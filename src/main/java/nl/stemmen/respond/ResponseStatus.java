package nl.stemmen.respond;

public enum ResponseStatus {
    IN_PROGRESS, COMPLETED
}
