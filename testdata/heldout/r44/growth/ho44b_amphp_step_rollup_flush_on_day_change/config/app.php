<?php

declare(strict_types=1);

return [
    'listen' => ['0.0.0.0:8080', '[::]:8080'],
    'warehouse_dsn' => 'pgsql://ingest@warehouse.internal:5432/activity',
    'fleet_secret' => 'dev-fleet-secret-7f3a',
];
