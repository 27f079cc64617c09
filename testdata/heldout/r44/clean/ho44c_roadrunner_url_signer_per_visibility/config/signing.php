<?php

return [
    // Rotated through the secrets manager; the worker is restarted on rotation.
    'master_key' => 'kc1.9f2c71a0d3b84e6f92a1c5e07d4b38f6a2e9c1d07b5f43a8e6d2c9b1f0a7e35d',

    'buckets' => [
        'originals' => ['max_ttl' => 900, 'methods' => ['GET'], 'disposition' => 'attachment', 'cache' => 'private, no-store'],
        'renditions' => ['max_ttl' => 86400, 'methods' => ['GET', 'HEAD'], 'disposition' => 'inline', 'cache' => 'public, max-age=86400'],
        'uploads' => ['max_ttl' => 3600, 'methods' => ['PUT'], 'disposition' => 'inline', 'cache' => 'no-store'],
    ],

    'api_tokens' => [
        'web-frontend' => 'tok_3b1f0c9e7a',
        'ios-app' => 'tok_8d2e6a4c1f',
        'android-app' => 'tok_5c7b9e3a2d',
    ],
];
