package fi.perhekeskus.directory.internal;

/** How a key person supports others (seed 000, Essote model). */
enum WorkForm { PHONE_CONSULTATION, PAIR_WORK, JOINT_HOME_VISITS, SERVICE_GUIDANCE, NETWORK_WORK, PEER_GROUPS }
