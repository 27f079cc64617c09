<?php

return [
    'server' => 'swoole',
    'warm' => [\App\View\BlockRenderer::class],
    'flush' => [],
    'max_execution_time' => 30,
];
