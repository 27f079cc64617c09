<?php
return [
    'server' => 'swoole',
    'max_requests' => 0,
    // Services resolved once when the worker boots and reused by every request.
    'warm' => [
        \Illuminate\Foundation\Http\Kernel::class,
        \App\Auth\ApiTokenGuard::class,
        \App\Audit\AuditTrail::class,
    ],
    'flush' => [],
];
