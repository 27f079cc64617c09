<?php

// Laravel queue worker (php artisan queue:work) recalculating course
// gradebooks after a grade changes. Grading code reads "the current course"
// from a scope stack so that nested recalculations (a course that includes
// another course's modules) see the right policy.

namespace Illuminate\Queue {
    /** Stand-in for Illuminate\Queue\Worker: pops PHPLEAK_N jobs and runs them in one process. */
    final class Worker
    {
        public function __construct(private \Closure $pop)
        {
        }

        public function daemon(int $maxJobs): void
        {
            for ($n = 0; $n < $maxJobs; $n++) {
                $job = ($this->pop)($n);
                $job->handle();
            }
        }
    }
}

namespace App\Grading {
    /** Boot-time grading policies, reached through a static accessor like a facade. */
    final class GradingPolicies
    {
        private static ?GradingPolicies $instance = null;

        /** @param array<int, array> $policies */
        private function __construct(private array $policies)
        {
        }

        public static function boot(array $policies): void
        {
            self::$instance = new self($policies);
        }

        public static function for(int $courseId): array
        {
            return self::$instance->policies[$courseId] ?? ['scheme' => 'weighted', 'weights' => ['assignments' => 1.0]];
        }
    }

    final class CourseScope
    {
        private static ?\SplStack $stack = null;

        private static function stack(): \SplStack
        {
            return self::$stack ??= new \SplStack();
        }

        public static function enter(int $courseId, array $policy, array $context): void
        {
            self::stack()->push([
                'course_id' => $courseId,
                'policy' => $policy,
                'context' => $context,
                'label' => sprintf('gradebook:%d:%s', $courseId, $context['job_id']),
            ]);
        }

        public static function current(): ?array
        {
            return self::stack()->isEmpty() ? null : self::stack()->top();
        }

        public static function leave(): void
        {
            self::stack()->pop();
        }
    }

    final class GradebookRepository
    {
        public function entriesFor(int $courseId, array $learnerIds): array
        {
            $rows = [];
            foreach ($learnerIds as $i => $learnerId) {
                $rows[] = ['learner_id' => $learnerId, 'assignments' => 55 + ($learnerId + $i) % 45, 'quizzes' => 60 + $learnerId % 40, 'exam' => 50 + ($learnerId * 3) % 50];
            }

            return $rows;
        }

        public function save(int $courseId, array $totals): void
        {
        }

        public function markPassFail(int $courseId, array $learnerIds): void
        {
        }
    }

    final class WeightedTotals
    {
        public function compute(array $entries): array
        {
            $weights = CourseScope::current()['policy']['weights'];
            $totals = [];
            foreach ($entries as $row) {
                $sum = 0.0;
                foreach ($weights as $component => $weight) {
                    $sum += ($row[$component] ?? 0) * $weight;
                }
                $totals[$row['learner_id']] = round($sum, 2);
            }

            return $totals;
        }
    }
}

namespace App\Jobs {
    use App\Grading\CourseScope;
    use App\Grading\GradebookRepository;
    use App\Grading\GradingPolicies;
    use App\Grading\WeightedTotals;

    final class RecalculateGradebook
    {
        public function __construct(
            private string $jobId,
            private int $courseId,
            private array $learnerIds,
            private string $triggeredBy,
            private GradebookRepository $gradebook,
            private WeightedTotals $totals,
        ) {
        }

        public function handle(): void
        {
            $policy = GradingPolicies::for($this->courseId);
            CourseScope::enter($this->courseId, $policy, [
                'job_id' => $this->jobId,
                'triggered_by' => $this->triggeredBy,
                'learners' => $this->learnerIds,
            ]);

            try {
                if ($policy['scheme'] === 'pass_fail') {
                    // Pass/fail courses store the outcome only; nothing to weight.
                    $this->gradebook->markPassFail($this->courseId, $this->learnerIds);

                    return;
                }

                $entries = $this->gradebook->entriesFor($this->courseId, $this->learnerIds);
                $this->gradebook->save($this->courseId, $this->totals->compute($entries));
            } finally {
                CourseScope::leave();
            }
        }
    }
}

namespace {
    use App\Grading\GradebookRepository;
    use App\Grading\GradingPolicies;
    use App\Grading\WeightedTotals;
    use App\Jobs\RecalculateGradebook;
    use Illuminate\Queue\Worker;

    GradingPolicies::boot([
        201 => ['scheme' => 'weighted', 'weights' => ['assignments' => 0.4, 'quizzes' => 0.2, 'exam' => 0.4]],
        202 => ['scheme' => 'pass_fail', 'weights' => []],
        203 => ['scheme' => 'weighted', 'weights' => ['assignments' => 0.5, 'exam' => 0.5]],
        204 => ['scheme' => 'pass_fail', 'weights' => []],
        205 => ['scheme' => 'pass_fail', 'weights' => []],
    ]);

    $gradebook = new GradebookRepository();
    $totals = new WeightedTotals();

    $worker = new Worker(static function (int $n) use ($gradebook, $totals): RecalculateGradebook {
        $learners = [];
        for ($k = 0; $k < 16; $k++) {
            $learners[] = 60000 + ($n * 17 + $k * 101) % 25000;
        }

        return new RecalculateGradebook(
            sprintf('%08x-%04x-4%03x-a%03x-%012x', crc32("job{$n}"), $n & 0xffff, $n % 4096, ($n * 7) % 4096, 1727700000 + $n),
            201 + $n % 5,
            $learners,
            ['grade.updated', 'submission.regraded', 'late.penalty.waived'][$n % 3] . ':instructor-' . (300 + $n % 40),
            $gradebook,
            $totals,
        );
    });
    $worker->daemon((int) (getenv('PHPLEAK_N') ?: 100));
}
