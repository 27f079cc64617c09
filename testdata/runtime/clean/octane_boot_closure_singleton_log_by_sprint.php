<?php
// An Octane-style worker boots the application once, through a boot
// closure it keeps and calls before its request loop, then hands every
// request to a handler closure. The submissions log is a singleton bound
// at boot; it keeps only the latest note per sprint.

final class Container
{
    private array $instances = [];
    private array $factories = [];

    public function singleton(string $id, Closure $factory): void
    {
        $this->factories[$id] = $factory;
    }

    public function make(string $id): object
    {
        return $this->instances[$id] ??= ($this->factories[$id])($this);
    }
}

final class SubmissionLog
{
    /** @var array<string, string> */
    private array $bySprint = [];

    public function seen(string $timesheetId, string $note): void
    {
        $sprint = strstr($note, ':', true);
        if (in_array($sprint, ['Sprint 40', 'Sprint 41', 'Sprint 42', 'Sprint 43', 'Sprint 44', 'Sprint 45'], true)) {
            $this->bySprint[$sprint] = $timesheetId . ' ' . $note;
        }
    }
}

final class SubmitController
{
    public function __construct(private SubmissionLog $log)
    {
    }

    public function __invoke(array $request): array
    {
        $this->log->seen($request['timesheet'], $request['note']);
        return ['status' => 202, 'timesheet' => $request['timesheet']];
    }
}

final class Worker
{
    private ?object $app = null;

    public function __construct(private Closure $boot, private Closure $handle)
    {
    }

    public function run(int $requests): void
    {
        $this->app ??= ($this->boot)();
        for ($i = 0; $i < $requests; $i++) {
            ($this->handle)($this->app, [
                'timesheet' => sprintf('TS-%07d', 400000 + $i),
                'note' => 'Sprint ' . (40 + $i % 6) . ': ' . str_repeat('code review, on-call handover; ', 12),
            ]);
        }
    }
}

$worker = new Worker(
    static function (): Container {
        $app = new Container();
        $app->singleton(SubmissionLog::class, static fn () => new SubmissionLog());
        $app->singleton(SubmitController::class, static fn (Container $c) => new SubmitController($c->make(SubmissionLog::class)));
        return $app;
    },
    static function (Container $app, array $request): void {
        $app->make(SubmitController::class)($request);
    },
);
$worker->run((int) (getenv('PHPLEAK_N') ?: 100));
