<?php

return [
    'channel' => getenv('AUDIT_CHANNEL') ?: 'audit',
    'events' => ['order.viewed', 'order.exported', 'order.refunded'],
];
