<?php

return [
    'log_summary' => true,
    'headers' => ['user-agent', 'x-request-id'],
];
