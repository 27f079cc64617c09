<?php

// An upload endpoint in a worker: each request opens an UploadSession
// with an emitter of its own, feeds it the chunks and closes it in a
// finally, which removes the listeners (closures bound to the session)
// from the emitter: the session and its emitter are freed at once.

require __DIR__ . '/vendor/evenement/EventEmitter.php';
require __DIR__ . '/src/UploadSession.php';

use App\UploadSession;
use Evenement\EventEmitter;

function handle_upload(string $id, array $chunks): int
{
    $session = new UploadSession($id, new EventEmitter());
    try {
        foreach ($chunks as $chunk) {
            $session->receive($chunk);
        }
        $session->finish();
    } finally {
        $session->close();
    }

    return count($chunks);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle_upload("up-$i", [str_repeat('a', 100), str_repeat('b', 50)]);
}
