<?php

namespace App\Messenger;

use App\Audit\AuditLog;
use App\EventSubscriber\ImportAuditSubscriber;
use App\Message\ImportSupplierFeed;
use Symfony\Component\EventDispatcher\EventDispatcher;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Middleware\MiddlewareInterface;
use Symfony\Component\Messenger\Middleware\StackInterface;

final class AuditImportMiddleware implements MiddlewareInterface
{
    public function __construct(private EventDispatcher $dispatcher, private AuditLog $auditLog)
    {
    }

    public function handle(Envelope $envelope, StackInterface $stack): Envelope
    {
        $message = $envelope->getMessage();
        if (!$message instanceof ImportSupplierFeed) {
            return $stack->next()->handle($envelope, $stack);
        }

        $subscriber = new ImportAuditSubscriber($message, $this->auditLog);
        $this->dispatcher->addSubscriber($subscriber);

        try {
            $envelope = $stack->next()->handle($envelope, $stack);
        } finally {
            $this->dispatcher->removeSubscriber($subscriber);
        }
        $subscriber->flush();

        return $envelope;
    }
}
