<?php

return [
    'default' => 'redis',
    'connections' => [
        'redis' => ['driver' => 'redis', 'queue' => 'routes', 'retry_after' => 90],
    ],
];
