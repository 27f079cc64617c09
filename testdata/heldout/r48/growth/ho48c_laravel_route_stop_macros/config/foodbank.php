<?php

return [
    'depots' => [
        'north-warehouse' => ['dock' => 'A', 'vans' => 4],
        'harbor-street' => ['dock' => 'C', 'vans' => 6],
        'east-pantry-hub' => ['dock' => 'B', 'vans' => 2],
        'valley-farm-share' => ['dock' => 'F', 'vans' => 3],
    ],
    'default_window' => '17:00-19:00',
];
