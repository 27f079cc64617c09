<?php
// Symfony Messenger consumer: a message handler records billing audit entries and a WorkerMessageHandledEvent listener writes them out when a services.yaml parameter allows.

use App\Audit\AuditTrail;
use App\EventListener\FlushAuditTrailListener;
use App\MessageHandler\UpdateInvoice;
use App\MessageHandler\UpdateInvoiceHandler;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\Event\WorkerMessageHandledEvent;
use Symfony\Component\Yaml\Yaml;

require __DIR__ . '/stubs/symfony.php';
require __DIR__ . '/src/Audit/AuditTrail.php';
require __DIR__ . '/src/EventListener/FlushAuditTrailListener.php';
require __DIR__ . '/src/MessageHandler/UpdateInvoiceHandler.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);

// what the compiled container does for these services
$params = Yaml::parseFile(__DIR__ . '/config/services.yaml')['parameters'];
$audit = new AuditTrail($params['app.audit.dsn']);
$dispatcher = new EventDispatcher();
$dispatcher->addListener(WorkerMessageHandledEvent::class, new FlushAuditTrailListener($audit, $params['app.audit.flush_after_message']));
$handler = new UpdateInvoiceHandler($audit);

// the messenger:consume loop
for ($i = 0; $i < $n; $i++) {
    $message = new UpdateInvoice(5000 + $i, 'paid', 'Paid via SEPA transfer, reference ' . str_repeat('RF18' . $i, 40));
    $handler($message);
    $dispatcher->dispatch(new WorkerMessageHandledEvent($message, 'async'));
}
