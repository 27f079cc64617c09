<?php

namespace App\EventSubscriber;

use Doctrine\Persistence\ManagerRegistry;
use Symfony\Component\EventDispatcher\EventSubscriberInterface;
use Symfony\Component\Messenger\Event\WorkerRunningEvent;

/**
 * Keeps long-running consumers from holding on to every entity they ever
 * touched: once the process gets close to its memory budget the entity
 * managers are cleared.
 */
final class ClearEntityManagerOnMemoryPressure implements EventSubscriberInterface
{
    private int $thresholdBytes;

    public function __construct(private readonly ManagerRegistry $registry, string $threshold)
    {
        $this->thresholdBytes = self::toBytes($threshold);
    }

    public static function getSubscribedEvents(): array
    {
        return [WorkerRunningEvent::class => 'onWorkerRunning'];
    }

    public function onWorkerRunning(WorkerRunningEvent $event): void
    {
        if (memory_get_usage(true) < $this->thresholdBytes) {
            return;
        }

        foreach ($this->registry->getManagers() as $manager) {
            $manager->clear();
        }
    }

    private static function toBytes(string $value): int
    {
        $unit = strtoupper(substr($value, -1));
        $number = (int) $value;

        return match ($unit) {
            'G' => $number * 1024 ** 3,
            'M' => $number * 1024 ** 2,
            'K' => $number * 1024,
            default => $number,
        };
    }
}
