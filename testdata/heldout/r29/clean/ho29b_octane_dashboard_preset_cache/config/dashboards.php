<?php

return [
    'cache_ttl' => 300,
    'presets' => [
        '24h' => 86400,
        '7d' => 604800,
        '30d' => 2592000,
    ],
    'default_preset' => '7d',
];
