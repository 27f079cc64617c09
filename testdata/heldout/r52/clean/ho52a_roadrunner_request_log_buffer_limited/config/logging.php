<?php

return [
    'channel' => 'api',
    'path' => '/dev/null',
    // Records kept in memory before they are written out as one batch
    // (0 = no limit, the batch is written when the handler closes).
    'buffer_limit' => 50,
    'flush_on_overflow' => false,
];
