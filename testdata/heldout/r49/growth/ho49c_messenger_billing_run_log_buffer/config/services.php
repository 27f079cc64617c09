<?php

use App\Billing\BillCalculator;
use App\Logging\MonologFactory;
use App\MessageHandler\GenerateBillHandler;
use App\Message\GenerateBill;
use App\Repository\MeterReadingRepository;
use Symfony\Component\Messenger\Handler\HandlersLocator;
use Symfony\Component\Messenger\MessageBus;

return static function (): MessageBus {
    $monolog = new MonologFactory(require __DIR__ . '/packages/monolog.php');

    return new MessageBus(new HandlersLocator([
        GenerateBill::class => [
            new GenerateBillHandler(new MeterReadingRepository(), new BillCalculator(), $monolog->channel('billing')),
        ],
    ]));
};
