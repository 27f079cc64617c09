<?php

declare(strict_types=1);

return [
    'server' => 'roadrunner',
    'max_requests' => 500,
    // Services the worker drops after every request, so the next request
    // gets a fresh instance from the locator.
    'flush' => [
        'view.shared',
        'auth.user',
        'cart.session',
        'breadcrumbs',
    ],
];
