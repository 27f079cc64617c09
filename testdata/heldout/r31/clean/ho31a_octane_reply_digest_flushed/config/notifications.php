<?php

return [
    'digest' => [
        // Each request's digests are mailed once the response has been sent
        // (Octane's RequestTerminated), so the worker never holds them.
        'flush_on_terminate' => env('DIGEST_FLUSH_ON_TERMINATE', true),
        // Safety valve: mail early once this many distinct members wait.
        'max_recipients' => 500,
        'subject' => 'New replies in threads you watch',
    ],
];
