<?php

declare(strict_types=1);

namespace Shop\Checkout;

use Generator;

interface CartEvent
{
}

final class ItemAdded implements CartEvent
{
    public function __construct(public readonly string $sku, public readonly int $quantity, public readonly int $unitCents)
    {
    }
}

final class CouponApplied implements CartEvent
{
    public function __construct(public readonly string $code, public readonly int $discountCents)
    {
    }
}

final class CheckoutCompleted implements CartEvent
{
    public function __construct(public readonly string $orderNumber, public readonly int $totalCents)
    {
    }
}

final class Cart
{
    /** @var list<CartEvent> */
    private array $recorded = [];
    private ?Generator $cursor = null;
    private int $totalCents = 0;

    public function __construct(public readonly string $id)
    {
    }

    public function add(string $sku, int $quantity, int $unitCents): void
    {
        $this->record(new ItemAdded($sku, $quantity, $unitCents));
    }

    public function applyCoupon(string $code, int $discountCents): void
    {
        $this->record(new CouponApplied($code, $discountCents));
    }

    public function checkout(): void
    {
        $this->record(new CheckoutCompleted('ORD-' . substr($this->id, -6), $this->totalCents));
    }

    /**
     * Hands out recorded events exactly once, even when the projector and the
     * event store both ask for them during the same unit of work.
     *
     * @return Generator<int, CartEvent>
     */
    public function uncommitted(): Generator
    {
        return $this->cursor ??= $this->drain(); // leak
    }

    private function drain(): Generator
    {
        while ($this->recorded !== []) {
            yield array_shift($this->recorded);
        }
    }

    private function record(CartEvent $event): void
    {
        $this->totalCents += match (true) {
            $event instanceof ItemAdded => $event->quantity * $event->unitCents,
            $event instanceof CouponApplied => -$event->discountCents,
            default => 0,
        };
        $this->recorded[] = $event;
    }
}

final class EventStore
{
    private int $appended = 0;

    public function append(string $streamId, CartEvent $event): void
    {
        $this->appended++;
    }
}

final class OrderProjector
{
    /** @var array<string, int> */
    private array $revenueByDay = [];

    public function project(CheckoutCompleted $event, string $day): void
    {
        $this->revenueByDay[$day] = ($this->revenueByDay[$day] ?? 0) + $event->totalCents;
    }
}

final class CheckoutUnitOfWork
{
    public function __construct(
        private readonly EventStore $store,
        private readonly OrderProjector $projector,
    ) {
    }

    public function commit(Cart $cart, string $day): void
    {
        foreach ($cart->uncommitted() as $event) {
            $this->store->append('cart-' . $cart->id, $event);
            if ($event instanceof CheckoutCompleted) {
                $this->projector->project($event, $day);
                break;
            }
        }
    }
}

final class CheckoutController
{
    public function __construct(private readonly CheckoutUnitOfWork $unitOfWork)
    {
    }

    /** @param array{cart: string, items: list<array{string, int, int}>, coupon: ?string} $payload */
    public function __invoke(array $payload): int
    {
        $cart = new Cart($payload['cart']);
        foreach ($payload['items'] as [$sku, $qty, $price]) {
            $cart->add($sku, $qty, $price);
        }
        if ($payload['coupon'] !== null) {
            $cart->applyCoupon($payload['coupon'], 500);
        }
        $cart->checkout();
        $this->unitOfWork->commit($cart, '2024-05-17');

        return 201;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$controller = new CheckoutController(new CheckoutUnitOfWork(new EventStore(), new OrderProjector()));

for ($i = 0; $i < $n; $i++) {
    $controller([
        'cart' => sprintf('cart-%012d', $i),
        'items' => [['SKU-' . ($i % 50), 1 + $i % 3, 1299], ['SKU-GIFTWRAP', 1, 350]],
        'coupon' => $i % 4 === 0 ? 'SPRING5' : null,
    ]);
}
