<?php
namespace App\Eta;

final class EtaCalculator
{
    use LogsWithRequestContext;

    private const LOG_CHANNEL = 'eta';

    public function __construct(
        private PrepTimeTable $prepTimes,
        private RoutingClient $routing,
        private float $fallbackKmh,
    ) {}

    public function estimate(EtaRequest $request): Eta
    {
        $this->enterRequestContext($request);

        $prep = $this->prepTimes->minutesFor($request->restaurantId, $request->placedAt, count($request->basket));
        $pickup = $this->prepTimes->location($request->restaurantId);
        $dropoff = [$request->dropoffLat, $request->dropoffLng];

        $travel = $this->routing->travelMinutes($pickup, $dropoff);
        if ($travel === null) {
            $this->log()->warning('dropoff outside routing radius, using straight-line estimate');
            return $this->straightLine($request, $prep, $pickup, $dropoff);
        }

        $this->log()->info('eta computed', ['prep' => $prep, 'travel' => $travel]);
        $this->leaveRequestContext();

        return new Eta($request->orderId, $prep, $travel, $request->placedAt + ($prep + $travel) * 60, 'routing');
    }

    private function straightLine(EtaRequest $request, int $prep, array $pickup, array $dropoff): Eta
    {
        $travel = (int) ceil($this->routing->distanceKm($pickup, $dropoff) * 1.5 / $this->fallbackKmh * 60);
        return new Eta($request->orderId, $prep, $travel, $request->placedAt + ($prep + $travel) * 60, 'straight_line');
    }
}
