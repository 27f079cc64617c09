<?php
declare(strict_types=1);

namespace App\Messaging;

use App\Database\Connection;

final class OrderShippedHandler
{
    public function __construct(private Connection $connection)
    {
    }

    public function __invoke(OrderShipped $message): void
    {
        $this->connection->transactional(function (Connection $db) use ($message): void {
            $db->executeStatement(
                'UPDATE orders SET status = :status, carrier = :carrier, tracking_number = :tracking, shipped_at = NOW() WHERE id = :id',
                ['status' => 'shipped', 'carrier' => $message->carrier, 'tracking' => $message->trackingNumber, 'id' => $message->orderId],
            );
            $email = $db->fetchOne('SELECT c.email FROM customers c JOIN orders o ON o.customer_id = c.id WHERE o.id = :id', ['id' => $message->orderId]);
            $db->executeStatement(
                'INSERT INTO notifications (channel, recipient, template, payload) VALUES (:channel, :recipient, :template, :payload)',
                ['channel' => 'email', 'recipient' => $email, 'template' => 'order_shipped', 'payload' => json_encode(['tracking' => $message->trackingNumber])],
            );
        });
    }
}
