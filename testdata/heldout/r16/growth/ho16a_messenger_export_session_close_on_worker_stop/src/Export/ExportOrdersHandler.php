<?php

declare(strict_types=1);

namespace Shop\Export;

use Shop\Worker\WorkerLifecycle;

final class ExportOrdersHandler
{
    private const COLUMNS = ['number', 'placed_at', 'customer', 'email', 'total', 'status'];

    public function __construct(
        private readonly ExportStorage $storage,
        private readonly WorkerLifecycle $lifecycle,
    ) {
    }

    public function __invoke(ExportOrdersMessage $message): void
    {
        $session = $this->open($message);

        foreach ($message->orders as $order) {
            $session->write($order);
        }
        $session->commit();
    }

    private function open(ExportOrdersMessage $message): ExportSession
    {
        $exportId = sprintf('%s-%s', $message->tenant, bin2hex(random_bytes(6)));
        $this->storage->lock($message->tenant, $exportId);

        $session = new ExportSession(
            $exportId,
            $message->tenant,
            sprintf('exports/%s/%s/orders-%s.csv', $message->tenant, rawurlencode($message->requestedBy), $exportId),
            self::COLUMNS,
            $this->storage,
        );
        $this->releaseLater($session);

        return $session;
    }

    /** The lock must outlive the handler until the envelope is acknowledged. */
    private function releaseLater(ExportSession $session): void
    {
        $this->lifecycle->onStop($session->close(...)); // leak
    }
}

final class ExportOrdersMessage
{
    /** @param list<array<string, scalar>> $orders */
    public function __construct(
        public readonly string $tenant,
        public readonly string $requestedBy,
        public readonly array $orders,
    ) {
    }
}
