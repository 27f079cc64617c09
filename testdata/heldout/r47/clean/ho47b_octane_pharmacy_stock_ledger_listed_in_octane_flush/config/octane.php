<?php

return [
    'server' => 'swoole',
    'max_requests' => 500,
    // Bindings Octane forgets between two requests: the ledger's reservations
    // belong to one dispense request.
    'flush' => [
        'pharmacy.ledger',
    ],
    'warm' => [
        \App\Pharmacy\FormularyCatalog::class,
    ],
];
