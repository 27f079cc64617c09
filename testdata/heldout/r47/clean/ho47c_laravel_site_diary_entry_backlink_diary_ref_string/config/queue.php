<?php

return [
    'connection' => 'array',
    'site_diary' => [
        'trades' => ['concrete', 'formwork', 'electrical', 'hydraulics', 'steel', 'glazing'],
        'weather_codes' => ['FINE', 'SHOWERS', 'WIND_HOLD', 'HEAT_STOP'],
    ],
];
