<?php

namespace App;

use App\Audit\AuditLog;
use App\Message\RefundRequested;
use App\MessageHandler\ProcessRefundHandler;
use App\Payments\PaymentRepository;
use App\Payments\PspRefundClient;
use App\Payments\RefundPolicy;
use Symfony\Component\Messenger\HandleMessageMiddleware;
use Symfony\Component\Messenger\HandlersLocator;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Transport\InMemoryTransport;
use Symfony\Component\Messenger\Worker;

final class Kernel
{
    /** @var array<string, object> */
    private array $services = [];

    public function boot(): void
    {
        $audit = new AuditLog();
        $handler = new ProcessRefundHandler(new PaymentRepository(), new RefundPolicy(), new PspRefundClient(), $audit);
        $bus = new MessageBus([
            new HandleMessageMiddleware(new HandlersLocator([RefundRequested::class => [$handler]])),
        ]);
        $transport = new InMemoryTransport();
        $this->services = [
            'messenger.bus.default' => $bus,
            'messenger.transport.refunds' => $transport,
            'messenger.worker' => new Worker(['refunds' => $transport], $bus),
        ];
    }

    public function get(string $id): object
    {
        return $this->services[$id];
    }
}
