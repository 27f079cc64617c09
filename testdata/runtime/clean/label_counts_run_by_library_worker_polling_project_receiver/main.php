<?php
// A label printing consumer runs under a messenger library's worker,
// which polls the project's own receiver for a batch of messages until it
// answers an empty one. The handler counts the labels per carrier, one
// of three.

require __DIR__ . '/vendor/acme/bus/Worker.php';
require __DIR__ . '/src/Shipping.php';

use Acme\Bus\Worker;
use App\LabelHandler;
use App\LabelReceiver;
use App\LabelRequested;

$worker = new Worker(new LabelReceiver((int) (getenv('PHPLEAK_N') ?: 100)), [LabelRequested::class => new LabelHandler()]);
$worker->run();
