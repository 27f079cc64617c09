<?php

return [
    'listen' => 'websocket://0.0.0.0:2346',
    'history_size' => 100,
    'trim_history' => (bool) getenv('CHAT_TRIM_HISTORY'),
];
