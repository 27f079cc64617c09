<?php

return [
    'timeline' => [
        'url' => 'https://timeline.internal/api/v2',
        'token' => 'local-dev-token',
    ],
];
