<?php

// Values come from the RoadRunner .rr.yaml `env:` section, i.e. strings.
return [
    'historian_dsn' => $_ENV['HISTORIAN_DSN'] ?? 'influx://historian.scada.local:8086/plant',
    'batch_size' => $_ENV['TELEMETRY_BATCH_SIZE'] ?? '25',
    'quality_floor' => $_ENV['TELEMETRY_QUALITY_FLOOR'] ?? 'uncertain',
];
