<?php

use App\Lab\OverdueEscalator;
use App\Lab\TurnaroundWatcher;
use App\MessageHandler\LabOrderPlacedHandler;
use App\MessageHandler\LabResultReceivedHandler;
use App\Transport\LisHl7Receiver;

return [
    OverdueEscalator::class => ['arguments' => ['#lab-turnaround']],
    TurnaroundWatcher::class => ['arguments' => ['@' . OverdueEscalator::class]],
    LabOrderPlacedHandler::class => ['arguments' => ['@' . TurnaroundWatcher::class]],
    LabResultReceivedHandler::class => ['arguments' => ['@' . TurnaroundWatcher::class]],
    'messenger.transport.lis' => ['class' => LisHl7Receiver::class, 'arguments' => ['lis-hl7', 1717200000]],
];
