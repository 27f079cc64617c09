<?php

declare(strict_types=1);

namespace App\Scheduling;

use Acme\EventDispatcher\EventDispatcher;

final class SlotReservationService
{
    /**
     * @param array<string, array{open: int, close: int, days: list<int>}> $clinicHours per provider
     */
    public function __construct(
        private readonly EventDispatcher $dispatcher,
        private readonly array $clinicHours,
    ) {
    }

    public function reserve(string $providerId, \DateTimeImmutable $start, int $minutes): SlotReserved
    {
        $hours = $this->clinicHours[$providerId] ?? throw new SlotUnavailable("Unknown provider {$providerId}");
        $end = $start->modify("+{$minutes} minutes");

        if (!in_array((int) $start->format('N'), $hours['days'], true)) {
            throw new SlotUnavailable(sprintf('%s does not see patients on %s', $providerId, $start->format('l')));
        }
        $from = (int) $start->format('G');
        $to = (int) $end->format('G') + ((int) $end->format('i') > 0 ? 1 : 0);
        if ($from < $hours['open'] || $to > $hours['close']) {
            throw new SlotUnavailable(sprintf('%s is outside clinic hours', $start->format('H:i')));
        }

        $event = new SlotReserved(
            'apt_' . substr(md5($providerId . $start->format(DATE_ATOM)), 0, 16),
            $providerId,
            $start,
            $end,
        );
        $this->dispatcher->dispatch($event);

        return $event;
    }
}
