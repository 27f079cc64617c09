<?php

return [
    'feed' => [
        'endpoint' => 'https://feed.internal/v1/activities',
    ],
];
