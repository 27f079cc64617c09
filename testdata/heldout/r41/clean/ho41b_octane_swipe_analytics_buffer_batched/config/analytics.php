<?php

return [
    'swipes' => [
        'stream' => 'swipes-v3',
        'batch_size' => 25,
        'experiments' => ['deck_ranker' => 'gbdt_v7', 'photo_blur' => 'off'],
    ],
];
