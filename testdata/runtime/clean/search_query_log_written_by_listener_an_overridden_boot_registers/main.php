<?php
// A small modular shop: modules are listed by class name; each extends
// Module and may override boot(), which the kernel runs once for every
// module at start. The search module keeps the query strings of a
// request in a global list that its writer sends on when the event
// dispatcher (a library) announces the end of the request.

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/functions.php';
require __DIR__ . '/src/Kernel/Module.php';
require __DIR__ . '/src/Kernel/Kernel.php';
require __DIR__ . '/src/Search/QueryLogWriter.php';
require __DIR__ . '/src/Search/SearchModule.php';

use Acme\Events\Dispatcher;
use Shop\Kernel\Kernel;
use Shop\Search\SearchModule;

$kernel = new Kernel(new Dispatcher());
$kernel->add(SearchModule::class);
$kernel->start();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $kernel->handle('shoes size ' . $i);
    $kernel->finish();
}
