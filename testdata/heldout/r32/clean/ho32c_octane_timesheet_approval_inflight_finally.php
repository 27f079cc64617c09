<?php

declare(strict_types=1);

namespace Laravel\Octane {
    /** Stand-in for the Octane worker: the app is booted once, then each request runs against it. */
    final class Worker
    {
        private ?object $app = null;

        public function __construct(private \Closure $boot, private \Closure $handle)
        {
        }

        public function run(int $requests): void
        {
            $this->app ??= ($this->boot)();
            for ($i = 0; $i < $requests; $i++) {
                $day = 1 + $i % 28;
                $hours = [7.5, 8.0, 8.0 + ($i % 4) * 1.5, 7.5, 6.0 + ($i % 3)];
                ($this->handle)($this->app, [
                    'uri' => '/timesheets/' . (50000 + $i) . '/submit',
                    'user' => 'emp-' . (3000 + $i % 250),
                    'week' => sprintf('2025-02-%02d', $day),
                    'project' => ['PRJ-ALPHA', 'PRJ-BRAVO', 'INTERNAL'][$i % 3],
                    'hours' => $hours,
                    'note' => 'Worked on sprint ' . (40 + $i % 6) . ' tickets, code review and on-call handover',
                ]);
            }
        }
    }
}

namespace App\Timesheets {

    final class Container
    {
        private array $instances = [];
        private array $factories = [];

        public function singleton(string $id, \Closure $factory): void
        {
            $this->factories[$id] = $factory;
        }

        public function make(string $id): object
        {
            return $this->instances[$id] ??= ($this->factories[$id])($this);
        }
    }

    final class TimesheetEntry
    {
        public function __construct(
            public readonly string $date,
            public readonly float $hours,
            public readonly string $project,
        ) {
        }
    }

    final class Timesheet
    {
        /** @param list<TimesheetEntry> $entries */
        public function __construct(
            public readonly int $id,
            public readonly string $employee,
            public readonly string $weekOf,
            public readonly array $entries,
            public readonly string $note,
        ) {
        }

        public static function fromRequest(array $request): self
        {
            $id = (int) preg_replace('~\D~', '', $request['uri']);
            $start = strtotime($request['week']);
            $entries = [];
            foreach ($request['hours'] as $offset => $hours) {
                $entries[] = new TimesheetEntry(date('Y-m-d', $start + 86400 * $offset), $hours, $request['project']);
            }

            return new self($id, $request['user'], $request['week'], $entries, $request['note']);
        }

        public function totalHours(): float
        {
            return array_sum(array_map(fn (TimesheetEntry $e) => $e->hours, $this->entries));
        }
    }

    /** Tracks which timesheets are mid-approval so the UI can show "processing" badges. */
    final class ApprovalTracker
    {
        private \SplObjectStorage $inFlight;

        public function __construct()
        {
            $this->inFlight = new \SplObjectStorage();
        }

        public function begin(Timesheet $sheet, string $step): void
        {
            $this->inFlight->attach($sheet, ['step' => $step, 'since' => microtime(true)]);
        }

        public function finish(Timesheet $sheet): void
        {
            $this->inFlight->detach($sheet);
        }

        public function pending(): int
        {
            return count($this->inFlight);
        }
    }

    final class OvertimePolicy
    {
        public function __construct(private float $weeklyLimit)
        {
        }

        public function requiresManagerSignOff(Timesheet $sheet): bool
        {
            return $sheet->totalHours() > $this->weeklyLimit;
        }
    }

    final class SubmitTimesheetController
    {
        public function __construct(private ApprovalTracker $tracker, private OvertimePolicy $policy)
        {
        }

        public function __invoke(array $request): array
        {
            $sheet = Timesheet::fromRequest($request);
            $this->tracker->begin($sheet, 'auto-approval');

            try {
                if ($this->policy->requiresManagerSignOff($sheet)) {
                    // Handed to the manager's inbox, which tracks it from here.
                    return ['status' => 202, 'timesheet' => $sheet->id, 'state' => 'awaiting_manager'];
                }

                return ['status' => 200, 'timesheet' => $sheet->id, 'state' => 'approved', 'hours' => $sheet->totalHours()];
            } finally {
                $this->tracker->finish($sheet);
            }
        }
    }
}

namespace {
    use App\Timesheets\ApprovalTracker;
    use App\Timesheets\Container;
    use App\Timesheets\OvertimePolicy;
    use App\Timesheets\SubmitTimesheetController;
    use Laravel\Octane\Worker;

    $worker = new Worker(
        function (): Container {
            $app = new Container();
            $app->singleton(ApprovalTracker::class, fn () => new ApprovalTracker());
            $app->singleton(OvertimePolicy::class, fn () => new OvertimePolicy(40.0));
            $app->singleton(SubmitTimesheetController::class, fn (Container $c) => new SubmitTimesheetController(
                $c->make(ApprovalTracker::class),
                $c->make(OvertimePolicy::class),
            ));
            return $app;
        },
        function (Container $app, array $request): void {
            $response = $app->make(SubmitTimesheetController::class)($request);
            unset($response);
        },
    );

    $worker->run((int) (getenv('PHPLEAK_N') ?: 100));
}
