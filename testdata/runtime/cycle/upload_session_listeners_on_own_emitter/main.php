<?php

// An upload endpoint in a worker: each request opens an UploadSession
// with an emitter of its own, feeds it the chunks and drops it. The
// session's listeners are closures bound to it, kept by its emitter:
// nothing lets go of them, so every upload leaves a garbage cycle.

require __DIR__ . '/vendor/evenement/EventEmitter.php';
require __DIR__ . '/src/UploadSession.php';

use App\UploadSession;
use Evenement\EventEmitter;

function handle_upload(string $id, array $chunks): int
{
    $session = new UploadSession($id, new EventEmitter());
    foreach ($chunks as $chunk) {
        $session->receive($chunk);
    }
    $session->finish();

    return count($chunks);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle_upload("up-$i", [str_repeat('a', 100), str_repeat('b', 50)]);
}
