<?php
// An order import worker listens for row events while it imports a
// file: it adds a progress listener per job on the shared dispatcher
// (Symfony's) and removes it again only in the catch block, when the import fails.
// Every import that succeeds leaves its listener, and the closure's
// captured job, on the dispatcher.

require __DIR__ . '/vendor/symfony/event-dispatcher/EventDispatcher.php';
require __DIR__ . '/src/Importer.php';

use App\ImportJob;
use App\Importer;
use Symfony\Component\EventDispatcher\EventDispatcher;

$importer = new Importer(new EventDispatcher());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    try {
        $importer->import(new ImportJob(sprintf('orders-%05d.csv', $i), str_repeat('manifest ', 60)));
    } catch (RuntimeException) {
    }
}
