<?php

return [
    // Scans are written to the compliance store in bulk inserts.
    'batch_rows' => 10000,
    'connection' => 'audit_pgsql',
];
