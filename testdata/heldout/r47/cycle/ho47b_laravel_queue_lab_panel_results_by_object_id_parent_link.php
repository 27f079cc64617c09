<?php

declare(strict_types=1);

/*
 * `php artisan queue:work --queue=lab` for the in-house chemistry analyser:
 * each job interprets one panel that the analyser posted.
 */

namespace Illuminate\Support\Traits {

    trait Macroable
    {
        protected static array $macros = [];

        public static function macro(string $name, \Closure $macro): void
        {
            static::$macros[$name] = $macro;
        }

        public function __call(string $method, array $parameters): mixed
        {
            $macro = static::$macros[$method] ?? throw new \BadMethodCallException("Method {$method} does not exist.");
            return \Closure::bind($macro, $this, static::class)(...$parameters);
        }
    }
}

namespace Illuminate\Contracts\Queue {

    interface ShouldQueue
    {
    }
}

namespace Illuminate\Bus {

    trait Queueable
    {
        public ?string $queue = null;
        public int $tries = 3;

        public function onQueue(string $queue): static
        {
            $this->queue = $queue;
            return $this;
        }
    }
}

namespace Illuminate\Queue {

    use Closure;

    /** Stand-in for the database queue: the analyser inserts jobs, one per panel. */
    final class DatabaseQueue
    {
        private int $popped = 0;

        /** @param Closure(int): object $jobs */
        public function __construct(private int $size, private Closure $jobs)
        {
        }

        public function pop(string $queue): ?string
        {
            return $this->popped < $this->size ? serialize(($this->jobs)(++$this->popped)) : null;
        }
    }

    final class Worker
    {
        /** @param array<class-string, object> $services */
        public function __construct(private DatabaseQueue $queue, private array $services)
        {
        }

        public function daemon(string $queue): void
        {
            while (($payload = $this->queue->pop($queue)) !== null) {
                $job = unserialize($payload);
                $this->call($job);
            }
        }

        private function call(object $job): void
        {
            $args = [];
            foreach ((new \ReflectionMethod($job, 'handle'))->getParameters() as $param) {
                $args[] = $this->services[$param->getType()->getName()];
            }
            $job->handle(...$args);
        }
    }
}

namespace App\Lab {

    use Illuminate\Support\Traits\Macroable;

    final class AnalyteResult
    {
        private ?LabPanel $panel = null;

        public function __construct(
            public readonly string $analyte,
            public readonly float $value,
            public readonly string $unit,
            public readonly string $flag,
            public readonly string $comment,
        ) {
        }

        public function setPanel(LabPanel $panel): void
        {
            $this->panel = $panel; // leak
        }

        public function label(): string
        {
            return sprintf('[%s] %s %.1f %s %s', $this->panel?->accession ?? '?', $this->analyte, $this->value, $this->unit, $this->flag);
        }
    }

    final class LabPanel
    {
        use Macroable;

        /** @var array<int, AnalyteResult> keyed by object id, so a re-run analyte can be replaced */
        private array $results = [];

        public function __construct(
            public readonly string $accession,
            public readonly string $patientId,
            public readonly string $species,
        ) {
        }

        public function attach(AnalyteResult $result): void
        {
            $this->results[spl_object_id($result)] = $result; // leak
            $result->setPanel($this); // leak
        }

        public function detach(AnalyteResult $result): void
        {
            unset($this->results[spl_object_id($result)]);
        }

        /** @return array<int, AnalyteResult> */
        public function results(): array
        {
            return $this->results;
        }
    }

    final class ReferenceRanges
    {
        private const RANGES = [
            'canine' => ['ALT' => [10, 125], 'ALP' => [23, 212], 'CREA' => [44, 159], 'GLU' => [4.1, 7.9]],
            'feline' => ['ALT' => [12, 130], 'ALP' => [14, 111], 'CREA' => [71, 212], 'GLU' => [4.0, 8.8]],
        ];

        public function flag(string $species, string $analyte, float $value): string
        {
            [$low, $high] = self::RANGES[$species][$analyte];
            return $value < $low ? 'L' : ($value > $high ? 'H' : '');
        }
    }

    final class ResultNotifier
    {
        private int $sent = 0;

        public function toAttendingVet(string $patientId, array $lines): void
        {
            $this->sent += count($lines) > 0 ? 1 : 0;
        }
    }
}

namespace App\Providers {

    use App\Lab\LabPanel;

    final class LabServiceProvider
    {
        public function boot(): void
        {
            LabPanel::macro('abnormalLines', function (): array {
                $lines = [];
                foreach ($this->results() as $result) {
                    if ($result->flag !== '') {
                        $lines[] = $result->label();
                    }
                }
                return $lines;
            });
        }
    }
}

namespace App\Jobs {

    use App\Lab\AnalyteResult;
    use App\Lab\LabPanel;
    use App\Lab\ReferenceRanges;
    use App\Lab\ResultNotifier;
    use Illuminate\Bus\Queueable;
    use Illuminate\Contracts\Queue\ShouldQueue;

    final class InterpretChemistryPanel implements ShouldQueue
    {
        use Queueable;

        /** @param array<string, array{0: float, 1: string}> $values */
        public function __construct(
            public string $accession,
            public string $patientId,
            public string $species,
            public array $values,
            public string $analyserComment,
        ) {
        }

        public function handle(ReferenceRanges $ranges, ResultNotifier $notifier): void
        {
            $panel = new LabPanel($this->accession, $this->patientId, $this->species);
            foreach ($this->values as $analyte => [$value, $unit]) {
                $panel->attach(new AnalyteResult(
                    $analyte,
                    $value,
                    $unit,
                    $ranges->flag($this->species, $analyte, $value),
                    "{$this->analyserComment} ({$analyte})",
                ));
            }
            $notifier->toAttendingVet($this->patientId, $panel->abnormalLines());
        }
    }
}

namespace {

    use App\Jobs\InterpretChemistryPanel;
    use App\Lab\ReferenceRanges;
    use App\Lab\ResultNotifier;
    use App\Providers\LabServiceProvider;
    use Illuminate\Queue\DatabaseQueue;
    use Illuminate\Queue\Worker;

    (new LabServiceProvider())->boot();

    $queue = new DatabaseQueue((int) (getenv('PHPLEAK_N') ?: 100), static fn (int $i) => (new InterpretChemistryPanel(
        sprintf('CHEM-%07d', 2500000 + $i),
        sprintf('P%06d', 300000 + $i),
        $i % 3 ? 'canine' : 'feline',
        ['ALT' => [20.0 + $i % 160, 'U/L'], 'ALP' => [15.0 + $i % 240, 'U/L'], 'CREA' => [50.0 + $i % 190, 'umol/L']],
        'Sample mildly haemolysed; lipaemia index 1+. Run on VetChem 600 rotor lot 24-118, QC passed at 06:40',
    ))->onQueue('lab'));

    (new Worker($queue, [ReferenceRanges::class => new ReferenceRanges(), ResultNotifier::class => new ResultNotifier()]))->daemon('lab');
}
