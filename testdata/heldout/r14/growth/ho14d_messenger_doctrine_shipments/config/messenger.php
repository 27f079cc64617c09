<?php

return [
    'doctrine' => [
        'connections' => ['default' => 'pgsql://tracking@db/tracking', 'archive' => 'pgsql://tracking@db-archive/archive'],
        'mappings' => ['App\\Entity\\' => 'default'],
    ],
    'consumer' => [
        'batch_size' => 10,
        'clear_entity_managers_above' => '256M',
    ],
];
