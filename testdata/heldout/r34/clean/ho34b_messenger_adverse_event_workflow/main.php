<?php

declare(strict_types=1);

require __DIR__ . '/vendor/symfony-lite/Messenger.php';
require __DIR__ . '/src/Message/SubmitAdverseEventReport.php';
require __DIR__ . '/src/Pharmacovigilance/AdverseEventReport.php';
require __DIR__ . '/src/Pharmacovigilance/TransitionGuards.php';
require __DIR__ . '/src/Pharmacovigilance/ReferenceSafetyInformation.php';
require __DIR__ . '/src/Pharmacovigilance/ReportWorkflow.php';
require __DIR__ . '/src/MessageHandler/SubmitAdverseEventReportHandler.php';
require __DIR__ . '/src/InMemoryReportQueue.php';

use App\InMemoryReportQueue;
use App\Message\SubmitAdverseEventReport;
use App\MessageHandler\SubmitAdverseEventReportHandler;
use App\Pharmacovigilance\ReferenceSafetyInformation;
use App\Pharmacovigilance\ReportWorkflow;
use App\Pharmacovigilance\TransitionGuards;
use Symfony\Component\Messenger\Handler\HandlersLocator;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Worker;

// messenger:consume safety_reports --limit=PHPLEAK_N
$n = (int) (getenv('PHPLEAK_N') ?: 100);

$handler = new SubmitAdverseEventReportHandler(
    new TransitionGuards(),
    new ReferenceSafetyInformation([
        'ONC-301' => ['nausea', 'neutropenia', 'rash maculo-papular'],
        'CARD-114' => ['headache'],
    ]),
    new ReportWorkflow(),
);
$bus = new MessageBus(new HandlersLocator([SubmitAdverseEventReport::class => [$handler]]));
$worker = new Worker(['safety_reports' => new InMemoryReportQueue($n)], $bus);
$worker->run();
