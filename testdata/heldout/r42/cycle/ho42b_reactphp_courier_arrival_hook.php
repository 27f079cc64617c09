<?php

declare(strict_types=1);

/*
 * Courier dispatch daemon on a ReactPHP loop: accepted offers become active
 * assignments, courier GPS pings are matched against the drop-off point,
 * and the customer is notified when the courier arrives.
 */

/** Stand-in for React\EventLoop: futureTick queue drained on every turn. */
final class Loop
{
    private static ?SplQueue $ticks = null;

    public static function futureTick(callable $listener): void
    {
        (self::$ticks ??= new SplQueue())->enqueue($listener);
    }

    public static function run(): void
    {
        while (self::$ticks !== null && !self::$ticks->isEmpty()) {
            (self::$ticks->dequeue())();
        }
    }
}

final class GeoPoint
{
    public function __construct(public readonly float $lat, public readonly float $lng)
    {
    }

    public function metersTo(GeoPoint $o): float
    {
        $dLat = deg2rad($o->lat - $this->lat);
        $dLng = deg2rad($o->lng - $this->lng);
        $a = sin($dLat / 2) ** 2 + cos(deg2rad($this->lat)) * cos(deg2rad($o->lat)) * sin($dLng / 2) ** 2;

        return 6371000 * 2 * atan2(sqrt($a), sqrt(1 - $a));
    }
}

final class CustomerNotifier
{
    private int $sent = 0;

    public function arrived(string $deliveryId, string $phone, string $courierName, int $at): void
    {
        $sms = sprintf('Your order %s is here! %s is outside (%s).', $deliveryId, $courierName, date('H:i', $at));
        $this->sent += strlen($sms) > 0 ? 1 : 0;
    }
}

final class CourierAssignment
{
    public const ARRIVAL_RADIUS_M = 60.0;

    private ?Closure $onArrival = null;
    private ?int $arrivedAt = null;
    /** @var list<array{float, float, int}> */
    private array $trail = [];

    public function __construct(
        public readonly string $deliveryId,
        public readonly string $courierName,
        private readonly string $customerPhone,
        private readonly GeoPoint $dropOff,
        private readonly string $dropOffNote,
        private readonly CustomerNotifier $notifier,
    ) {
    }

    public function arm(): void
    {
        $this->onArrival = $this->arrivalHandler(); // leak
    }

    private function arrivalHandler(): Closure
    {
        return function (self $assignment, int $at): void { // leak
            $this->arrivedAt = $at;
            $this->notifier->arrived($assignment->deliveryId, $assignment->customerPhone, $assignment->courierName, $at);
        };
    }

    public function ping(GeoPoint $where, int $at): bool
    {
        $this->trail[] = [$where->lat, $where->lng, $at];
        if ($this->arrivedAt === null && $where->metersTo($this->dropOff) <= self::ARRIVAL_RADIUS_M) {
            ($this->onArrival)($this, $at);
        }

        return $this->arrivedAt !== null;
    }
}

final class DispatchService
{
    /** @var array<string, CourierAssignment> */
    private array $active = [];

    public function __construct(private readonly CustomerNotifier $notifier)
    {
    }

    public function accept(array $offer): CourierAssignment
    {
        $assignment = new CourierAssignment(
            $offer['delivery_id'],
            $offer['courier']['name'],
            $offer['customer']['phone'],
            new GeoPoint($offer['drop_off']['lat'], $offer['drop_off']['lng']),
            $offer['drop_off']['note'],
            $this->notifier,
        );
        $assignment->arm();
        $this->active[$assignment->deliveryId] = $assignment;

        return $assignment;
    }

    public function onPing(string $deliveryId, GeoPoint $where, int $at): void
    {
        $assignment = $this->active[$deliveryId] ?? null;
        if ($assignment !== null && $assignment->ping($where, $at)) {
            unset($this->active[$deliveryId]);
        }
    }
}

$dispatch = new DispatchService(new CustomerNotifier());
$n = (int) (getenv('PHPLEAK_N') ?: 100);
$t0 = 1717400000;

for ($i = 1; $i <= $n; $i++) {
    $lat = 40.70 + ($i % 50) / 1000;
    $lng = -73.99 + ($i % 37) / 1000;
    $deliveryId = sprintf('DLV-%s-%05d', base_convert((string) ($t0 + $i), 10, 36), $i);
    $offer = [
        'delivery_id' => $deliveryId,
        'courier' => ['id' => 'cr_' . (300 + $i % 40), 'name' => ['Ana', 'Bilal', 'Chen', 'Dario', 'Eve'][$i % 5] . ' ' . chr(65 + $i % 26) . '.'],
        'customer' => ['phone' => sprintf('+1-212-555-%04d', $i % 10000)],
        'drop_off' => ['lat' => $lat, 'lng' => $lng, 'note' => 'Buzz #' . (1 + $i % 40) . ', leave with doorman if no answer'],
    ];
    Loop::futureTick(static function () use ($dispatch, $offer, $lat, $lng, $t0, $i): void {
        $dispatch->accept($offer);
        foreach ([0.004, 0.0015, 0.0001] as $k => $off) {
            $dispatch->onPing($offer['delivery_id'], new GeoPoint($lat + $off, $lng - $off), $t0 + $i * 60 + $k * 20);
        }
    });
    Loop::run();
}
