<?php

return [
    'server' => 'swoole',

    // Resolved once when the worker boots and shared by every request.
    'warm' => [
        App\Warnings\VtecSequence::class,
    ],

    // Forgotten after every request so the next one starts from a fresh instance.
    'flush' => [
        App\Warnings\DraftSession::class,
    ],
];
