<?php

// RoadRunner PSR-7 worker grading quiz submissions. The kernel and its
// services are built once; each request creates a QuizAttempt aggregate.

namespace Spiral\RoadRunner\Http {
    /** Stand-in for the RoadRunner PSR worker: hands out N requests. */
    final class PSR7Worker
    {
        private int $served = 0;

        public function __construct(private int $limit)
        {
        }

        public function waitRequest(): ?array
        {
            if ($this->served >= $this->limit) {
                return null;
            }
            $n = $this->served++;

            return [
                'method' => 'POST',
                'uri' => '/api/quizzes/' . (40 + $n % 6) . '/attempts',
                'body' => json_encode([
                    'attempt_id' => 'att_' . bin2hex(pack('N', 900000 + $n)),
                    'student_id' => 31000 + ($n * 7) % 5000,
                    'started_at' => 1718000000 + $n * 41,
                    'answers' => [
                        'q1' => ['choice' => ['a', 'b', 'c', 'd'][$n % 4]],
                        'q2' => ['choice' => ['a', 'c'][$n % 2]],
                        'q3' => ['text' => 'Photosynthesis converts light energy into chemical energy stored in glucose, attempt ' . $n],
                        'q4' => ['choice' => 'true'],
                    ],
                ]),
            ];
        }

        public function respond(int $status, string $body): void
        {
        }
    }
}

namespace App\Quiz {
    final class AnswerKey
    {
        /** @var array<int, array<string, string>> loaded at boot */
        private array $keys = [];

        public function __construct()
        {
            foreach (range(40, 45) as $quizId) {
                $this->keys[$quizId] = ['q1' => 'b', 'q2' => 'c', 'q3' => 'glucose', 'q4' => 'true'];
            }
        }

        public function expected(int $quizId, string $question): ?string
        {
            return $this->keys[$quizId][$question] ?? null;
        }
    }

    /** Builds attempt parts, the way an ORM's hydrator instantiates relations. */
    final class PartFactory
    {
        public function create(string $class, QuizAttempt $attempt): object
        {
            return new $class($attempt);
        }
    }

    final class AnswerSheet
    {
        /** @var array<string, array> */
        private array $responses = [];

        public function __construct(
            private QuizAttempt $attempt, // leak
        ) {
        }

        public function record(string $question, array $response): void
        {
            $this->responses[$question] = $response + ['recorded_at' => $this->attempt->startedAt()];
        }

        public function responses(): array
        {
            return $this->responses;
        }

        public function quizId(): int
        {
            return $this->attempt->quizId();
        }
    }

    final class QuizAttempt
    {
        private ?AnswerSheet $sheet = null;
        private float $score = 0.0;

        public function __construct(
            private string $id,
            private int $quizId,
            private int $studentId,
            private int $startedAt,
            private PartFactory $parts,
        ) {
        }

        public function sheet(): AnswerSheet
        {
            return $this->sheet ??= $this->parts->create(AnswerSheet::class, $this); // leak
        }

        public function quizId(): int
        {
            return $this->quizId;
        }

        public function startedAt(): int
        {
            return $this->startedAt;
        }

        public function setScore(float $score): void
        {
            $this->score = $score;
        }

        public function summary(): array
        {
            return ['id' => $this->id, 'student' => $this->studentId, 'score' => $this->score];
        }
    }

    final class AttemptGrader
    {
        public function __construct(private AnswerKey $key)
        {
        }

        public function grade(QuizAttempt $attempt): float
        {
            $sheet = $attempt->sheet();
            $responses = $sheet->responses();
            $correct = 0;
            foreach ($responses as $question => $response) {
                $expected = $this->key->expected($sheet->quizId(), $question);
                $given = $response['choice'] ?? $response['text'] ?? '';
                if ($expected !== null && ($given === $expected || str_contains(strtolower($given), $expected))) {
                    $correct++;
                }
            }

            return $responses === [] ? 0.0 : round($correct / count($responses) * 100, 1);
        }
    }

    final class SubmitAttemptHandler
    {
        public function __construct(private AttemptGrader $grader, private PartFactory $parts)
        {
        }

        public function __invoke(array $request): array
        {
            $payload = json_decode($request['body'], true);
            preg_match('#/quizzes/(\d+)/#', $request['uri'], $m);

            $attempt = new QuizAttempt($payload['attempt_id'], (int) $m[1], $payload['student_id'], $payload['started_at'], $this->parts);
            foreach ($payload['answers'] as $question => $response) {
                $attempt->sheet()->record($question, $response);
            }
            $attempt->setScore($this->grader->grade($attempt));

            return $attempt->summary();
        }
    }
}

namespace {
    use App\Quiz\AnswerKey;
    use App\Quiz\AttemptGrader;
    use App\Quiz\PartFactory;
    use App\Quiz\SubmitAttemptHandler;
    use Spiral\RoadRunner\Http\PSR7Worker;

    $parts = new PartFactory();
    $handler = new SubmitAttemptHandler(new AttemptGrader(new AnswerKey()), $parts);
    $worker = new PSR7Worker((int) (getenv('PHPLEAK_N') ?: 100));

    while ($request = $worker->waitRequest()) {
        $worker->respond(201, json_encode($handler($request)));
    }
}
