<?php

return [
    'topics' => ['orders.created', 'orders.shipped', 'prices.eur', 'prices.usd', 'status'],
    'max_filters' => 4,
];
