<?php

return [
    'server' => 'swoole',
    'warm' => [
        'config',
        \App\Services\TranslationRepository::class,
        \App\Support\LocaleNegotiator::class,
    ],
    'flush' => [],
];
