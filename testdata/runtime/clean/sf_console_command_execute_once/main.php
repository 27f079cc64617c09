<?php
// Clean look-alike: a console command (Command::execute, #[AsCommand]) adds a listener to the dispatcher and appends a note to
// its own property, but bin/console runs it once; the per-message work happens in the worker loop it starts, whose handler
// and listener keep nothing per message.

use App\Kernel;
use App\Message\ShipOrder;
use Symfony\Bundle\FrameworkBundle\Console\Application;
use Symfony\Component\Console\Input\ArrayInput;
use Symfony\Component\Console\Output\NullOutput;
use Symfony\Component\Messenger\Envelope;

require_once __DIR__.'/vendor/autoload.php';
require_once __DIR__.'/src/Kernel.php';
require_once __DIR__.'/src/Message/ShipOrder.php';
require_once __DIR__.'/src/MessageHandler/ShipOrderHandler.php';
require_once __DIR__.'/src/Command/ConsumeOrdersCommand.php';

$kernel = new Kernel('prod', false);
$kernel->boot();

// the broker holds the messages waiting to be consumed
$n = (int) (getenv('PHPLEAK_N') ?: 100);
$broker = $kernel->getContainer()->get('messenger.transport.async');
for ($i = 0; $i < $n; $i++) {
    $broker->send(new Envelope(new ShipOrder(90000 + $i, 0 === $i % 2 ? 'ups' : 'dhl', "{$i} Market Street, San Francisco, CA. ".str_repeat('Leave at the front desk. ', 12))));
}

// bin/console app:orders:consume
$application = new Application($kernel);
$application->setAutoExit(false);
$application->run(new ArrayInput(['command' => 'app:orders:consume']), new NullOutput());
