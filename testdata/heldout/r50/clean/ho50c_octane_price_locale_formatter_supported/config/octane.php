<?php

return [
    'server' => 'swoole',
    'warm' => [
        App\Services\PriceFormatter::class,
        App\Support\LocaleResolver::class,
        App\Repositories\ProductRepository::class,
    ],
    'listeners' => [
        Laravel\Octane\Events\RequestTerminated::class => [
            App\Listeners\RecordQuoteServed::class,
        ],
    ],
];
