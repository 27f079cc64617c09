<?php

// Staff timetable API for a multi-academy trust, running on a ReactPHP
// HTTP server. A week view is paged: page one returns the first lessons and
// a cursor; the app asks for the next page with the cursor when the teacher
// scrolls.

final class EventLoop
{
    /** @var list<callable> */
    private array $ticks = [];

    public function futureTick(callable $listener): void
    {
        $this->ticks[] = $listener;
    }

    public function run(): void
    {
        while ($this->ticks !== []) {
            $tick = array_shift($this->ticks);
            $tick();
        }
    }
}

final class ServerRequest
{
    public function __construct(private string $path, private array $query)
    {
    }

    public function getUri(): string
    {
        return $this->path;
    }

    public function getQueryParams(): array
    {
        return $this->query;
    }
}

final class JsonResponse
{
    public function __construct(public readonly int $status, public readonly string $body)
    {
    }
}

final class HttpServer
{
    public function __construct(private EventLoop $loop, private Closure $handler)
    {
    }

    public function emit(ServerRequest $request): void
    {
        $handler = $this->handler;
        $this->loop->futureTick(static function () use ($handler, $request): void {
            $handler($request);
        });
    }
}

final class SlotView
{
    public function __construct(
        public readonly string $day,
        public readonly string $period,
        public readonly ?string $group,
        public readonly ?string $room,
        public readonly ?string $subject,
    ) {
    }
}

final class LessonRepository
{
    private const SUBJECTS = ['Maths', 'English', 'Biology', 'History', 'Geography', 'Art', 'Computing'];

    /** @return array<string, array{group: string, room: string, subject: string}> keyed "day/period" */
    public function lessonsFor(string $teacher, string $weekStart): array
    {
        $seed = crc32($teacher . $weekStart);
        $lessons = [];
        foreach (['Mon', 'Tue', 'Wed', 'Thu', 'Fri'] as $d => $day) {
            foreach (['P1', 'P2', 'P3', 'P4', 'P5'] as $p => $period) {
                if (($seed >> ($d * 5 + $p)) & 1) {
                    $lessons["$day/$period"] = [
                        'group' => sprintf('%d%s/%s', 7 + ($seed + $p) % 6, chr(65 + $d), substr($teacher, 0, 3)),
                        'room' => 'R' . (100 + ($seed + $d * 7 + $p) % 60),
                        'subject' => self::SUBJECTS[($seed + $p) % 7] . ' (' . $weekStart . ')',
                    ];
                }
            }
        }
        return $lessons;
    }
}

final class TimetableService
{
    public function __construct(private LessonRepository $lessons, private array $bellTimes)
    {
    }

    /** @return Generator<int, SlotView> */
    public function weekSlots(string $teacher, string $weekStart): Generator
    {
        $lessons = $this->lessons->lessonsFor($teacher, $weekStart);
        foreach (['Mon', 'Tue', 'Wed', 'Thu', 'Fri'] as $day) {
            foreach ($this->bellTimes as $period => $time) {
                $lesson = $lessons["$day/$period"] ?? null;
                yield new SlotView($day, "$period $time", $lesson['group'] ?? null, $lesson['room'] ?? null, $lesson['subject'] ?? null);
            }
        }
    }
}

final class WeekViewPager
{
    /** @var array<string, Generator> */
    private array $cursors = [];

    public function __construct(private TimetableService $timetable, private int $pageSize)
    {
    }

    public function firstPage(string $teacher, string $weekStart, string $requestId): array
    {
        $slots = $this->timetable->weekSlots($teacher, $weekStart);
        $page = $this->take($slots);
        $cursor = null;
        if ($slots->valid()) {
            $cursor = $this->cursorToken($teacher, $weekStart, $requestId);
            $this->remember($cursor, $slots);
        }
        return ['slots' => $page, 'next' => $cursor];
    }

    public function nextPage(string $cursor): array
    {
        $slots = $this->cursors[$cursor] ?? null;
        if ($slots === null) {
            return ['slots' => [], 'next' => null, 'expired' => true];
        }
        $page = $this->take($slots);
        if (!$slots->valid()) {
            unset($this->cursors[$cursor]);
            $cursor = null;
        }
        return ['slots' => $page, 'next' => $cursor];
    }

    private function remember(string $cursor, Generator $slots): void
    {
        $this->cursors[$cursor] = $slots; // leak
    }

    private function cursorToken(string $teacher, string $weekStart, string $requestId): string
    {
        return substr(sha1("$teacher|$weekStart|$requestId"), 0, 20);
    }

    private function take(Generator $slots): array
    {
        $page = [];
        while ($slots->valid() && count($page) < $this->pageSize) {
            $slot = $slots->current();
            if ($slot->subject !== null) {
                $page[] = ['day' => $slot->day, 'period' => $slot->period, 'group' => $slot->group, 'room' => $slot->room];
            }
            $slots->next();
        }
        return $page;
    }
}

$loop = new EventLoop();
$pager = new WeekViewPager(
    new TimetableService(new LessonRepository(), ['P1' => '08:50', 'P2' => '09:50', 'P3' => '11:10', 'P4' => '12:10', 'P5' => '13:50']),
    6,
);

$lastCursor = null;
$server = new HttpServer($loop, static function (ServerRequest $request) use ($pager, &$lastCursor): JsonResponse {
    $q = $request->getQueryParams();
    $result = isset($q['cursor'])
        ? $pager->nextPage($q['cursor'])
        : $pager->firstPage($q['teacher'], $q['week'], $q['request_id']);
    $lastCursor = $result['next'];
    return new JsonResponse(200, json_encode($result));
});

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    if ($i % 4 === 3 && $lastCursor !== null) {
        // some teachers scroll down to the rest of the week
        $server->emit(new ServerRequest('/timetable/week', ['cursor' => $lastCursor]));
    } else {
        $server->emit(new ServerRequest('/timetable/week', [
            'teacher' => 'STAFF' . (300 + $i % 40),
            'week' => date('Y-m-d', 1767571200 + 604800 * ($i % 25)),
            'request_id' => sprintf('req-%08x', 0xa000 + $i),
        ]));
    }
    $loop->run();
}
