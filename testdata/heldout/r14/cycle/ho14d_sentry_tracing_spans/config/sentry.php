<?php

return [
    'dsn' => 'https://public@relay.internal.example/12',
    'environment' => 'worker',
    'release' => 'catalog@4.18.2',
    'traces_sample_rate' => 1.0,
    'max_spans' => 1000,
];
