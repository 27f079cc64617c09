<?php

return [
    'messenger.transport' => 'scans',
    // Rows per INSERT statement when the audit buffer is written out.
    'audit.max_rows' => 50,
    'audit.table' => 'shipment_scan_audit',
];
