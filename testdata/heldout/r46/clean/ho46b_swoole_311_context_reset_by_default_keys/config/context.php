<?php

// Request context kept in $GLOBALS['civic311'] so legacy helpers (templates,
// the SMS notifier) can read who is calling without having the request passed.
$defaults = [
    'request_id' => null,
    'channel' => 'web',
    'citizen' => null,
    'locale' => 'en',
    'geocode' => [],
    'trace' => [],
];

return [
    'defaults' => $defaults,
    // keys put back to their default once the response is sent
    'reset_after_request' => array_keys($defaults),
];
