<?php

// The per-request context legacy helpers read from $GLOBALS['tenant_ctx'].
$defaults = [
    'tenant' => null,
    'locale' => 'en',
    'breadcrumbs' => [],
    'rates' => [],
];

return [
    'defaults' => $defaults,
    // every entry is put back to its default once a job is done
    'reset_after_job' => array_keys($defaults),
];
