<?php

return [
    'shop' => [
        'currency' => 'EUR',
        'cart_ttl' => 3600,
    ],
];
