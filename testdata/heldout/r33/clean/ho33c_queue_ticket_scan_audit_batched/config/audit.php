<?php

return [
    // Scans are written to the compliance store in bulk inserts.
    'batch_rows' => 50,
    'connection' => 'audit_pgsql',
];
