<?php
declare(strict_types=1);

namespace App;

use Doctrine\ORM\EntityManager;

/** Static accessor used by legacy handlers that are not container-aware. */
final class Db
{
    private static ?EntityManager $manager = null;

    public static function boot(EntityManager $manager): void
    {
        self::$manager = $manager;
    }

    public static function manager(): EntityManager
    {
        return self::$manager ?? throw new \LogicException('Db::boot() was not called');
    }
}

final class Order
{
    public int $id = 0;
    public string $reference = '';
    public string $status = 'new';
    public string $customerEmail = '';
    public string $shippingAddress = '';
    /** @var list<array{sku: string, qty: int}> */
    public array $lines = [];
    public ?string $paidAt = null;
}

final class MarkOrderPaid
{
    public function __construct(public readonly int $orderId, public readonly string $paidAt)
    {
    }
}

final class MarkOrderPaidHandler
{
    public function __invoke(MarkOrderPaid $message): void
    {
        $em = Db::manager();
        $order = $em->find(Order::class, $message->orderId);
        $order->status = 'paid';
        $order->paidAt = $message->paidAt;
        $em->flush();
    }
}
