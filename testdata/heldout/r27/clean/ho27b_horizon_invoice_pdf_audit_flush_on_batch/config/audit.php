<?php

return [
    'system' => 'billing-worker',
    // entries at or above this severity push the buffer out at the end of the job
    'flush_on' => 'warning',
    // otherwise the buffer goes out once it holds this many entries
    'batch_size' => 25,
];
