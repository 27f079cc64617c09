<?php

return [
    // One COPY per batch into the time-series store.
    'flush_at' => 300,
    'historian_dsn' => 'pgsql://historian.grid.internal:5432/tsdb',
    'historian_table' => 'meter_interval_readings',
    'unit' => 'kWh',
];
