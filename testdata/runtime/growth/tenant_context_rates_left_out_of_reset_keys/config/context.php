<?php

// The per-request context legacy helpers read from $GLOBALS['tenant_ctx'].
return [
    'defaults' => [
        'tenant' => null,
        'locale' => 'en',
        'breadcrumbs' => [],
        'rates' => [],
    ],
    // entries put back to their default once a job is done
    'reset_after_job' => ['tenant', 'locale', 'breadcrumbs'],
];
