<?php

return [
    'name' => 'mesonet-ingest',
    'providers' => [
        App\Providers\IngestServiceProvider::class,
        App\Providers\RouteServiceProvider::class,
    ],
];
