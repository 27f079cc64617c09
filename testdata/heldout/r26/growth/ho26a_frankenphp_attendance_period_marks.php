<?php

// School attendance service in FrankenPHP worker mode. Teachers post the
// register for a class period; the recorder resolves the attendance policy
// (late thresholds, absence codes) once and memoises it in a trait static.

if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        if ($served >= (int) (getenv('PHPLEAK_N') ?: 100)) {
            return false;
        }
        $i = $served++;
        $_SERVER['REQUEST_URI'] = '/attendance/register';
        $_POST = [
            'school' => ['NHS', 'WPA', 'RCC'][$i % 3],
            'year_group' => 7 + $i % 6,
            'period' => ['P1', 'P2', 'P3', 'P4', 'P5', 'REG'][$i % 6],
            'taken_at' => date(DATE_ATOM, 1767600900 + 53 * $i),
            'teacher' => 'T' . (100 + $i % 45),
            'marks' => [
                ['student' => 'S' . (20000 + $i), 'code' => '/', 'minutes_late' => 0],
                ['student' => 'S' . (30000 + $i), 'code' => 'L', 'minutes_late' => $i % 25],
                ['student' => 'S' . (40000 + $i), 'code' => 'N', 'minutes_late' => 0],
            ],
        ];
        $handler();
        return true;
    }
}

trait MemoizesLookups
{
    private static array $memo = [];

    protected function memo(string $key, callable $resolve): mixed
    {
        if (!array_key_exists($key, self::$memo)) {
            self::$memo[$key] = $resolve(); // leak
        }
        return self::$memo[$key];
    }
}

final class AttendancePolicy
{
    public function __construct(
        public readonly string $school,
        public readonly string $phase,
        public readonly int $lateAfterMinutes,
        public readonly int $unauthorisedAfterMinutes,
        public readonly array $absenceCodes,
        public readonly array $closedDays,
        public readonly string $escalationContact,
    ) {
    }
}

final class RegisterSubmission
{
    public function __construct(
        public readonly string $school,
        public readonly int $yearGroup,
        public readonly string $period,
        public readonly string $takenAt,
        public readonly string $teacher,
        public readonly array $marks,
    ) {
    }

    public static function fromPost(array $post): self
    {
        return new self($post['school'], (int) $post['year_group'], $post['period'], $post['taken_at'], $post['teacher'], $post['marks']);
    }
}

final class PolicyKeys
{
    public static function forSubmission(RegisterSubmission $s): string
    {
        return implode(':', [$s->school, self::phase($s->yearGroup), self::sessionOf($s), $s->period]);
    }

    private static function sessionOf(RegisterSubmission $s): string
    {
        // registers are taken per session, AM or PM of a school day
        return substr($s->takenAt, 0, 19) . (substr($s->takenAt, 11, 2) < '12' ? 'AM' : 'PM');
    }

    public static function phase(int $yearGroup): string
    {
        return $yearGroup <= 9 ? 'KS3' : ($yearGroup <= 11 ? 'KS4' : 'KS5');
    }
}

final class AttendanceRecorder
{
    use MemoizesLookups;

    private const ABSENCE_CODES = [
        '/' => 'Present (AM)', '\\' => 'Present (PM)', 'L' => 'Late before registers closed',
        'U' => 'Late after registers closed', 'N' => 'Reason not yet provided', 'M' => 'Medical appointment',
        'I' => 'Illness', 'E' => 'Excluded', 'V' => 'Educational visit',
    ];

    public function __construct(private array $schoolSettings)
    {
    }

    public function record(RegisterSubmission $submission): array
    {
        $policy = $this->memo(PolicyKeys::forSubmission($submission), fn () => $this->loadPolicy($submission));

        $summary = ['present' => 0, 'late' => 0, 'unexplained' => 0];
        foreach ($submission->marks as $mark) {
            if ($mark['code'] === 'N') {
                $summary['unexplained']++;
            } elseif ($mark['minutes_late'] > $policy->lateAfterMinutes) {
                $summary['late']++;
            } else {
                $summary['present']++;
            }
        }
        return $summary;
    }

    private function loadPolicy(RegisterSubmission $submission): AttendancePolicy
    {
        $settings = $this->schoolSettings[$submission->school];
        return new AttendancePolicy(
            $submission->school,
            PolicyKeys::phase($submission->yearGroup),
            $settings['late_after'],
            $settings['unauthorised_after'],
            self::ABSENCE_CODES,
            array_map(static fn (string $d) => $d . ' (INSET)', $settings['closed']),
            sprintf('%s attendance officer <attendance@%s.sch.example> (%s)', $settings['name'], strtolower($submission->school), $submission->period),
        );
    }
}

$recorder = new AttendanceRecorder([
    'NHS' => ['name' => 'Northfield High', 'late_after' => 5, 'unauthorised_after' => 30, 'closed' => ['2026-01-05', '2026-02-16', '2026-02-17', '2026-04-06', '2026-05-04', '2026-06-01', '2026-07-20']],
    'WPA' => ['name' => 'Westpark Academy', 'late_after' => 10, 'unauthorised_after' => 25, 'closed' => ['2026-01-05', '2026-02-13', '2026-04-06', '2026-05-25', '2026-07-17', '2026-07-20']],
    'RCC' => ['name' => 'Riverside Community College', 'late_after' => 5, 'unauthorised_after' => 20, 'closed' => ['2026-01-06', '2026-02-16', '2026-04-07', '2026-05-04', '2026-06-29', '2026-07-21']],
]);

$handler = static function () use ($recorder): void {
    $summary = $recorder->record(RegisterSubmission::fromPost($_POST));
};

while (frankenphp_handle_request($handler)) {
    gc_collect_cycles();
}
