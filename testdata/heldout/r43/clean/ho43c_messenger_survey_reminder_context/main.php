<?php

require __DIR__ . '/vendor/symfony/messenger/Envelope.php';
require __DIR__ . '/vendor/symfony/messenger/Middleware.php';
require __DIR__ . '/vendor/symfony/messenger/Worker.php';
require __DIR__ . '/vendor/monolog/Logger.php';
require __DIR__ . '/src/Message/SendSurveyInvitation.php';
require __DIR__ . '/src/Survey/SurveyLedger.php';
require __DIR__ . '/src/Survey/SurveyMailer.php';
require __DIR__ . '/src/MessageHandler/SendSurveyInvitationHandler.php';
require __DIR__ . '/src/Logging/InteractsWithLogContext.php';
require __DIR__ . '/src/Messenger/SurveyLogContextMiddleware.php';
require __DIR__ . '/src/Messenger/SupportDatabaseReceiver.php';

use App\Message\SendSurveyInvitation;
use App\MessageHandler\SendSurveyInvitationHandler;
use App\Messenger\SupportDatabaseReceiver;
use App\Messenger\SurveyLogContextMiddleware;
use App\Survey\SurveyLedger;
use App\Survey\SurveyMailer;
use Monolog\Handler\RotatingMemoryHandler;
use Monolog\Logger;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Middleware\HandleMessageMiddleware;
use Symfony\Component\Messenger\Worker;

// bin/console messenger:consume surveys --limit=N
$logger = new Logger('surveys', new RotatingMemoryHandler(50));
$logger->pushProcessor(static function (array $record): array {
    $record['extra'] += SurveyLogContextMiddleware::currentLogContext();

    return $record;
});

$optOutDomains = ['noreply.example', 'competitor.example'];
$ledger = new SurveyLedger(static fn (string $email): bool => in_array(substr(strrchr($email, '@'), 1), $optOutDomains, true));
$handler = new SendSurveyInvitationHandler($ledger, new SurveyMailer($logger, 'https://support.northwind.example'));

$bus = new MessageBus([
    new SurveyLogContextMiddleware($logger),
    new HandleMessageMiddleware([SendSurveyInvitation::class => $handler]),
]);

$agents = ['Priya Raman', 'Tomás Ortega', 'Ana Costa', 'Lukas Weber'];
$subjects = ['Refund not received for order', 'Cannot change delivery address on order', 'Charged twice for order', 'Warranty claim for order'];
$domains = ['mail.example', 'noreply.example', 'corp.example', 'competitor.example', 'mail.example'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
$receiver = new SupportDatabaseReceiver($n, static function (int $row) use ($agents, $subjects, $domains): SendSurveyInvitation {
    return new SendSurveyInvitation(
        ticketId: 880000 + $row,
        ticketSubject: $subjects[$row % 4] . ' ' . (560000 + $row * 7) . ' - customer followed up twice, escalated to tier 2 before it was solved',
        customerEmail: 'customer.' . (3000 + $row) . '@' . $domains[$row % 5],
        locale: ['en', 'de', 'fr'][$row % 3],
        solvedAt: 1767225600 + $row * 60,
        solvedBy: $agents[$row % 4],
    );
});

(new Worker(['surveys' => $receiver], $bus))->run($n);
