<?php

return [
    'listen' => ['host' => '0.0.0.0', 'port' => 9502],
    'overload_tonnes' => 50.0,
    'wind_stop_mps' => 20.0,
    'server' => [
        'worker_num' => 1,
        'heartbeat_idle_time' => 60,
        'open_websocket_close_frame' => false,
    ],
];
