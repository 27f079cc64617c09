<?php
// A Symfony Messenger consumer imports supplier price lists and logs price deviations through a Monolog channel with an e-mail digest handler.

declare(strict_types=1);

require __DIR__ . '/vendor/monolog/monolog/src/ResettableInterface.php';
require __DIR__ . '/vendor/monolog/monolog/src/Logger.php';
require __DIR__ . '/vendor/monolog/monolog/src/Handler/AbstractProcessingHandler.php';
require __DIR__ . '/vendor/symfony/messenger/Worker.php';
require __DIR__ . '/src/Logging/ErrorDigestHandler.php';
require __DIR__ . '/src/Message/ImportPriceList.php';
require __DIR__ . '/src/MessageHandler/ImportPriceListHandler.php';

use App\Logging\ErrorDigestHandler;
use App\Message\ImportPriceList;
use App\MessageHandler\ImportPriceListHandler;
use Monolog\Handler\NullHandler;
use Monolog\Logger;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Worker;

$logger = new Logger('import', [new ErrorDigestHandler('oncall@example.com'), new NullHandler(Logger::DEBUG)]);
$handler = new ImportPriceListHandler($logger, ['SUP-100' => 10.0, 'SUP-101' => 12.5, 'SUP-102' => 20.0]);
$worker = new Worker($handler, [$logger]);

/**
 * @return \Generator<int, Envelope>
 */
function receive(int $count): \Generator
{
    for ($i = 0; $i < $count; $i++) {
        $prices = ['SUP-100' => 10.0 + ($i % 3) / 10, 'SUP-101' => 12.5, 'SUP-102' => 90.0 + ($i % 2)];
        yield new Envelope(new ImportPriceList('acme-wholesale', sprintf('prices_%05d.csv', $i), $prices), ['transport' => 'async']);
    }
}

$worker->run(receive((int) (getenv('PHPLEAK_N') ?: 100)));
