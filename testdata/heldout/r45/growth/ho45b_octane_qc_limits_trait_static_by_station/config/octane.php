<?php

return [
    'server' => 'roadrunner',
    'warm' => [
        App\Ingest\RangeCheck::class,
    ],
    'flush' => [],
];
