<?php

return [
    // Rows written per INSERT into vehicle_pings. 0 disables size-based
    // flushing: the buffer is written when the worker stops.
    'flush_at' => 50,
    'table' => 'vehicle_pings',
    'reject_older_than' => 86400,
];
