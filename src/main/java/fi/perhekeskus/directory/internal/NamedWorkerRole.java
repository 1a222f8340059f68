package fi.perhekeskus.directory.internal;

/** Named roles besides key person assignments (named_worker.role). */
enum NamedWorkerRole { AGENT, COORDINATOR, SPECIAL_SERVICE_WORKER, ON_CALL_TEAM_MEMBER }
