<?php

declare(strict_types=1);

namespace Rota\Volunteers;

enum Weekday: int
{
    case Mon = 1;
    case Tue = 2;
    case Wed = 3;
    case Thu = 4;
    case Fri = 5;
    case Sat = 6;
    case Sun = 7;
}

enum DaySlot: string
{
    case Morning = 'morning';
    case Afternoon = 'afternoon';
    case Evening = 'evening';

    public static function containing(int $hour): self
    {
        return match (true) {
            $hour < 12 => self::Morning,
            $hour < 17 => self::Afternoon,
            default => self::Evening,
        };
    }

    /** @return array{int, int} */
    public function bounds(): array
    {
        return match ($this) {
            self::Morning => [8, 12],
            self::Afternoon => [12, 16],
            self::Evening => [17, 21],
        };
    }
}

final class Shift
{
    public function __construct(
        public readonly string $id,
        public readonly Weekday $day,
        public readonly int $startHour,
        public readonly int $endHour,
        public readonly string $site,
    ) {
    }
}

final class AvailabilityWindow
{
    public function __construct(
        public readonly int $volunteerId,
        public readonly Weekday $day,
        public readonly int $fromHour,
        public readonly int $toHour,
        public readonly string $notes,
    ) {
    }
}

final class AvailabilityMatcherCompiler
{
    /** @return \Closure(Shift): bool */
    public function compile(Weekday $day, DaySlot $slot): \Closure
    {
        [$from, $to] = $slot->bounds();
        $fits = static fn (Shift $s): bool => $s->startHour >= $from && $s->endHour <= $to;

        return static fn (Shift $s): bool => $s->day === $day && $fits($s);
    }
}

final class ShiftMatcher
{
    /** @var array<string, \Closure(Shift): bool> */
    private array $compiled = [];

    public function __construct(private readonly AvailabilityMatcherCompiler $compiler)
    {
    }

    /**
     * @param list<AvailabilityWindow> $windows
     * @param list<Shift> $openShifts
     * @return list<string>
     */
    public function eligibleShiftIds(array $windows, array $openShifts): array
    {
        $ids = [];
        foreach ($windows as $window) {
            $matches = $this->matcherFor($window);
            foreach ($openShifts as $shift) {
                if ($matches($shift)) {
                    $ids[] = $shift->id;
                }
            }
        }

        return array_values(array_unique($ids));
    }

    private function matcherFor(AvailabilityWindow $window): \Closure
    {
        $slot = DaySlot::containing($window->fromHour);

        return $this->compiled[self::windowKey($window->day, $slot)] ??= $this->compiler->compile($window->day, $slot);
    }

    private static function windowKey(Weekday $day, DaySlot $slot): string
    {
        return sprintf('%s/%s', $day->name, $slot->value);
    }
}

/** Stand-ins for Amp\Http\Server: each request runs in its own fiber inside one long-lived process. */
final class ClosureRequestHandler
{
    public function __construct(private readonly \Closure $closure)
    {
    }

    public function handleRequest(array $request): array
    {
        return ($this->closure)($request);
    }
}

final class SocketHttpServer
{
    public function start(ClosureRequestHandler $handler, iterable $requests): void
    {
        foreach ($requests as $request) {
            $fiber = new \Fiber(static fn () => $handler->handleRequest($request));
            $fiber->start();
        }
    }
}

function incomingAvailabilityPosts(int $n): \Generator
{
    $notes = ['Can lift 20kg', 'Speaks Spanish and Tagalog', 'Has a van for deliveries', 'First aid certified'];
    for ($i = 0; $i < $n; $i++) {
        $windows = [];
        foreach ([($i % 7) + 1, (($i + 3) % 7) + 1] as $k => $day) {
            $from = [8, 12, 17][($i + $k) % 3];
            $windows[] = ['day' => $day, 'from' => $from, 'to' => $from + 4, 'notes' => $notes[($i + $k) % 4] . '; submitted via signup form #' . bin2hex(random_bytes(8))];
        }
        yield ['uri' => '/api/volunteers/' . (5000 + $i) . '/availability', 'volunteer' => 5000 + $i, 'body' => json_encode(['windows' => $windows])];
    }
}

// boot
$openShifts = [];
foreach (Weekday::cases() as $day) {
    foreach ([[8, 12], [12, 16], [17, 21]] as $slot => [$from, $to]) {
        $openShifts[] = new Shift(sprintf('%s-%d', strtolower($day->name), $slot), $day, $from, $to, $slot === 2 ? 'Evening Soup Kitchen' : 'Warehouse');
    }
}
$matcher = new ShiftMatcher(new AvailabilityMatcherCompiler());
$handler = new ClosureRequestHandler(static function (array $request) use ($matcher, $openShifts): array {
    $windows = [];
    foreach (json_decode($request['body'], true)['windows'] as $w) {
        $windows[] = new AvailabilityWindow($request['volunteer'], Weekday::from($w['day']), $w['from'], $w['to'], $w['notes']);
    }

    return [200, json_encode(['eligible' => $matcher->eligibleShiftIds($windows, $openShifts)])];
});

(new SocketHttpServer())->start($handler, incomingAvailabilityPosts((int) (getenv('PHPLEAK_N') ?: 100)));
