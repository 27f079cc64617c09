<?php

use App\Calibration\CalibrationLedger;
use App\Message\CalibrateSensor;
use App\MessageHandler\CalibrateSensorHandler;
use App\Transport\FieldServiceReceiver;
use Symfony\Component\Messenger\Handler\HandlersLocator;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Middleware\HandleMessageMiddleware;

// Compiled container, reduced to the services the consumer needs.
$ledger = new CalibrationLedger();
$handler = new CalibrateSensorHandler($ledger);

return [
    CalibrationLedger::class => $ledger,
    CalibrateSensorHandler::class => $handler,
    'messenger.bus.default' => new MessageBus([
        new HandleMessageMiddleware(new HandlersLocator([
            CalibrateSensor::class => [CalibrateSensorHandler::class . '::__invoke' => $handler],
        ])),
    ]),
    'transport.calibration' => new FieldServiceReceiver(),
];
