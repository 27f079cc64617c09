<?php

return [
    'schema_version' => 7,
    'supported_models' => ['hue-a19', 'aqara-th-t1', 'shelly-plus-1pm', 'nest-e', 'ikea-tradfri-e27'],
    'capabilities' => [
        'hue-a19' => ['on_off', 'brightness', 'color_temperature', 'color_xy'],
        'aqara-th-t1' => ['temperature', 'humidity', 'pressure', 'battery'],
        'shelly-plus-1pm' => ['on_off', 'power', 'energy', 'voltage', 'internal_temperature'],
        'nest-e' => ['temperature', 'target_temperature', 'hvac_mode', 'humidity'],
        'ikea-tradfri-e27' => ['on_off', 'brightness', 'color_temperature'],
    ],
];
