<?php

return [
    'provider' => 'fastly',
    'service_id' => '3xQnTL1JYzvD8wUo0H5r2k',
    'api_token' => 'fastly-token-redacted',
    // Renditions cached per photo; each has its own surrogate key.
    'renditions' => ['sm', 'md', 'xl'],
    'soft_purge' => true,
];
