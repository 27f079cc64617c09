<?php

return [
    'server' => 'swoole',
    'flush' => [],
    'max_execution_time' => 30,
];
