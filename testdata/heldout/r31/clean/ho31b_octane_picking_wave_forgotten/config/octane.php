<?php

return [
    'warm' => [
        'waves',
    ],
    'flush' => [],
];
