<?php

return [
    'server' => 'swoole',
    'max_execution_time' => 30,

    // Services resolved during boot and shared by every request.
    'warm' => [
        \App\Services\ThemeCompiler::class,
    ],

    // Services Octane forgets after each request.
    'flush' => [
    ],
];
