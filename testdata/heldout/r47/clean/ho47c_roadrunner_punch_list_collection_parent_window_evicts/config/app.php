<?php

return [
    'punch_list' => [
        'areas' => ['L1-lobby', 'L2-east', 'L2-west', 'L3-core', 'roof-plant', 'basement-carpark'],
        'board_window' => 25,
    ],
];
