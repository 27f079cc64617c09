<?php

return [
    'influx' => ['bucket' => 'home_rollups', 'org' => 'smarthome'],
    // Multisensors are provisioned to sample once per second.
    'sample_interval' => 1,
    'rollup_window' => 60,
];
