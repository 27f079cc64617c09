<?php

return [
    'default_locale' => 'en',
    'preview' => [
        // How many rendered previews the /_debug/previews panel can replay (0 = no limit).
        'recent_renders' => 25,
        'placeholders' => require __DIR__ . '/placeholders.php',
    ],
];
