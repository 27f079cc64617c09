<?php

return [
    'directives' => [
        'default-src' => ["'self'"],
        'script-src' => ["'self'", 'https://cdn.example.test'],
        'style-src' => ["'self'"],
    ],
];
