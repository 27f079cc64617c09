<?php

return [
    'warehouse' => [
        'base_uri' => 'https://warehouse.internal.example',
        'timeout' => 2.5,
    ],
];
