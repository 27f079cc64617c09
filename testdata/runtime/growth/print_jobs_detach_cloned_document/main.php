<?php
// A print shop's job runner under ReactPHP. Each document in flight is
// tracked in an SplObjectStorage; its print job is queued with a copy of
// the document (clone, so later edits cannot change what prints). When
// the job is done, the runner detaches the job's document: the copy,
// never attached. The storage keys by object identity, so nothing goes.

require __DIR__ . '/vendor/react/http/HttpServer.php';
require __DIR__ . '/src/Printing.php';

$server = new React\Http\HttpServer(new App\PrintController(new App\PrintRunner()));
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $server->accept(['name' => sprintf('proof-%06d.pdf', $i), 'body' => str_repeat('%PDF ', 150)]);
}
