<?php

return [
    'server' => 'swoole',
    'flush' => ['metrics'],
    'max_execution_time' => 30,
];
