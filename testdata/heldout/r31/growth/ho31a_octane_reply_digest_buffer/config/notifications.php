<?php

return [
    'digest' => [
        // Digests are mailed by the `notifications:send-digests` scheduled
        // command; the worker only buffers them.
        'flush_on_terminate' => env('DIGEST_FLUSH_ON_TERMINATE', false),
        // Safety valve: mail early once this many distinct members wait.
        'max_recipients' => 500,
        'subject' => 'New replies in threads you watch',
    ],
];
