<?php

use App\Holds\HoldNoticeBuffer;
use App\Http\SendHoldNotices;

return [
    'server' => 'swoole',

    // Resolved once at worker boot and shared by every request.
    'warm' => [
        'http.kernel',
        SendHoldNotices::class,
    ],

    // Forgotten on the base application after every request.
    'flush' => [
        HoldNoticeBuffer::class,
    ],
];
