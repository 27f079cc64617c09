<?php

declare(strict_types=1);

namespace App\Services;

use App\Gtfs\StaticSchedule;
use App\Realtime\TripUpdateStore;
use App\Support\Concerns\MemoizesForWorker;

final class TripPatternPresenter
{
    use MemoizesForWorker;

    public function __construct(
        private StaticSchedule $schedule,
        private TripUpdateStore $realtime,
        private string $fallbackLocale,
    ) {
    }

    /** @return array{trip: string, route: string, calls: list<array{stop: string, name: string, label: string}>}|null */
    public function present(string $tripId, string $locale): ?array
    {
        if (!$this->schedule->hasTrip($tripId) && $this->realtime->addedTrip($tripId) === null) {
            return null;
        }

        return $this->memo($this->memoKey('pattern', $locale, $tripId), fn (): array => $this->build($tripId, $locale));
    }

    private function build(string $tripId, string $locale): array
    {
        $trip = $this->schedule->hasTrip($tripId)
            ? $this->schedule->trip($tripId)
            : $this->realtime->addedTrip($tripId);

        $calls = [];
        foreach ($trip['stops'] as $seq => $stopId) {
            $name = $this->schedule->stopName($stopId, $locale !== '' ? $locale : $this->fallbackLocale);
            $calls[] = [
                'stop' => $stopId,
                'name' => $name,
                'label' => sprintf('%d. %s [%s]', $seq + 1, $name, $trip['route']),
            ];
        }

        return ['trip' => $tripId, 'route' => $trip['route'], 'calls' => $calls];
    }
}
