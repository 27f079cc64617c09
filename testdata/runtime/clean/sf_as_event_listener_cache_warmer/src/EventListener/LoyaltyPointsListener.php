<?php

namespace App\EventListener;

use App\Event\OrderPlacedEvent;
use Symfony\Component\EventDispatcher\Attribute\AsEventListener;
use Symfony\Component\HttpKernel\CacheWarmer\CacheWarmerInterface;

/**
 * Awards loyalty points for each placed order, by tier.
 */
#[AsEventListener(event: OrderPlacedEvent::class, method: 'onOrderPlaced')]
final class LoyaltyPointsListener implements CacheWarmerInterface
{
    /** @var array<string, array{min_total: int, rate: int, label: string}> */
    private array $tiers = [];

    public function onOrderPlaced(OrderPlacedEvent $event): void
    {
        $total = $event->order->total();
        $rate = 1;
        foreach ($this->tiers as $tier) {
            if ($total >= $tier['min_total']) {
                $rate = $tier['rate'];
            }
        }
        $event->loyaltyPoints = intdiv($total, 100) * $rate;
    }

    /**
     * Runs once, when the kernel builds its container (cache warmers, tag "kernel.cache_warmer").
     */
    public function warmUp(string $cacheDir, ?string $buildDir = null): array
    {
        foreach (['bronze' => [0, 1], 'silver' => [10000, 2], 'gold' => [50000, 3], 'platinum' => [200000, 5]] as $name => [$minTotal, $rate]) {
            $this->tiers[$name] = [
                'min_total' => $minTotal,
                'rate' => $rate,
                'label' => ucfirst($name).' member: '.str_repeat('*', $rate),
            ];
        }

        return [];
    }

    public function isOptional(): bool
    {
        return false;
    }
}
