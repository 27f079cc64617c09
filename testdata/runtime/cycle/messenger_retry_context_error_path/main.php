<?php
// A Messenger-style worker links each envelope and its retry context both ways; only the failure path breaks the link.

require_once __DIR__ . '/Envelope.php';
require_once __DIR__ . '/RetryContext.php';
require_once __DIR__ . '/Worker.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new Worker(static fn (Envelope $envelope): bool => json_decode($envelope->body, true) !== null);
for ($i = 0; $i < $n; $i++) {
    $worker->receive(new Envelope("msg-{$i}", json_encode(['order' => $i, 'note' => str_repeat('gift wrap please ', 20)])));
}
