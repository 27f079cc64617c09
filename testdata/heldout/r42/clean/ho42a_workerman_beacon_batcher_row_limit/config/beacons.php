<?php

return [
    'listen' => 'http://0.0.0.0:8686',
    'clickhouse' => ['host' => 'clickhouse.internal', 'port' => 8123, 'username' => 'beacons', 'password' => '', 'database' => 'adserver'],
    'table' => 'impression_events',
    // a connection's batch is written every 50 rows, and when the shipper disconnects
    'batch_rows' => 50,
];
