<?php

return [
    'table' => 'job_audit_log',
    'batch_size' => 15,
];
