<?php

return [
    'app' => [
        'locale' => 'de',
        'supported_locales' => ['de', 'fr', 'it', 'en'],
    ],
    'gtfs' => [
        'static_feed' => '/srv/gtfs/ch/2024-06-01.zip',
        'realtime_url' => 'https://api.opentransportdata.swiss/gtfsrt2020',
    ],
];
