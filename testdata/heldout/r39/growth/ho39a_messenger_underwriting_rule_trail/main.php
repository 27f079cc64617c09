<?php

require __DIR__ . '/vendor/psr/log/LoggerInterface.php';
require __DIR__ . '/vendor/symfony/messenger/Envelope.php';
require __DIR__ . '/vendor/symfony/messenger/Handler/HandlersLocator.php';
require __DIR__ . '/vendor/symfony/messenger/MessageBus.php';
require __DIR__ . '/vendor/symfony/messenger/Transport/Receiver/ReceiverInterface.php';
require __DIR__ . '/vendor/symfony/messenger/Worker.php';
require __DIR__ . '/src/Message/AssessApplication.php';
require __DIR__ . '/src/Transport/ApplicationFeedReceiver.php';
require __DIR__ . '/src/Underwriting/Applicant.php';
require __DIR__ . '/src/Underwriting/RuleSetFactory.php';
require __DIR__ . '/src/MessageHandler/AssessApplicationHandler.php';

use App\Message\AssessApplication;
use App\MessageHandler\AssessApplicationHandler;
use App\Transport\ApplicationFeedReceiver;
use App\Underwriting\RuleSetFactory;
use Psr\Log\NullLogger;
use Symfony\Component\Messenger\Handler\HandlersLocator;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Worker;

$logger = new NullLogger();
$bus = new MessageBus(new HandlersLocator([
    AssessApplication::class => [new AssessApplicationHandler(new RuleSetFactory($logger))],
]));

$worker = new Worker(new ApplicationFeedReceiver((int) (getenv('PHPLEAK_N') ?: 100)), $bus);
$worker->run();
