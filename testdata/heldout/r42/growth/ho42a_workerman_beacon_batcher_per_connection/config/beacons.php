<?php

return [
    'listen' => 'http://0.0.0.0:8686',
    'clickhouse' => ['host' => 'clickhouse.internal', 'port' => 8123, 'username' => 'beacons', 'password' => '', 'database' => 'adserver'],
    'table' => 'impression_events',
    // 0: a connection's batch is written when the shipper disconnects
    'batch_rows' => 0,
];
