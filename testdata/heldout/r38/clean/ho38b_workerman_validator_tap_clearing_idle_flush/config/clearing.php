<?php

return [
    'listen' => 'text://0.0.0.0:7410',
    'operator_id' => 'ZVV-OP-07',
    // One clearing file per shift; the back office rejects tiny files.
    'batch_size' => 20000,
    'endpoint' => 'sftp://clearing.example.net/inbound',
    'fares' => ['ZONE_2' => 460, 'ZONE_3' => 680, 'DAY_PASS' => 0, 'HALF_FARE' => 230],
];
