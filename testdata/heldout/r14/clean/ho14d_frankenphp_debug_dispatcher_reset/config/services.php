<?php

return [
    'parameters' => [
        'locale' => 'en',
        'routes' => [
            '/dashboard' => 'admin_dashboard',
            '/orders' => 'admin_orders',
            '/orders/export' => 'admin_orders_export',
            '/settings/team' => 'admin_team',
        ],
        // services tagged kernel.reset
        'kernel.reset' => [
            'event_dispatcher' => 'reset',
        ],
    ],
];
