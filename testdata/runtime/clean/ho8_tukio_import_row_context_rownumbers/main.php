<?php
// A queue consumer imports one CSV row per message and dispatches RowImported through a Tukio dispatcher whose trail listener is registered at boot.

require __DIR__ . '/stubs/psr-event-dispatcher.php';
require __DIR__ . '/stubs/tukio.php';
require __DIR__ . '/src/Import.php';

use App\Import\ImportRowHandler;
use App\Import\ImportTrailListener;
use Crell\Tukio\Dispatcher;
use Crell\Tukio\OrderedListenerProvider;

$provider = new OrderedListenerProvider();
$provider->addListener(new ImportTrailListener(), id: 'import.trail', type: \App\Import\RowImported::class);
$handler = new ImportRowHandler(new Dispatcher($provider));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $description = str_repeat('Stainless steel, dishwasher safe. ', 18);
    $handler('batch-' . intdiv($i, 50), $i + 2, sprintf('SKU-%06d,"Kettle %d","%s",%d.99', $i, $i, $description, 20 + $i % 30));
}
