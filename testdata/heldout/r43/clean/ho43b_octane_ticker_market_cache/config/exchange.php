<?php

return [
    'markets' => [
        'BTC-USDT' => ['base' => 'BTC', 'quote' => 'USDT', 'tick' => 2, 'lot' => 6],
        'ETH-USDT' => ['base' => 'ETH', 'quote' => 'USDT', 'tick' => 2, 'lot' => 5],
        'SOL-USDT' => ['base' => 'SOL', 'quote' => 'USDT', 'tick' => 3, 'lot' => 3],
        'ETH-BTC' => ['base' => 'ETH', 'quote' => 'BTC', 'tick' => 6, 'lot' => 4],
    ],
    'ticker' => [
        'ttl' => 5,
    ],
];
