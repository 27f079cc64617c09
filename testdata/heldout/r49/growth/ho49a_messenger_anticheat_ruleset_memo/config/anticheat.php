<?php

return [
    'ruleset_version' => '2024.06',
    // Matches whose organiser asked for stricter (LAN) thresholds.
    'overrides' => [
        'major-gf-2024' => ['aim_snap_deg' => 8.0, 'reaction_ms' => 140],
        'major-sf-2024-a' => ['aim_snap_deg' => 9.0],
        'major-sf-2024-b' => ['aim_snap_deg' => 9.0],
    ],
];
